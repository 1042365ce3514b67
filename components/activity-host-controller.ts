import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { requestActivityHost, showOfHands, type ActivityHost } from './activity-host';

/**
 * Connects an element to the page's `ActivityHost` while it is in the document, and re-renders it whenever the
 * host's state or a poll's view changes. An element given a host directly (`provided`) uses that one.
 */
export class ActivityHostController implements ReactiveController {
  /** The host in use; the show-of-hands host until the element is connected. */
  host: ActivityHost = showOfHands;
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly element: ReactiveControllerHost & HTMLElement,
    private readonly provided: () => ActivityHost | undefined,
  ) {
    element.addController(this);
  }

  hostConnected(): void {
    this.#use(this.provided() ?? requestActivityHost(this.element));
  }

  /** A host given after connecting (a property set before the element was upgraded) takes over. */
  hostUpdate(): void {
    const provided = this.provided();
    if (provided && provided !== this.host) this.#use(provided);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #use(host: ActivityHost): void {
    this.#unsubscribe?.();
    this.host = host;
    this.#unsubscribe = host.subscribe(() => this.element.requestUpdate());
  }
}
