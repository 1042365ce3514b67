import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import type * as HelpModule from '../../content/help-resources';
import type { HelpResource } from '../../content/help-resources';
import { I18nController } from '../../i18n/i18n-controller';
import type { Language } from '../../i18n/languages';
import type { ActivityHost } from '../activity-host';
import type { ActivityElement } from '../activity-registry';
import { ActivityHostController } from '../activity-host-controller';
import { controlStyles } from '../styles';

type HelpData = typeof HelpModule;

let helpData: HelpData | undefined;
/**
 * The services of every country in four languages weigh 4 kB: the join page fetches them right after its first
 * paint rather than before it (ADR 0007). The card is on the page from the start (behind "Need help?"), so the
 * data is there long before the session ends; pages that import the data anyway get it at once.
 */
const loading: Promise<HelpData> = import('../../content/help-resources').then((data) => (helpData = data));

/** A language's name in the reader's language ("néerlandais" for nl, read in French). */
function languageName(lang: Language, reader: Language): string {
  return new Intl.DisplayNames([reader], { type: 'language' }).of(lang) ?? lang;
}

/** Whether `element` stands in a reveal.js deck, also from inside another element's shadow root (a role-play). */
function inDeck(element: Element): boolean {
  for (let node: Element | undefined = element; node;) {
    if (node.closest('.reveal')) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return false;
}

/**
 * Where to get help: the services of a country (content/help-resources.json, the kit's one data file) in the
 * reader's language, with their hours, and the four messages. The same card stands on every student's phone at
 * the end of a session (the join page), on a slide, written in a deck's Markdown (see decks/README.md), and at
 * the end of a role-play:
 *
 *     <pb-help-card></pb-help-card>
 *
 * With no `country` the card shows the session's: its activity host's (the presenter's, chosen on the kit
 * home), else Belgium's. On a phone each number is a button to call (or to text); on a projected slide (inside
 * reveal.js) the card sets itself in columns of large type, with numbers and addresses as plain text: nothing to
 * tap on a projector, nothing that takes the deck away. Its strings are the join page's (`join:help.*`), so the
 * phone needs no other namespace.
 *
 * @csspart card - The card's frame.
 */
/** Services on one page of a projected card: a row of three, in type the back row reads under a slide's title. */
const SERVICES_PER_PAGE = 3;

@customElement('pb-help-card')
export class PbHelpCard extends LitElement implements ActivityElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        color: var(--pb-ink, #15161f);
        font-family: var(--pb-font, system-ui, sans-serif);
        line-height: 1.35;
        text-align: left;
      }
      section {
        /* The list's columns follow the card's own width: a slide, or a role-play's narrow phone. */
        container-type: inline-size;
        padding: 1em;
        border: 2px solid var(--pb-accent, #0a4a94);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
      }
      h2 {
        font-size: 1.3em;
        line-height: 1.2;
        margin: 0 0 0.5em;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        margin: 0.75em 0;
      }
      .name {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em;
      }
      .contacts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .web {
        color: var(--pb-accent, #0a4a94);
        overflow-wrap: anywhere;
        min-height: 2.75rem;
        display: inline-flex;
        align-items: center;
      }
      p {
        margin: 0.25em 0;
      }
      .hours,
      .checked {
        color: var(--pb-muted, #454a57);
      }
      .checked {
        font-size: 0.9em;
      }
      li.emergency {
        border-top: 1px solid var(--pb-border, #8a8f9c);
        padding-top: 0.5em;
      }

      /*
       * On a slide: three columns of type no smaller than the theme's minimum for the back row (--pb-min-text,
       * app/theme/deck.css), numbers larger; a country with more services than two rows shows them in pages.
       */
      :host([projected]) {
        font-size: max(var(--pb-min-text, 0px), 0.4em);
      }
      :host([projected]) section {
        padding: 0.8em 1.2em;
      }
      :host([projected]) h2 {
        font-size: 1.6em;
        margin-bottom: 0.2em;
      }
      :host([projected]) .lead {
        font-size: 1.1em;
      }
      :host([projected]) ul {
        display: grid;
        grid-template-columns: repeat(3, minmax(0, 1fr));
        gap: 0.2em 1.5em;
      }
      :host([projected]) li {
        margin: 0.2em 0;
      }
      /* The emergency numbers on a row of their own, after the other services. */
      :host([projected]) li:not(.emergency) + li.emergency {
        grid-column-start: 1;
      }
      :host([projected]) .name {
        justify-content: flex-start;
        gap: 0 0.6em;
        font-size: 1.1em;
      }
      :host([projected]) .contacts {
        gap: 0 0.6em;
      }
      :host([projected]) .number {
        font-weight: 700;
        color: var(--pb-accent, #0a4a94);
        font-size: 1.15em;
      }
      :host([projected]) .web {
        min-height: 0;
      }
      :host([projected]) .checked,
      :host([projected]) .pages {
        font-size: 1em;
      }
      .pages {
        margin-top: 0.5em;
        font-weight: 700;
      }
      @container (max-width: 40em) {
        :host([projected]) ul {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  /**
   * The country whose services to list (ISO 3166-1 code, e.g. BE; UK is read as GB). Unset: the session's
   * (the activity host's), else Belgium's.
   */
  @property() country?: string;

  /** The host to take the session's country from instead of the page's (a role-play passes its own). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  /** Large type in two columns, with no links: set by the card itself when it stands in a reveal.js deck. */
  @property({ type: Boolean, reflect: true }) projected = false;

  /** On a slide of its own, the page of services shown (→ shows the next before the deck moves on). */
  @state() private page = 0;

  private readonly i18n = new I18nController(this);
  private readonly activity = new ActivityHostController(this, () => this.activityHost);

  /** The country shown: its own, else the session's, else the kit's default. */
  get shownCountry(): string {
    return this.country ?? this.activity.host.country ?? DEFAULT_HELP_COUNTRY;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (inDeck(this)) this.projected = true;
    if (!helpData) void loading.then(() => this.requestUpdate());
  }

  /** The slide it stands on, directly (not a role-play's phone, which scrolls its card with the messages). */
  private get slide(): HTMLElement | null {
    return this.projected ? this.closest<HTMLElement>('.reveal .slides section') : null;
  }

  private pageCount(services: number): number {
    return this.slide ? Math.max(1, Math.ceil(services / SERVICES_PER_PAGE)) : 1;
  }

  /** Leaving its slide: the card starts again from its first page next time (ActivityElement). */
  deactivate(): void {
    this.page = 0;
  }

  /**
   * A key on its slide (ActivityElement, from the deck's activities plugin): → and ← turn the card's pages of
   * services before the deck moves on; true when it turned one.
   */
  handleDeckKey(event: KeyboardEvent): boolean {
    if (!this.slide || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return false;
    const forward = ['ArrowRight', 'PageDown', ' ', 'n'].includes(event.key);
    const back = ['ArrowLeft', 'PageUp', 'p'].includes(event.key);
    const next = forward ? this.page + 1 : back ? this.page - 1 : this.page;
    if (next === this.page || next < 0 || next >= this.pageCount(this.services().length)) return false;
    this.page = next;
    return true;
  }

  private services(): readonly HelpResource[] {
    return helpData?.helpResources(this.shownCountry, this.i18n.language) ?? [];
  }

  /** Complete once the help data is there and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await loading;
    return super.getUpdateComplete();
  }

  override render() {
    const { t, language } = this.i18n;
    const all = this.services();
    // The oldest check of the services shown: the card never claims more than the least recent one.
    const checked = all.map((r) => r.checked).sort()[0];
    // On a slide, a row of services at a time (the emergency numbers come last, as on the phones).
    const pages = this.pageCount(all.length);
    const page = Math.min(this.page, pages - 1);
    const first = page * SERVICES_PER_PAGE;
    const resources = pages > 1 ? all.slice(first, first + SERVICES_PER_PAGE) : all;
    const date = checked && new Date(`${checked}T12:00:00`);
    return html`<section part="card" aria-labelledby="help">
      <h2 id="help">${t('join:help.title')}</h2>
      ${
        // On the first page of a projected card; the next pages make room for their services.
        page === 0
          ? html`<div class="lead">
              <p>${t('join:help.notYourFault')}</p>
              <p><strong>${t('join:help.messages')}</strong></p>
            </div>`
          : nothing
      }
      ${
        resources.length
          ? html`<ul>
              ${resources.map((r) => this.renderResource(r, language))}
            </ul>`
          : helpData
            ? html`<p>${t('join:help.askAdult')}</p>`
            : nothing
      }
      ${
        pages > 1
          ? html`<p class="pages">
              ${t(page < pages - 1 ? 'presenter:helpCard.more' : 'presenter:helpCard.last', {
                from: first + 1,
                to: first + resources.length,
                count: all.length,
              })}
            </p>`
          : nothing
      }
      ${
        // Once, under the last of the services.
        date && page === pages - 1
          ? html`<p class="checked">
              ${t('join:help.checked', { date: date.toLocaleDateString(language, { dateStyle: 'long' }) })}
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderResource(r: HelpResource, language: Language): TemplateResult {
    const name = typeof r.name === 'string' ? r.name : r.name[language];
    return html`<li class=${r.emergency ? 'emergency' : ''}>
      <span class="name"><strong>${name}</strong> <span class="contacts">${this.renderContacts(r, name)}</span></span>
      ${
        // A projected card is read from the back of the room: names, numbers and hours, so that every service
        // and the emergency numbers fit the slide; what each one does is on the phones and the handout.
        this.projected && !r.emergency
          ? r.language
            ? html`<p>${this.i18n.t('join:help.answersIn', { language: languageName(r.language, language) })}</p>`
            : nothing
          : html`<p>${r.does[language]}</p>`
      }
      ${
        r.hours
          ? html`<p class="hours">${r.hours[language]}</p>`
          : // An emergency number needs no warning; a line whose hours no source gives may be closed tonight.
            r.emergency
            ? nothing
            : html`<p class="hours">${this.i18n.t('join:help.hoursUnknown')}</p>`
      }
    </li>`;
  }

  private renderContacts(r: HelpResource, name: string): TemplateResult[] {
    const { t } = this.i18n;
    const contacts: TemplateResult[] = [];
    if (this.projected) {
      if (r.number) contacts.push(html`<span class="number">${r.number}</span>`);
      if (r.sms) contacts.push(html`<span class="number">${t('join:help.sms', { number: r.sms })}</span>`);
      if (r.web) contacts.push(html`<span class="web">${r.web}</span>`);
      return contacts;
    }
    if (r.number && r.tel)
      contacts.push(
        html`<a class="button primary" href="tel:${r.tel}" aria-label=${t('join:help.call', { name, number: r.number })}
          >${r.number}</a
        >`,
      );
    if (r.sms)
      contacts.push(
        html`<a class="button" href="sms:${r.sms}${r.smsBody ? `?body=${encodeURIComponent(r.smsBody)}` : ''}"
          >${t('join:help.sms', { number: r.sms })}</a
        >`,
      );
    // Opened by the student's own tap, in a new tab, telling the site nothing of the session it came from.
    if (r.web)
      contacts.push(
        html`<a class="web" href="https://${r.web}/" target="_blank" rel="noopener noreferrer">${r.web}</a>`,
      );
    return contacts;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-help-card': PbHelpCard;
  }
}
