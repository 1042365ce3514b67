/**
 * The class poll inside an activity that is more than a poll (`<pb-red-flag-hunt>`, `<pb-myth-or-fact>`,
 * `<pb-action-plan>`): the page's host (a live session or the show of hands), the poll's view, and the
 * facilitator's controls with `<pb-poll>`'s own words (the `poll` namespace), so every poll on a slide runs
 * the same way and the console can run it too (the element lists it in `polls()`).
 *
 * Kept beside the first activity that needed it; it imports nothing of that element.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PollDefinitionInput } from '../protocol/poll';
import type { PollView, Tally } from '../protocol/views';
import type { ActivityHost } from './activity-host';
import { ActivityHostController } from './activity-host-controller';
import { FocusKeeper } from './focus-keeper';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export const classPollStyles = css`
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
    margin: 0.3em 0;
  }
  [role='alert'] {
    color: var(--pb-focus, #b03c00);
    font-weight: 700;
    margin: 0;
  }
  [role='alert']:empty {
    display: none;
  }
  input.hands {
    font: inherit;
    width: 3.2em;
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0 0.3em;
    border: 2px solid var(--pb-border, #8a8f9c);
    border-radius: var(--pb-radius, 0.5rem);
    background: var(--pb-surface, #fff);
    color: inherit;
  }
`;

export class ClassPoll {
  readonly #element: ReactiveControllerHost;
  readonly #activity: ActivityHostController;
  readonly #definition: () => PollDefinitionInput;
  #error = '';

  constructor(
    element: ReactiveControllerHost & HTMLElement,
    provided: () => ActivityHost | undefined,
    definition: () => PollDefinitionInput,
  ) {
    this.#element = element;
    this.#activity = new ActivityHostController(element, provided);
    this.#definition = definition;
    // "Open" becomes "Close", "Show the results" goes: the focus stays on the poll's controls.
    new FocusKeeper(element);
  }

  /** True in a live class session: phones answer; otherwise the facilitator counts a show of hands. */
  get live(): boolean {
    return this.#activity.host.state.mode === 'live';
  }

  get view(): PollView | undefined {
    return this.live ? this.#activity.host.view(this.#definition().id) : undefined;
  }

  /** The results the group may see: revealed by the facilitator and over the poll's threshold. */
  get shown(): { readonly tally: Tally; readonly answerCount: number } | undefined {
    const view = this.view;
    return view?.revealed && view.results.state === 'shown'
      ? { tally: view.results.tally, answerCount: view.answerCount }
      : undefined;
  }

  /**
   * Answer cards scanned for the open poll of a live session: `counts` per answer in the poll's order go to the
   * server and join the phones' answers. Undefined when the poll is not open or the host cannot take them.
   */
  get addPaperCounts(): ((counts: readonly number[]) => void) | undefined {
    const host = this.#activity.host;
    if (this.view?.status !== 'open' || !host.addPaperCounts) return undefined;
    const pollId = this.#definition().id;
    return (counts) => void this.#act(host.addPaperCounts!(pollId, counts));
  }

  /**
   * The live status, "n more answers needed", the open / close / show-results buttons followed by the activity's
   * own (`extra`), and any failure.
   */
  render(t: Translate, extra: TemplateResult): TemplateResult {
    const host = this.#activity.host;
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
      <div class="controls">
        ${
          view?.status === 'open'
            ? html`<button data-focus="controls" @click=${() => this.#act(host.closePoll(view.pollId))}>
                ${t('poll:live.close')}
              </button>`
            : html`<button
                class="primary"
                data-focus="controls"
                @click=${() => this.#act(host.openPoll(this.#definition()))}
              >
                ${t(view ? 'poll:live.reopen' : 'poll:live.openPoll')}
              </button>`
        }
        ${
          view && !view.revealed
            ? html`<button data-focus="controls" @click=${() => this.#act(host.revealPoll(view.pollId))}>
                ${t('poll:live.reveal')}
              </button>`
            : nothing
        }
        ${extra}
      </div>
      <p role="alert">${this.#error ? t('poll:live.failed') : ''}</p>
    `;
  }

  async #act(action: Promise<{ ok: boolean }>): Promise<void> {
    this.#error = '';
    this.#element.requestUpdate();
    this.#error = (await action).ok ? '' : 'failed';
    this.#element.requestUpdate();
  }
}

/** A count of raised hands as typed: a whole number, 0 when empty or nonsense. */
export function handsCount(typed: string): number {
  return Math.max(0, Math.floor(Number(typed) || 0));
}

/** Keys typed in a count stay in the field: reveal.js must not turn the arrows or Space into a slide change. */
export function keepKeys(event: KeyboardEvent): void {
  event.stopPropagation();
}
