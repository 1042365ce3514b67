import { ContextEvent, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showOfHands, type ActivityHost } from './activity-host';

/**
 * The page's host, as elements ask for it. Kept here, not beside the host's types: the page's provider imports
 * it from here, so the elements' side of the protocol stays one chunk of the join page.
 */
export const activityHostContext = createContext<ActivityHost>(Symbol('pb-activity-host'));

/** An element on a slide that talks to the class session; a host handed to it (tests) wins over the page's. */
export type ActivityHostElement = ReactiveControllerHost & HTMLElement & { readonly activityHost?: ActivityHost };

/**
 * Connects an element to the page's `ActivityHost` while it is in the document, and re-renders it whenever the
 * host's state or a poll's view changes. An element given a host directly (`provided`, by default its
 * `activityHost` property) uses that one.
 *
 * The page provides its host with Lit's context protocol (`provideActivityHost` in activity-host-provider.ts, a
 * `ContextProvider`); this controller asks for it with the protocol's own event (`ContextEvent`, a subscribed
 * context-request), which is what Lit's `ContextConsumer` does: the students' join page carries this controller
 * (its help card) and is held to 40 kB gzip, so it asks itself rather than run a second controller beside it.
 */
export class ActivityHostController implements ReactiveController {
  /** The host in use; the show-of-hands host until the element is connected, or when the page provides none. */
  host: ActivityHost = showOfHands;
  #unsubscribe: (() => void) | undefined;
  /** The page's host, as its provider last answered; and how to stop its answers. */
  #page: ActivityHost | undefined;
  #unprovide: (() => void) | undefined;

  constructor(
    protected readonly element: ActivityHostElement,
    private readonly provided: () => ActivityHost | undefined = () => element.activityHost,
  ) {
    element.addController(this);
  }

  hostConnected(): void {
    // The page's provider, above the element, answers at once (and again should it ever provide another host).
    this.element.dispatchEvent(new ContextEvent(activityHostContext, this.element, this.#provide, true));
    this.#follow();
  }

  /** A host given after connecting (a property set before the element was upgraded) takes over. */
  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unprovide?.();
    this.#unsubscribe?.();
    // Elsewhere in the document the element asks again.
    this.#unprovide = this.#unsubscribe = this.#page = undefined;
  }

  /** The provider's answer: its host, and how to stop its answers (the page has one provider, above the slides). */
  readonly #provide = (host: ActivityHost, unprovide?: () => void): void => {
    this.#unprovide = unprovide;
    this.#page = host;
    this.#follow();
  };

  /** Listens to the host that applies now: the one given to the element, else the page's. */
  #follow(): void {
    // Called only while connected: as the element connects, updates, or its provider answers.
    const host = this.provided() ?? this.#page ?? showOfHands;
    if (host === this.host && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.host = host;
    this.#unsubscribe = host.subscribe(() => this.element.requestUpdate());
  }
}
