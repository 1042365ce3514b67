import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PollDefinitionInput } from '../../protocol/poll';
import type { PollView } from '../../protocol/views';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { ActivityHostController } from '../activity-host-controller';
import { cardScanControl } from '../pb-card-scan/card-scan';
import { FocusKeeper } from '../focus-keeper';
import { renderTally, resultStyles } from '../poll-results';
import { controlStyles } from '../styles';
import { pollDefinition } from './poll-definition';

type Choice = { readonly key: string; readonly label: string };

/**
 * A class poll on a slide, written in a deck's Markdown (see decks/README.md):
 *
 *     <pb-poll id="first-step" kind="single" question="What should Sam do first?" min-responses="5">
 *     <pb-option id="pay">Pay</pb-option>
 *     <pb-option id="screenshots">Take screenshots</pb-option>
 *     </pb-poll>
 *
 * Attributes: `id`, `kind` (single, multiple, scale, wordcloud, open, ranking, quiz), `question`,
 * `min-responses` (default 5), `max-choices` (multiple), `min`/`max`/`min-label`/`max-label` (scale),
 * `max-entries` (wordcloud); a quiz marks its answer with `<pb-option correct>`.
 *
 * In a live session students answer on their phones: the slide shows how many answered, and the results once
 * the facilitator reveals them and enough students answered ("n more answers needed" below that). Free texts
 * appear only once the facilitator approved them, always as text. Without a session the facilitator types the
 * count of raised hands per option, and the bars follow.
 *
 * @csspart poll - The poll's frame.
 */
@customElement('pb-poll')
export class PbPoll extends LitElement {
  static override styles = [
    controlStyles,
    resultStyles,
    css`
      :host {
        display: block;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        text-align: left;
      }
      .question {
        font-weight: 700;
        margin: 0 0 0.4em;
      }
      /* On the projector the answers' words get the room (a bar reads at any width): five or seven answers
         then fit the slide on a line each, the longest German ones on two. */
      [role='status'] {
        --pb-bars-columns: minmax(0, 1fr) 5em max-content;
      }
      .options {
        margin: 0 0 0.4em;
        padding-left: 1.2em;
      }
      .status,
      .needed,
      .hint {
        color: var(--pb-muted, #454a57);
        margin: 0.3em 0;
      }
      .needed {
        font-weight: 700;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        font-size: max(var(--pb-min-text, 0px), 0.5em, 1rem);
      }
      /* The total, "Scan cards" and a quiz's "Show the correct answer" share a line: the slide keeps its room. */
      .tally {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.2em 0.8em;
      }
      .tally button {
        font-size: max(var(--pb-min-text, 0px), 0.5em, 1rem);
      }
      .hands {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .hands li {
        display: grid;
        /* The answers' words get the room: a bar reads at any width. */
        grid-template-columns: minmax(6em, 4fr) 3.5em 1fr auto;
        align-items: center;
        gap: 0.6em;
        margin: 0.15em 0;
      }
      .hands input {
        font: inherit;
        font-size: max(0.6em, 1rem);
        width: 100%;
        box-sizing: border-box;
        min-height: 2.75rem;
        padding: 0 0.3em;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
      }
      [role='alert'] {
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
        margin: 0;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  /** Show of hands: the count typed for each option (or scale value). */
  @state() private hands: Readonly<Record<string, number>> = {};
  @state() private answerShown = false;
  @state() private error = '';

  private readonly i18n = new I18nController(this);
  private readonly activity = new ActivityHostController(this, () => this.activityHost);

  constructor() {
    super();
    // "Open" becomes "Close", "Show the results" goes: the focus stays on the poll's controls.
    new FocusKeeper(this);
  }

  /** The poll as the deck wrote it (attributes and `<pb-option>` children), as the server receives it. */
  get definition(): PollDefinitionInput {
    const attributes = Object.fromEntries([...this.attributes].map((a) => [a.name, a.value]));
    const options = [...this.querySelectorAll(':scope > pb-option')].map((option) => ({
      attributes: Object.fromEntries([...option.attributes].map((a) => [a.name, a.value])),
      text: option.textContent ?? '',
    }));
    return pollDefinition(attributes, options);
  }

  override render() {
    const poll = this.definition;
    const live = this.activity.host.state.mode === 'live';
    return html`<section part="poll" aria-labelledby="question">
      <p class="question" id="question">${poll.question}</p>
      ${
        live
          ? this.renderLive(poll, this.activity.host.view(poll.id))
          : poll.rating
            ? // A raised hand is not anonymous: a session rating is for phones only.
              html`${this.renderChoices(poll)}
                <p class="hint">${this.i18n.t('poll:rating.hands')}</p>`
            : this.renderHands(poll)
      }
    </section>`;
  }

  private renderLive(poll: PollDefinitionInput, view: PollView | undefined): TemplateResult {
    const { t } = this.i18n;
    // The group sees results only once revealed, whatever a facilitator's view may carry.
    const results = view?.revealed ? view.results : undefined;
    const status = !view
      ? t('poll:live.notOpen')
      : view.status === 'open'
        ? t('poll:live.open', { count: view.answerCount })
        : t('poll:live.closed', { count: view.answerCount });
    return html`
      ${
        results?.state === 'shown'
          ? html`<div role="status">${renderTally(poll, results.tally, view!.answerCount, t, this.i18n.language)}</div>`
          : this.renderChoices(poll)
      }
      ${
        results?.state === 'needs_more'
          ? html`<p class="needed" role="status">${t('poll:live.needed', { count: results.needed })}</p>`
          : nothing
      }
      <p class="status" aria-live="polite">
        ${status}${view?.paperCount ? ` ${t('poll:live.onCards', { count: view.paperCount })}` : ''}
      </p>
      ${poll.rating ? html`<p class="hint">${t('poll:rating.private')}</p>` : nothing}
      <div class="controls">
        ${
          view?.status === 'open'
            ? html`<button data-focus="controls" @click=${() => this.act(this.activity.host.closePoll(poll.id))}>
                ${t('poll:live.close')}
              </button>`
            : html`<button
                class="primary"
                data-focus="controls"
                @click=${() => this.act(this.activity.host.openPoll(poll))}
              >
                ${t(view ? 'poll:live.reopen' : 'poll:live.openPoll')}
              </button>`
        }
        ${
          // A session rating's answers go to the facilitator's console only.
          view && !view.revealed && !poll.rating
            ? html`<button data-focus="controls" @click=${() => this.act(this.activity.host.revealPoll(poll.id))}>
                ${t('poll:live.reveal')}
              </button>`
            : nothing
        }
        ${view?.status === 'open' ? this.renderLiveCards(poll) : nothing}
      </div>
      <p role="alert">${this.error}</p>
    `;
  }

  /**
   * "Scan cards" while the poll is open: the cards' counts go to the server and join the phones' answers, for
   * the students without a phone (a hotspot lets in a few). A ranking needs a whole order: phones only.
   */
  private renderLiveCards(poll: PollDefinitionInput): TemplateResult | typeof nothing {
    const host = this.activity.host;
    const choices = handChoices(poll);
    if (!host.addPaperCounts || !choices || poll.kind === 'ranking') return nothing;
    return cardScanControl(this.i18n.t, poll, choices, (counts) => {
      this.error = '';
      void this.act(
        host.addPaperCounts!(
          poll.id,
          choices.map((choice) => counts[choice.key] ?? 0),
        ),
      );
    });
  }

  private renderChoices(poll: PollDefinitionInput): TemplateResult {
    const { t } = this.i18n;
    switch (poll.kind) {
      case 'scale':
        return html`<p class="hint">
          ${t('poll:scaleRange', { min: poll.min, minLabel: poll.minLabel, max: poll.max, maxLabel: poll.maxLabel })}
        </p>`;
      case 'wordcloud':
        return html`<p class="hint">${t('poll:wordcloudHint', { count: poll.maxEntries ?? 3 })}</p>`;
      case 'open':
        return html`<p class="hint">${t('poll:openHint')}</p>`;
      default:
        return html`<ul class="options">
          ${poll.options.map((option) => html`<li>${option.label}</li>`)}
        </ul>`;
    }
  }

  private renderHands(poll: PollDefinitionInput): TemplateResult {
    const { t } = this.i18n;
    const choices = handChoices(poll);
    if (!choices)
      return html`${this.renderChoices(poll)}
        <p class="hint">${t('poll:hands.freeText')}</p>`;
    const total = choices.reduce((sum, c) => sum + (this.hands[c.key] ?? 0), 0);
    const percent = new Intl.NumberFormat(this.i18n.language, { style: 'percent' });
    const correct = poll.kind === 'quiz' && this.answerShown ? poll.correctOptionId : undefined;
    return html`
      <p class="hint">${t(poll.kind === 'ranking' ? 'poll:hands.rankingHint' : 'poll:hands.hint')}</p>
      <ul class="hands">
        ${choices.map((choice) => {
          const count = this.hands[choice.key] ?? 0;
          const share = total ? count / total : 0;
          return html`<li class=${choice.key === correct ? 'correct' : ''}>
            <label class="label" for="hands-${choice.key}"
              >${choice.label}${choice.key === correct ? html` ✓ ${t('poll:results.correct')}` : ''}</label
            >
            <input
              id="hands-${choice.key}"
              type="number"
              min="0"
              step="1"
              inputmode="numeric"
              .value=${count ? String(count) : ''}
              placeholder="0"
              @input=${(e: Event) => this.setHands(choice.key, (e.target as HTMLInputElement).value)}
            />
            <span class="track" aria-hidden="true"
              ><span class="fill" style="width: ${Math.round(share * 100)}%"></span
            ></span>
            <span class="value">${percent.format(share)}</span>
          </li>`;
        })}
      </ul>
      <div class="tally">
        <p class="status" aria-live="polite">${t('poll:hands.total', { count: total })}</p>
        ${
          // Paper answer cards read by the webcam: their counts add to the hands, as if counted by hand.
          cardScanControl(t, poll, choices, (counts) => {
            this.hands = Object.fromEntries(
              choices.map((c) => [c.key, (this.hands[c.key] ?? 0) + (counts[c.key] ?? 0)]),
            );
          })
        }
        ${
          poll.kind === 'quiz' && !this.answerShown
            ? html`<button @click=${() => (this.answerShown = true)}>${t('poll:hands.showAnswer')}</button>`
            : nothing
        }
      </div>
    `;
  }

  private setHands(key: string, typed: string): void {
    const count = Math.max(0, Math.floor(Number(typed) || 0));
    this.hands = { ...this.hands, [key]: count };
  }

  private async act(action: Promise<{ ok: boolean }>): Promise<void> {
    this.error = '';
    const result = await action;
    if (!result.ok) this.error = this.i18n.t('poll:live.failed');
  }
}

/** What a show of hands counts: one row per option, or per value of a scale; nothing for free text. */
function handChoices(poll: PollDefinitionInput): Choice[] | undefined {
  switch (poll.kind) {
    case 'scale': {
      const rows: Choice[] = [];
      for (let value = poll.min; value <= poll.max && rows.length <= 20; value++) {
        const end = value === poll.min ? poll.minLabel : value === poll.max ? poll.maxLabel : '';
        rows.push({ key: String(value), label: end ? `${value} · ${end}` : String(value) });
      }
      return rows;
    }
    case 'wordcloud':
    case 'open':
      return undefined;
    default:
      return poll.options.map((option) => ({ key: option.id, label: option.label }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-poll': PbPoll;
  }
}
