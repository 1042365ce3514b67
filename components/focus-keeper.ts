/**
 * Keeps the keyboard focus on something meaningful when a render removes the focused element: "Open" becomes
 * "Close", "Show the results" goes once pressed, the join slide's form becomes the join code. The element gives
 * its controls a `data-focus` group; when the focused one disappears, focus goes to the first element left in
 * the same group, never to the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusKeeper implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The group of the element that held the focus before this update, if one did. */
  #group: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const focused = this.#host.shadowRoot?.activeElement;
    // With no focus inside, a group still pending (its next element not rendered yet: "starting…") is kept.
    if (focused instanceof HTMLElement)
      this.#group = focused.closest<HTMLElement>('[data-focus]')?.dataset.focus ?? null;
  }

  hostUpdated(): void {
    const group = this.#group;
    const root = this.#host.shadowRoot;
    if (group === null || !root || root.activeElement) return;
    // Only when the focus fell to the page: a facilitator who moved on elsewhere keeps their place.
    const page = document.activeElement;
    if (page !== null && page !== document.body) {
      this.#group = null;
      return;
    }
    const next = root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(group)}"]`);
    if (!next) return; // not rendered yet: the next update tries again
    this.#group = null;
    next.focus();
  }
}
