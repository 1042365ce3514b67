import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { currentLanguage, i18next } from './i18n';
import type { Language } from './languages';

/**
 * Bridges i18next into Lit: an element that owns one re-renders when the language changes, without a reload.
 *
 *     private i18n = new I18nController(this);
 *     render() { return html`<button>${this.i18n.t('activities:timer.start')}</button>`; }
 */
export class I18nController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    i18next.on('languageChanged', this.onLanguageChanged);
  }

  hostDisconnected(): void {
    i18next.off('languageChanged', this.onLanguageChanged);
  }

  /** A string of the current language (an arrow, so it can be destructured in render()). */
  readonly t = (key: string, options?: TOptions): string => i18next.t(key, options);

  get language(): Language {
    return currentLanguage();
  }

  private readonly onLanguageChanged = (): void => {
    this.host.requestUpdate();
  };
}
