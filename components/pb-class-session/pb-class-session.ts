import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller';
import { controlStyles } from '../styles';

/** The class session this laptop runs, as the kit home names it. */
export interface RunningClassSession {
  readonly joinCode: string;
  /** The title of the deck it was last on, in the home's language (absent when unknown). */
  readonly deckTitle?: string;
}

/**
 * On the kit home, while a class session runs on this laptop: its code and the deck it was on, and that "Present"
 * continues it on any deck (same code, same phones, same console, ADR 12); or, for another class, a fresh start.
 *
 * @fires pb-new-class-session - The facilitator wants the next join slide to start a new class session. Bubbles, composed.
 */
@customElement('pb-class-session')
export class PbClassSession extends LitElement {
  static override styles = [
    controlStyles,
    css`
      /* Above the kit home, at its width. */
      :host {
        display: block;
        max-width: 75rem;
        margin: 0 auto;
        padding: 1rem clamp(1rem, 4vw, 3rem) 0;
        box-sizing: border-box;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        line-height: 1.5;
      }
      section {
        margin: 0;
        padding: 0.75rem 1rem;
        border: 2px solid var(--pb-accent, #0a4a94);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
      }
      p {
        margin: 0 0 0.5rem;
      }
      .code {
        font-weight: 700;
        letter-spacing: 0.08em;
      }
    `,
  ];

  /** The running session; absent: nothing to say. */
  @property({ attribute: false }) session?: RunningClassSession;

  /** Set once the facilitator chose a fresh start: says what happens next, in a live region. */
  @state() private forgotten = false;

  private readonly i18n = new I18nController(this);

  override render() {
    const { t } = this.i18n;
    const session = this.session;
    if (this.forgotten) return html`<p role="status">${t('home:classSession.forgotten')}</p>`;
    if (!session) return html`<p role="status"></p>`;
    return html`<section aria-labelledby="running">
      <p id="running">
        ${t(session.deckTitle ? 'home:classSession.runningOn' : 'home:classSession.running', {
          code: session.joinCode,
          deck: session.deckTitle,
        })}
      </p>
      <p>${t('home:classSession.continues')}</p>
      <button @click=${this.startAfresh}>${t('home:classSession.startNew')}</button>
    </section>`;
  }

  private startAfresh(): void {
    this.forgotten = true;
    this.dispatchEvent(new CustomEvent('pb-new-class-session', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-class-session': PbClassSession;
  }
  interface GlobalEventHandlersEventMap {
    'pb-new-class-session': CustomEvent<undefined>;
  }
}
