import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller';
import { setLanguage, translator } from '../../i18n/translator';
import { LANGUAGES, isLanguage } from '../../i18n/languages';
import { controlStyles } from '../styles';

/**
 * Chooses the kit's language. Each language is named in itself ("Nederlands", not "Dutch") so anyone can
 * find theirs; the choice is remembered on this device.
 *
 * @fires pb-language-change - After the language changed; `detail.language` is the new one. Bubbles, composed.
 */
@customElement('pb-language-picker')
export class PbLanguagePicker extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.5em;
      }
      select {
        color: var(--pb-ink, #15161f);
      }
    `,
  ];

  private readonly i18n = new I18nController(this);

  override render() {
    return html`
      <label for="language">${this.i18n.t('common:language')}</label>
      <select id="language" @change=${this.onChange}>
        ${LANGUAGES.map(
          (lang) =>
            html`<option value=${lang} lang=${lang} ?selected=${lang === this.i18n.language}>
              ${translator().fixedT(lang)('common:languageName')}
            </option>`,
        )}
      </select>
    `;
  }

  private async onChange(event: Event): Promise<void> {
    const language = (event.target as HTMLSelectElement).value;
    if (!isLanguage(language)) return;
    await setLanguage(language, { remember: true });
    this.dispatchEvent(new CustomEvent('pb-language-change', { detail: { language }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-language-picker': PbLanguagePicker;
  }
  interface GlobalEventHandlersEventMap {
    'pb-language-change': CustomEvent<{ language: string }>;
  }
}
