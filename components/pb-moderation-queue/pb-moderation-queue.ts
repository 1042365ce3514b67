import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ModerationEntry } from '../../protocol/moderation';
import { I18nController } from '../../i18n/i18n-controller';
import { controlStyles } from '../styles';

export type ModerationDecision = 'approve' | 'reject';

/**
 * The free texts students sent (questions, open answers, words), waiting for the facilitator: nothing reaches
 * the group before it is approved here. Each entry says why the local filter flagged it (a phone number, an
 * e-mail address, a swear word…). Texts are shown as text, never as HTML.
 *
 * @fires pb-moderate - When the facilitator approves or rejects an entry; `detail` is `{ entryId, decision }`.
 * Bubbles, composed.
 */
@customElement('pb-moderation-queue')
export class PbModerationQueue extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        padding: 0.6rem 0.75rem;
        margin-bottom: 0.6rem;
        border: 1px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
      }
      li.flagged {
        border: 2px solid var(--pb-focus, #b03c00);
      }
      .text {
        margin: 0.25rem 0;
        font-size: 1.1rem;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .meta,
      .empty {
        color: var(--pb-muted, #454a57);
        margin: 0;
        font-size: 0.95rem;
      }
      .flags {
        margin: 0.25rem 0;
        padding-left: 1.2rem;
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
        margin-top: 0.4rem;
      }
      h3 {
        font-size: 1rem;
        margin: 1rem 0 0.5rem;
      }
    `,
  ];

  /** Every entry of the session, as the server sent them. */
  @property({ attribute: false }) entries: readonly ModerationEntry[] = [];

  private readonly i18n = new I18nController(this);

  // Keyed by entry: when another console decides an entry, the rows below keep their own buttons instead of
  // taking over the decided row's (an Approve pressed at that moment would otherwise approve the next text).
  override render() {
    const { t } = this.i18n;
    const pending = this.entries.filter((e) => e.status === 'pending');
    const decided = this.entries.filter((e) => e.status !== 'pending');
    return html`
      ${
        pending.length
          ? html`<ul>
              ${repeat(
                pending,
                (entry) => entry.id,
                (entry) => this.renderEntry(entry),
              )}
            </ul>`
          : html`<p class="empty">${t('console:moderation.empty')}</p>`
      }
      ${
        decided.length
          ? html`<h3>${t('console:moderation.decided', { count: decided.length })}</h3>
              <ul>
                ${repeat(
                  decided,
                  (entry) => entry.id,
                  (entry) => this.renderEntry(entry),
                )}
              </ul>`
          : ''
      }
    `;
  }

  private renderEntry(entry: ModerationEntry): TemplateResult {
    const { t } = this.i18n;
    const id = `entry-${entry.id}`;
    return html`<li class=${entry.flags.length ? 'flagged' : ''}>
      <p class="meta">
        ${t(`console:moderation.source.${entry.source}`)}${
          entry.count > 1 ? ` · ${t('console:moderation.times', { count: entry.count })}` : ''
        }${entry.status === 'pending' ? '' : ` · ${t(`console:moderation.status.${entry.status}`)}`}
      </p>
      <p class="text" id=${id}>${entry.text}</p>
      ${
        entry.flags.length
          ? html`<ul class="flags" aria-label=${t('console:moderation.flagged')}>
              ${entry.flags.map((flag) => html`<li>${t(`console:moderation.flag.${flag.kind}`, { match: flag.match })}</li>`)}
            </ul>`
          : ''
      }
      <div class="actions">
        ${
          entry.status === 'approved'
            ? ''
            : html`<button class="primary" aria-describedby=${id} @click=${() => this.decide(entry.id, 'approve')}>
                ${t('console:moderation.approve')}
              </button>`
        }
        ${
          entry.status === 'rejected'
            ? ''
            : html`<button aria-describedby=${id} @click=${() => this.decide(entry.id, 'reject')}>
                ${t(entry.status === 'approved' ? 'console:moderation.withdraw' : 'console:moderation.reject')}
              </button>`
        }
      </div>
    </li>`;
  }

  private decide(entryId: string, decision: ModerationDecision): void {
    this.dispatchEvent(
      new CustomEvent('pb-moderate', { detail: { entryId, decision }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-moderation-queue': PbModerationQueue;
  }
  interface GlobalEventHandlersEventMap {
    'pb-moderate': CustomEvent<{ entryId: string; decision: ModerationDecision }>;
  }
}
