import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { activityHostContext, showOfHands, type ActivityHost } from './activity-host';

/** An element on a slide that talks to the class session; a host handed to it (tests) wins over the page's. */
export type ActivityHostElement = ReactiveControllerHost & HTMLElement & { readonly activityHost?: ActivityHost };

/**
 * Connects an element to the page's `ActivityHost` (Lit's context protocol: the page provides it, see
 * `provideActivityHost` in activity-host-provider.ts) while it is in the document, and re-renders it whenever the host's state or a poll's
 * view changes. An element given a host directly (`provided`, by default its `activityHost` property) uses that.
 */
export class ActivityHostController implements ReactiveController {
  /** The host in use; the show-of-hands host until the element is connected, or when the page provides none. */
  host: ActivityHost = showOfHands;
  #unsubscribe: (() => void) | undefined;
  readonly #page: ContextConsumer<typeof activityHostContext, ActivityHostElement>;

  constructor(
    protected readonly element: ActivityHostElement,
    private readonly provided: () => ActivityHost | undefined = () => element.activityHost,
  ) {
    // Asks as the element connects (before this controller looks): the page's provider answers at once.
    this.#page = new ContextConsumer(element, {
      context: activityHostContext,
      subscribe: true,
      callback: () => this.#follow(),
    });
    element.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  /** A host given after connecting (a property set before the element was upgraded) takes over. */
  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Listens to the host that applies now: the one given to the element, else the page's. */
  #follow(): void {
    if (!this.element.isConnected) return;
    const host = this.provided() ?? this.#page.value ?? showOfHands;
    if (host === this.host && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.host = host;
    this.#unsubscribe = host.subscribe(() => this.element.requestUpdate());
  }
}
