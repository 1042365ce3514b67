/**
 * The class poll of an activity on a slide, as one Lit reactive controller: the page's host (a live session or
 * the show of hands, through `ActivityHostController`), the poll's view, open / close / reveal, the facilitator's
 * controls with `<pb-poll>`'s own words (the `poll` namespace), and the show of hands' counts. Every poll on a
 * slide runs the same way, and the console can run it too (the element lists it in `polls()`).
 *
 * An element uses it like this:
 *
 *     @property({ attribute: false }) activityHost?: ActivityHost; // a host handed over (tests); else the page's
 *     private readonly classPoll = new ClassPoll(this, () => this.definition);
 *
 *     render() {
 *       return this.classPoll.live
 *         ? html`${results}${this.classPoll.render(t, { actions: html`<button>…</button>` })}`
 *         : this.classPoll.renderHands(t, language, choices); // or handsInput(key, label) per row
 *     }
 *
 * `definition` is read whenever the poll is acted on, so an element whose poll changes (a role-play's vote at
 * each choice) gives the current one. `open()`, `close()` and `reveal()` return the server's answer for an
 * element that drives its own buttons. Keys typed in the element's fields never reach reveal.js (`FieldKeys`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Ack } from '../protocol/errors';
import type { PollDefinitionInput } from '../protocol/poll';
import type { PollView, Tally } from '../protocol/views';
import { ActivityHostController, type ActivityHostElement } from './activity-host-controller';
import { FieldKeys } from './field-keys';
import { FocusKeeper } from './focus-keeper';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One row of a show of hands: what the hands are counted for (an option, a scale's value, a verdict). */
export interface HandsChoice {
  readonly key: string;
  readonly label: string;
}

/** What `render` adds to the poll's controls. */
export interface ControlsOptions {
  /** The activity's own buttons, after open / close / show the results. */
  readonly actions?: TemplateResult | typeof nothing;
  /** A line under the status (a rating's privacy note). */
  readonly note?: TemplateResult | typeof nothing;
  /** False for a poll whose results go to the console only (a session rating): no "Show the results". */
  readonly revealable?: boolean;
}

export class ClassPoll extends ActivityHostController {
  readonly #definition: () => PollDefinitionInput;
  #failed = false;
  #hands: Readonly<Record<string, number>> = {};

  constructor(element: ActivityHostElement, definition: () => PollDefinitionInput) {
    // The host subscription is the base controller's: the element re-renders as the host or the poll's view changes.
    super(element);
    this.#definition = definition;
    new FieldKeys(element);
    // "Open" becomes "Close", "Show the results" goes: the focus stays on the poll's controls.
    new FocusKeeper(element);
  }

  /** True in a live class session: phones answer; otherwise the facilitator counts a show of hands. */
  get live(): boolean {
    return this.host.state.mode === 'live';
  }

  get view(): PollView | undefined {
    return this.live ? this.host.view(this.#definition().id) : undefined;
  }

  /** The results the group may see: revealed by the facilitator and over the poll's threshold. */
  get shown(): { readonly tally: Tally; readonly answerCount: number } | undefined {
    const view = this.view;
    return view?.revealed && view.results.state === 'shown'
      ? { tally: view.results.tally, answerCount: view.answerCount }
      : undefined;
  }

  /** True while the last action failed (the slide says so until the next one). */
  get failed(): boolean {
    return this.#failed;
  }

  open(): Promise<Ack> {
    return this.#act(this.host.openPoll(this.#definition()));
  }

  close(): Promise<Ack> {
    return this.#act(this.host.closePoll(this.#definition().id));
  }

  reveal(): Promise<Ack> {
    return this.#act(this.host.revealPoll(this.#definition().id));
  }

  /**
   * Answer cards scanned for the open poll of a live session: `counts` per answer in the poll's order go to the
   * server and join the phones' answers. Undefined when the poll is not open or the host cannot take them.
   */
  get addPaperCounts(): ((counts: readonly number[]) => void) | undefined {
    const host = this.host;
    if (this.view?.status !== 'open' || !host.addPaperCounts) return undefined;
    const pollId = this.#definition().id;
    return (counts) => void this.#act(host.addPaperCounts!(pollId, counts));
  }

  /**
   * The live status, "n more answers needed", the open / close / show-results buttons followed by the activity's
   * own, and any failure.
   */
  render(t: Translate, { actions = nothing, note = nothing, revealable = true }: ControlsOptions = {}): TemplateResult {
    const view = this.view;
    const status = !view
      ? t('poll:live.notOpen')
      : t(view.status === 'open' ? 'poll:live.open' : 'poll:live.closed', { count: view.answerCount });
    return html`
      ${
        view?.revealed && view.results.state === 'needs_more'
          ? html`<p class="needed" role="status">${t('poll:live.needed', { count: view.results.needed })}</p>`
          : nothing
      }
      <p class="status" aria-live="polite">
        ${status}${view?.paperCount ? ` ${t('poll:live.onCards', { count: view.paperCount })}` : ''}
      </p>
      ${note}
      <div class="controls">
        ${
          view?.status === 'open'
            ? html`<button data-focus="controls" @click=${() => this.close()}>${t('poll:live.close')}</button>`
            : html`<button class="primary" data-focus="controls" @click=${() => this.open()}>
                ${t(view ? 'poll:live.reopen' : 'poll:live.openPoll')}
              </button>`
        }
        ${
          view && !view.revealed && revealable
            ? html`<button data-focus="controls" @click=${() => this.reveal()}>${t('poll:live.reveal')}</button>`
            : nothing
        }
        ${actions}
      </div>
      <p role="alert">${this.#failed ? t('poll:live.failed') : ''}</p>
    `;
  }

  // ——— The show of hands ———

  /** The hands counted for `key` (0 before any). */
  hands(key: string): number {
    return this.#hands[key] ?? 0;
  }

  /** Adds counts to the hands (answer cards read by the webcam count as hands). */
  addHands(counts: Readonly<Record<string, number>>): void {
    this.#hands = Object.fromEntries(
      [...new Set([...Object.keys(this.#hands), ...Object.keys(counts)])].map((key) => [
        key,
        this.hands(key) + (counts[key] ?? 0),
      ]),
    );
    this.element.requestUpdate();
  }

  /** The field where the facilitator types the hands counted for `key` (`id` for a `<label for>`). */
  handsInput(key: string, id?: string): TemplateResult {
    const count = this.hands(key);
    return html`<input
      id=${id ?? nothing}
      class="hands"
      type="number"
      min="0"
      step="1"
      inputmode="numeric"
      placeholder="0"
      .value=${count ? String(count) : ''}
      @input=${(e: Event) => this.#setHands(key, (e.target as HTMLInputElement).value)}
    />`;
  }

  /**
   * A row per choice: its label, the field for its hands, and its share of them as a bar; `correct` marks a
   * quiz's answer once shown. Then the total, with the activity's own buttons (`beside`) on its line.
   */
  renderHands(
    t: Translate,
    language: string,
    choices: readonly HandsChoice[],
    { correct, beside = nothing }: { correct?: string; beside?: TemplateResult | typeof nothing } = {},
  ): TemplateResult {
    const total = choices.reduce((sum, choice) => sum + this.hands(choice.key), 0);
    const percent = new Intl.NumberFormat(language, { style: 'percent' });
    return html`<ul class="hands-rows">
        ${choices.map((choice) => {
          const share = total ? this.hands(choice.key) / total : 0;
          const right = choice.key === correct;
          return html`<li class=${right ? 'correct' : ''}>
            <label class="label" for="hands-${choice.key}"
              >${choice.label}${right ? html` ✓ ${t('poll:results.correct')}` : ''}</label
            >
            ${this.handsInput(choice.key, `hands-${choice.key}`)}
            <span class="track" aria-hidden="true"
              ><span class="fill" style="width: ${Math.round(share * 100)}%"></span
            ></span>
            <span class="value">${percent.format(share)}</span>
          </li>`;
        })}
      </ul>
      <div class="tally">
        <p class="status" aria-live="polite">${t('poll:hands.total', { count: total })}</p>
        ${beside}
      </div>`;
  }

  #setHands(key: string, typed: string): void {
    // A count as typed: a whole number, 0 when empty or nonsense.
    this.#hands = { ...this.#hands, [key]: Math.max(0, Math.floor(Number(typed) || 0)) };
    this.element.requestUpdate();
  }

  async #act(action: Promise<Ack>): Promise<Ack> {
    this.#failed = false;
    this.element.requestUpdate();
    const ack = await action;
    this.#failed = !ack.ok;
    this.element.requestUpdate();
    return ack;
  }
}
