import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import { I18nController } from '../../i18n/i18n-controller';
import { presenterUrl, type DeckInfo } from '../deck-info';
import { controlStyles } from '../styles';

/**
 * One session on the kit home: title, ages, duration, learning objectives, and the link that presents it in
 * the current language.
 *
 * @csspart card - The card's frame.
 */
@customElement('pb-deck-card')
export class PbDeckCard extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      article {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
        height: 100%;
        box-sizing: border-box;
        padding: 1.25rem 1.5rem;
        background: var(--pb-surface, #fff);
        border: 1px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
      }
      h3 {
        margin: 0;
        font-size: 1.5rem;
      }
      .facts {
        display: flex;
        gap: 1rem;
        margin: 0;
        color: var(--pb-muted, #454a57);
        font-weight: 700;
      }
      p {
        margin: 0;
      }
      h4 {
        margin: 0.5rem 0 0;
        font-size: 1rem;
      }
      ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      .actions {
        margin-top: auto;
        padding-top: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) deck?: DeckInfo;

  /** The session's country (ISO code), whose help services the presenter shows. */
  @property() country = DEFAULT_HELP_COUNTRY;

  private readonly i18n = new I18nController(this);

  override render() {
    if (!this.deck) return nothing;
    const { t, language } = this.i18n;
    const meta = this.deck.meta[language];
    const [min, max] = this.deck.ages;
    return html`
      <article part="card" lang=${language}>
        <h3>${meta.title}</h3>
        <p class="facts">
          <span>${t('home:ages', { min, max })}</span>
          <span>${t('home:minutes', { count: this.deck.minutes })}</span>
        </p>
        <p>${meta.summary}</p>
        <h4>${t('home:objectives')}</h4>
        <ul>
          ${meta.objectives.map((objective) => html`<li>${objective}</li>`)}
        </ul>
        <p class="actions">
          <a
            class="button primary"
            href=${presenterUrl(this.deck.id, language, this.country)}
            aria-label=${t('home:presentLabel', { title: meta.title })}
            >${t('home:present')}</a
          >
        </p>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-deck-card': PbDeckCard;
  }
}
