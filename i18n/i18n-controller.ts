import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from './languages';
import { translator, type TranslateOptions } from './translator';

/**
 * Bridges the page's translator (i18next, or its light reader on the join page) into Lit: an element that owns
 * one re-renders when the language changes, without a reload.
 *
 *     private i18n = new I18nController(this);
 *     render() { return html`<button>${this.i18n.t('activities:timer.start')}</button>`; }
 */
export class I18nController implements ReactiveController {
  #stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = translator().onLanguageChanged(this.onLanguageChanged);
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  /** A string of the current language (an arrow, so it can be destructured in render()). */
  readonly t = (key: string, options?: TranslateOptions): string => translator().t(key, options);

  get language(): Language {
    return translator().language;
  }

  private readonly onLanguageChanged = (): void => {
    this.host.requestUpdate();
  };
}
