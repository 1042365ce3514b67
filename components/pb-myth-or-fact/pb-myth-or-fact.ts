import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PollDefinitionInput } from '../../protocol/poll';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { renderTally, resultStyles } from '../poll-results';
import { ClassPoll, classPollStyles, handsCount, keepKeys } from '../class-poll';
import { cardScanControl } from '../pb-card-scan/card-scan';
import { controlStyles } from '../styles';
import { VERDICTS, isVerdict, mythOrFactPoll, type Verdict } from './myth-or-fact-definition';

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
    controlStyles,
    resultStyles,
    classPollStyles,
    css`
      :host {
        display: block;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        font-size: var(--pb-myth-or-fact-font-size, 0.8em);
        line-height: 1.3;
        text-align: left;
      }
      .kicker {
        margin: 0;
        font-size: 0.8em;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.05em;
        color: var(--pb-muted, #454a57);
      }
      .statement {
        margin: 0.1em 0 0.4em;
        font-size: 1.25em;
        font-weight: 700;
      }
      .choices {
        display: flex;
        gap: 1em;
        margin: 0.3em 0;
        padding: 0;
        list-style: none;
        font-weight: 700;
      }
      .hands-rows {
        margin: 0.3em 0;
        padding: 0;
        list-style: none;
      }
      .hands-rows li {
        display: grid;
        grid-template-columns: minmax(6em, 2fr) auto 3fr auto;
        align-items: center;
        gap: 0.6em;
        margin: 0.15em 0;
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

  @state() private hands: Readonly<Record<string, number>> = {};
  @state() private answerShown = false;

  private readonly i18n = new I18nController(this);
  private readonly classPoll = new ClassPoll(
    this,
    () => this.activityHost,
    () => this.definition,
  );

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
            ${this.classPoll.render(t, html`${this.renderCardScan(poll, this.classPoll.addPaperCounts)} ${toggle}`)}`
          : html`${this.renderHands(answer)}
              <div class="controls">${this.renderCardScan(poll, this.addToHands)} ${toggle}</div>`
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

  private readonly addToHands = (counts: readonly number[]): void => {
    this.hands = Object.fromEntries(VERDICTS.map((v, i) => [v, (this.hands[v] ?? 0) + (counts[i] ?? 0)]));
  };

  private renderHands(answer: string | null): TemplateResult {
    const { t } = this.i18n;
    const total = VERDICTS.reduce((sum, verdict) => sum + (this.hands[verdict] ?? 0), 0);
    const percent = new Intl.NumberFormat(this.i18n.language, { style: 'percent' });
    const row = (verdict: Verdict) => {
      const count = this.hands[verdict] ?? 0;
      const share = total ? count / total : 0;
      const correct = this.answerShown && answer === verdict;
      return html`<li class=${correct ? 'correct' : ''}>
        <label class="label" for="hands-${verdict}"
          >${t(`activities:mythOrFact.${verdict}`)}${correct ? html` ✓ ${t('poll:results.correct')}` : ''}</label
        >
        <input
          id="hands-${verdict}"
          class="hands"
          type="number"
          min="0"
          step="1"
          inputmode="numeric"
          placeholder="0"
          .value=${count ? String(count) : ''}
          @keydown=${keepKeys}
          @input=${(e: Event) =>
            (this.hands = { ...this.hands, [verdict]: handsCount((e.target as HTMLInputElement).value) })}
        />
        <span class="track" aria-hidden="true"
          ><span class="fill" style="width: ${Math.round(share * 100)}%"></span
        ></span>
        <span class="value">${percent.format(share)}</span>
      </li>`;
    };
    return html`<p class="hint">${t('activities:mythOrFact.handsHint')}</p>
      <ul class="hands-rows">
        ${VERDICTS.map(row)}
      </ul>
      <p class="status" aria-live="polite">${t('poll:hands.total', { count: total })}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-myth-or-fact': PbMythOrFact;
  }
}
