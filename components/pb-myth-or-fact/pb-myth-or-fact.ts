import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PollDefinitionInput } from '../../protocol/poll';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { activityStyles } from '../activity-styles';
import { renderTally } from '../poll-results';
import { ClassPoll } from '../class-poll';
import { cardScanControl } from '../pb-card-scan/card-scan';
import { VERDICTS, isVerdict, mythOrFactPoll } from './myth-or-fact-definition';

/**
 * A statement the class judges, then the answer and why, written in a deck's Markdown (see decks/README.md):
 *
 *     <pb-myth-or-fact id="paying-stops-it" statement="If you pay, they leave you alone." answer="myth">
 *     Paying rarely stops it: most often they come back and ask for more.
 *     </pb-myth-or-fact>
 *
 * Attributes: `id`, `statement`, `answer` (`myth` or `fact`), `min-responses` (default 5); the text inside says
 * why. Students vote on their phones (a quiz: the answer stays on the server until the poll is closed), or the
 * facilitator counts two shows of hands; "Show the answer" then gives the answer and why.
 *
 * @csspart card - The whole activity.
 */
@customElement('pb-myth-or-fact')
export class PbMythOrFact extends LitElement {
  static override styles = [
    activityStyles,
    css`
      :host {
        font-size: 0.8em;
      }
      .choices {
        display: flex;
        gap: 1em;
        margin: 0.3em 0;
        padding: 0;
        list-style: none;
        font-weight: 700;
      }
      .answer {
        margin: 0.4em 0 0;
        padding: 0.3em 0.8em;
        border-left: 0.25em solid var(--pb-correct, #1d6b2f);
        background: var(--pb-surface, #fff);
      }
      .verdict {
        margin: 0;
        font-size: 1.2em;
        font-weight: 700;
        color: var(--pb-correct, #1d6b2f);
      }
      .why {
        margin: 0.2em 0;
        white-space: pre-line;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  @state() private answerShown = false;

  private readonly i18n = new I18nController(this);
  private readonly classPoll = new ClassPoll(this, () => this.definition);

  /** The quiz students answer: the statement, "myth" or "fact". */
  get definition(): PollDefinitionInput {
    const { t } = this.i18n;
    const attributes = Object.fromEntries([...this.attributes].map((a) => [a.name, a.value]));
    return mythOrFactPoll(attributes, { myth: t('activities:mythOrFact.myth'), fact: t('activities:mythOrFact.fact') });
  }

  /** The class polls of this activity, for the facilitator console (app/present.ts reports them per slide). */
  polls(): PollDefinitionInput[] {
    return [this.definition];
  }

  override render() {
    const { t } = this.i18n;
    const poll = this.definition;
    const live = this.classPoll.live;
    const shown = this.classPoll.shown;
    const answer = this.getAttribute('answer');
    const why = (this.textContent ?? '').trim();
    const toggle = html`<button class=${live ? '' : 'primary'} @click=${() => (this.answerShown = !this.answerShown)}>
      ${t(this.answerShown ? 'activities:mythOrFact.hideAnswer' : 'activities:mythOrFact.showAnswer')}
    </button>`;
    return html`<section part="card" aria-labelledby="kicker statement">
      <p class="kicker" id="kicker">${t('activities:mythOrFact.label')}</p>
      <p class="statement" id="statement">${poll.question}</p>
      ${
        live
          ? html`${
              shown
                ? html`<div role="status">
                    ${renderTally(poll, shown.tally, shown.answerCount, t, this.i18n.language)}
                  </div>`
                : html`<ul class="choices">
                    ${VERDICTS.map((verdict) => html`<li>${t(`activities:mythOrFact.${verdict}`)}</li>`)}
                  </ul>`
            }
            ${this.classPoll.render(t, {
              actions: html`${this.renderCardScan(poll, this.classPoll.addPaperCounts)} ${toggle}`,
            })}`
          : html`<p class="hint">${t('activities:mythOrFact.handsHint')}</p>
              ${this.classPoll.renderHands(
                t,
                this.i18n.language,
                VERDICTS.map((verdict) => ({ key: verdict, label: t(`activities:mythOrFact.${verdict}`) })),
                {
                  correct: this.answerShown && isVerdict(answer) ? answer : undefined,
                  beside: html`${this.renderCardScan(poll, this.addToHands)} ${toggle}`,
                },
              )}`
      }
      <div role="status">
        ${
          this.answerShown && isVerdict(answer)
            ? html`<div class="answer">
                <p class="verdict">${t(`activities:mythOrFact.is.${answer}`)}</p>
                <p class="why">${why}</p>
              </div>`
            : nothing
        }
      </div>
    </section>`;
  }

  /**
   * "Scan cards": A is myth, B is fact; `add` takes the cards' counts (myth, fact): into the hands, or in a live
   * session to the server while the poll is open (nothing to scan for otherwise).
   */
  private renderCardScan(poll: PollDefinitionInput, add: ((counts: readonly number[]) => void) | undefined) {
    if (!add) return nothing;
    const { t } = this.i18n;
    const answers = VERDICTS.map((verdict) => ({ key: verdict, label: t(`activities:mythOrFact.${verdict}`) }));
    return cardScanControl(t, poll, answers, (counts) => add(VERDICTS.map((v) => counts[v] ?? 0)));
  }

  private readonly addToHands = (counts: readonly number[]): void =>
    this.classPoll.addHands(Object.fromEntries(VERDICTS.map((v, i) => [v, counts[i] ?? 0])));
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-myth-or-fact': PbMythOrFact;
  }
}
