import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller';
import type { DeckInfo } from '../deck-info';
import '../pb-deck-card/pb-deck-card';
import '../pb-language-picker/pb-language-picker';

/**
 * The kit home: what the kit is, the language picker, and every session as a card.
 */
@customElement('pb-kit-home')
export class PbKitHome extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 75rem;
      margin: 0 auto;
      padding: 1.5rem clamp(1rem, 4vw, 3rem) 3rem;
      font-family: var(--pb-font, system-ui, sans-serif);
      color: var(--pb-ink, #15161f);
      line-height: 1.5;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
    }
    h1 {
      margin: 0;
      font-size: clamp(1.75rem, 4vw, 2.5rem);
    }
    .tagline {
      font-size: 1.2rem;
      max-width: 50rem;
    }
    h2 {
      font-size: 1.4rem;
    }
    .decks {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
      gap: 1.5rem;
      padding: 0;
      margin: 0;
      list-style: none;
    }
    footer {
      margin-top: 3rem;
      padding-top: 1rem;
      border-top: 1px solid var(--pb-border, #8a8f9c);
      color: var(--pb-muted, #454a57);
    }
    footer h2 {
      font-size: 1.1rem;
      margin: 0 0 0.25rem;
      color: var(--pb-ink, #15161f);
    }
  `;

  /** The decks to offer, in the order to show them. */
  @property({ attribute: false }) decks: readonly DeckInfo[] = [];

  private readonly i18n = new I18nController(this);

  override render() {
    const { t } = this.i18n;
    return html`
      <header>
        <h1>${t('common:kitName')}</h1>
        <pb-language-picker></pb-language-picker>
      </header>
      <main>
        <p class="tagline">${t('home:tagline')}</p>
        <h2>${t('home:sessions')}</h2>
        ${
          this.decks.length
            ? html`<ul class="decks">
                ${this.decks.map((deck) => html`<li><pb-deck-card .deck=${deck}></pb-deck-card></li>`)}
              </ul>`
            : html`<p>${t('home:noDecks')}</p>`
        }
      </main>
      <footer>
        <h2>${t('home:messagesHeading')}</h2>
        <p>${t('home:messages')}</p>
        <p>${t('home:offline')}</p>
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-kit-home': PbKitHome;
  }
}
