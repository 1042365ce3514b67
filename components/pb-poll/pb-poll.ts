import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PollDefinitionInput } from '../../protocol/poll';
import type { PollView } from '../../protocol/views';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import type { ActivityElement } from '../activity-registry';
import { activityStyles } from '../activity-styles';
import { ClassPoll } from '../class-poll';
import { cardScanControl } from '../pb-card-scan/card-scan';
import { renderTally } from '../poll-results';
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
export class PbPoll extends LitElement implements ActivityElement {
  static override styles = [
    activityStyles,
    css`
      :host {
        /* A poll stands among the slide's own lines: it keeps their spacing. */
        line-height: inherit;
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
      .controls {
        margin: 0;
        font-size: max(var(--pb-min-text, 0px), 0.5em, 1rem);
      }
      .tally button {
        font-size: max(var(--pb-min-text, 0px), 0.5em, 1rem);
      }
      .hands-rows {
        margin: 0;
      }
      .hands-rows li {
        /* The answers' words get the room: a bar reads at any width. */
        grid-template-columns: minmax(6em, 4fr) 3.5em 1fr auto;
      }
      input.hands {
        font-size: max(0.6em, 1rem);
        width: 100%;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  @state() private answerShown = false;

  private readonly i18n = new I18nController(this);
  private readonly classPoll = new ClassPoll(this, () => this.definition);

  /** The poll as the deck wrote it (attributes and `<pb-option>` children), as the server receives it. */
  get definition(): PollDefinitionInput {
    const attributes = Object.fromEntries([...this.attributes].map((a) => [a.name, a.value]));
    const options = [...this.querySelectorAll(':scope > pb-option')].map((option) => ({
      attributes: Object.fromEntries([...option.attributes].map((a) => [a.name, a.value])),
      text: option.textContent ?? '',
    }));
    return pollDefinition(attributes, options);
  }

  /** Its class poll, for the facilitator console (ActivityElement: the presenter reports it when its slide shows). */
  polls(): PollDefinitionInput[] {
    return [this.definition];
  }

  override render() {
    const poll = this.definition;
    return html`<section part="poll" aria-labelledby="question">
      <p class="question" id="question">${poll.question}</p>
      ${
        this.classPoll.live
          ? this.renderLive(poll, this.classPoll.view)
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
    return html`
      ${
        results?.state === 'shown'
          ? html`<div role="status">${renderTally(poll, results.tally, view!.answerCount, t, this.i18n.language)}</div>`
          : this.renderChoices(poll)
      }
      ${this.classPoll.render(t, {
        note: poll.rating ? html`<p class="hint">${t('poll:rating.private')}</p>` : nothing,
        // A session rating's answers go to the facilitator's console only.
        revealable: !poll.rating,
        actions: this.renderLiveCards(poll),
      })}
    `;
  }

  /**
   * "Scan cards" while the poll is open: the cards' counts go to the server and join the phones' answers, for
   * the students without a phone (a hotspot lets in a few). A ranking needs a whole order: phones only.
   */
  private renderLiveCards(poll: PollDefinitionInput): TemplateResult | typeof nothing {
    const add = this.classPoll.addPaperCounts;
    const choices = handChoices(poll);
    if (!add || !choices || poll.kind === 'ranking') return nothing;
    return cardScanControl(this.i18n.t, poll, choices, (counts) => add(choices.map((c) => counts[c.key] ?? 0)));
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
    const correct = poll.kind === 'quiz' && this.answerShown ? poll.correctOptionId : undefined;
    return html`
      <p class="hint">${t(poll.kind === 'ranking' ? 'poll:hands.rankingHint' : 'poll:hands.hint')}</p>
      ${this.classPoll.renderHands(t, this.i18n.language, choices, {
        correct,
        beside: html`${
          // Paper answer cards read by the webcam: their counts add to the hands, as if counted by hand.
          cardScanControl(t, poll, choices, (counts) => this.classPoll.addHands(counts))
        }
        ${
          poll.kind === 'quiz' && !this.answerShown
            ? html`<button @click=${() => (this.answerShown = true)}>${t('poll:hands.showAnswer')}</button>`
            : nothing
        }`,
      })}
    `;
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
