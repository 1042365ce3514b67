import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import { I18nController } from '../../i18n/i18n-controller';
import type { DeckInfo } from '../deck-info';
import { preferredCountry, rememberCountry } from '../session-country';
import { controlStyles } from '../styles';
import type { PrintableLink } from './printable-link';
import '../pb-deck-card/pb-deck-card';
import '../pb-language-picker/pb-language-picker';

/**
 * The kit home: what the kit is, the language picker, the session's country (whose help services the slides,
 * the role-plays and the phones show), every session as a card, and the printables (a guide per session, the
 * chosen country's handout, its letters to parents per session and its safeguarding lead's guide) in the chosen
 * language.
 */
@customElement('pb-kit-home')
export class PbKitHome extends LitElement {
  static override styles = [
    controlStyles,
    css`
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
      .printables ul {
        margin: 0;
        padding-left: 1.2rem;
      }
      .printables li {
        margin: 0.3rem 0;
      }
      .printables a {
        color: var(--pb-accent, #0a4a94);
      }
      .print-lists {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        gap: 0 2rem;
      }
      h3 {
        font-size: 1.15rem;
        margin: 1rem 0 0.25rem;
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
      .country {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.75rem;
        margin: 1.5rem 0 0.25rem;
        font-weight: 700;
      }
      .country select {
        color: var(--pb-ink, #15161f);
      }
      .country-hint {
        margin: 0;
        color: var(--pb-muted, #454a57);
      }
    `,
  ];

  /** The decks to offer, in the order to show them. */
  @property({ attribute: false }) decks: readonly DeckInfo[] = [];

  /** Guides and handouts in every language (`virtual:pb-printables`); the current language's are listed. */
  @property({ attribute: false }) printables: readonly PrintableLink[] = [];

  /**
   * The countries to offer (ISO codes): those the help data has services for. Given by the page (from the
   * build, `virtual:pb-printables`): the home never loads the help data itself.
   */
  @property({ attribute: false }) countries: readonly string[] = [];

  /** The session's country: chosen here, remembered on this device; the Present links carry it. */
  @state() country = DEFAULT_HELP_COUNTRY;
  /** Whether `country` was taken from `countries` (the one remembered, the browser's, or picked here). */
  #fromList = false;

  private readonly i18n = new I18nController(this);

  override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('countries') &&
      this.countries.length &&
      !(this.#fromList && this.countries.includes(this.country))
    ) {
      this.country = preferredCountry(this.countries);
      this.#fromList = true;
    }
  }

  override render() {
    const { t } = this.i18n;
    return html`
      <header>
        <h1>${t('common:kitName')}</h1>
        <pb-language-picker></pb-language-picker>
      </header>
      <main>
        <p class="tagline">${t('home:tagline')}</p>
        ${this.renderCountry()}
        <h2>${t('home:sessions')}</h2>
        ${
          this.decks.length
            ? html`<ul class="decks">
                ${this.decks.map(
                  (deck) => html`<li><pb-deck-card .deck=${deck} country=${this.country}></pb-deck-card></li>`,
                )}
              </ul>`
            : html`<p>${t('home:noDecks')}</p>`
        }
        <p class="gallery"><a href="activities.html">${t('home:gallery')}</a></p>
        ${this.renderPrintables()}
      </main>
      <footer>
        <h2>${t('home:messagesHeading')}</h2>
        <p>${t('home:messages')}</p>
        <p>${t('home:offline')}</p>
      </footer>
    `;
  }

  private renderCountry() {
    if (!this.countries.length) return nothing;
    const { t, language } = this.i18n;
    const regions = new Intl.DisplayNames([language], { type: 'region' });
    const named = this.countries
      .map((code) => ({ code, name: regions.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, language));
    return html`<p class="country">
        <label for="country">${t('home:country.label')}</label>
        <select id="country" aria-describedby="country-hint" @change=${this.onCountry}>
          ${named.map(({ code, name }) => html`<option value=${code} ?selected=${code === this.country}>${name}</option>`)}
        </select>
      </p>
      <p id="country-hint" class="country-hint">${t('home:country.hint')}</p>`;
  }

  private onCountry(event: Event): void {
    const country = (event.target as HTMLSelectElement).value;
    if (!this.countries.includes(country)) return;
    this.country = country;
    this.#fromList = true;
    rememberCountry(country);
  }

  private renderPrintables() {
    const { t, language } = this.i18n;
    const mine = this.printables.filter((p) => p.lang === language);
    if (!mine.length) return nothing;
    const regions = new Intl.DisplayNames([language], { type: 'region' });
    const link = (p: PrintableLink, title: string) =>
      html`<li>
        <a href=${p.href}>${t('home:printables.link', { title, format: t(`home:printables.${p.format}`) })}</a>
      </li>`;
    const guides = mine.flatMap((p) => {
      const deck = this.decks.find((d) => d.id === p.deckId);
      return p.kind === 'guide' && deck ? [link(p, deck.meta[language].title)] : [];
    });
    // The session's country only: the handout a facilitator prints is the one of the help shown in the session.
    // Its easy-read version (with the words of the lesson) follows it.
    const region = regions.of(this.country) ?? this.country;
    const ofCountry = (kind: PrintableLink['kind']) =>
      mine.filter((p) => p.kind === kind && p.country === this.country);
    const handouts = [
      ...ofCountry('handout').map((p) => link(p, region)),
      ...ofCountry('easy-read').map((p) => link(p, t('home:printables.easyReadTitle', { country: region }))),
    ];
    // The parents' letter of each session and the safeguarding lead's guide: the session's country too.
    const where = regions.of(this.country) ?? this.country;
    const parents = mine.flatMap((p) => {
      const deck = this.decks.find((d) => d.id === p.deckId);
      return p.kind === 'parents' && p.country === this.country && deck ? [link(p, deck.meta[language].title)] : [];
    });
    const safeguarding = mine.flatMap((p) =>
      p.kind === 'safeguarding' && p.country === this.country
        ? [link(p, t('home:printables.safeguardingTitle', { country: where }))]
        : [],
    );
    // The answer cards for a class without phones: the same in every session and country.
    const cards = mine.flatMap((p) =>
      p.kind === 'cards' ? [link(p, t(p.perPage === 4 ? 'cards:print.fourPerPage' : 'cards:print.onePerPage'))] : [],
    );
    return html`<section class="printables" aria-labelledby="printables">
      <h2 id="printables">${t('home:printables.heading')}</h2>
      <p>${t('home:printables.intro')}</p>
      <div class="print-lists">
        ${
          guides.length
            ? html`<div>
                <h3>${t('home:printables.guides')}</h3>
                <ul>
                  ${guides}
                </ul>
              </div>`
            : nothing
        }
        ${
          handouts.length
            ? html`<div>
                <h3>${t('home:printables.handouts')}</h3>
                <ul>
                  ${handouts}
                </ul>
              </div>`
            : nothing
        }
        ${
          parents.length
            ? html`<div>
                <h3>${t('home:printables.parents', { country: where })}</h3>
                <ul>
                  ${parents}
                </ul>
              </div>`
            : nothing
        }
        ${
          safeguarding.length
            ? html`<div>
                <h3>${t('home:printables.safeguarding')}</h3>
                <ul>
                  ${safeguarding}
                </ul>
              </div>`
            : nothing
        }
        ${
          cards.length
            ? html`<div>
                <h3>${t('cards:print.title')}</h3>
                <ul>
                  ${cards}
                </ul>
              </div>`
            : nothing
        }
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-kit-home': PbKitHome;
  }
}
