import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { helpResources } from '../../content/help-resources';
import { I18nController } from '../../i18n/i18n-controller';
import { controlStyles } from '../styles';

/**
 * Where to get help, on every student's phone at the end of a session: the services of the session's country
 * (from content/help-resources.json), each with a number to tap, and the four messages.
 *
 * @csspart card - The card's frame.
 */
@customElement('pb-help-card')
export class PbHelpCard extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      section {
        padding: 1rem;
        border: 2px solid var(--pb-accent, #0a4a94);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
      }
      h2 {
        font-size: 1.3rem;
        margin: 0 0 0.5rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        margin: 0.75rem 0;
      }
      .name {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
      p {
        margin: 0.25rem 0;
      }
      .checked {
        color: var(--pb-muted, #454a57);
        font-size: 0.9rem;
      }
    `,
  ];

  /** The session's country (ISO code, e.g. BE). */
  @property() country = 'BE';

  private readonly i18n = new I18nController(this);

  override render() {
    const { t, language } = this.i18n;
    const resources = helpResources(this.country, language);
    const date = resources[0] && new Date(`${resources[0].lastChecked}T12:00:00`);
    return html`<section part="card" aria-labelledby="help">
      <h2 id="help">${t('join:help.title')}</h2>
      <p>${t('join:help.notYourFault')}</p>
      <p><strong>${t('join:help.messages')}</strong></p>
      ${
        resources.length
          ? html`<ul>
              ${resources.map(
                (r) =>
                  html`<li>
                    <span class="name"
                      ><strong>${r.name}</strong>
                      <a
                        class="button primary"
                        href="tel:${r.tel}"
                        aria-label=${t('join:help.call', { name: r.name, number: r.number })}
                        >${r.number}</a
                      ></span
                    >
                    <p>${r.does[language]}</p>
                  </li>`,
              )}
            </ul>`
          : html`<p>${t('join:help.askAdult')}</p>`
      }
      ${
        date
          ? html`<p class="checked">
              ${t('join:help.checked', { date: date.toLocaleDateString(language, { dateStyle: 'long' }) })}
            </p>`
          : ''
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-help-card': PbHelpCard;
  }
}
