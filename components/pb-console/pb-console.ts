import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExportFormat } from '../../protocol/client-events';
import type { Ack } from '../../protocol/errors';
import type { PollDefinition } from '../../protocol/poll';
import type { PollView } from '../../protocol/views';
import { I18nController } from '../../i18n/i18n-controller';
import type { FacilitatorSession, FacilitatorState } from '../facilitator-session';
import { FocusKeeper } from '../focus-keeper';
import { renderTally, resultStyles } from '../poll-results';
import { controlStyles } from '../styles';
import '../pb-language-picker/pb-language-picker';
import '../pb-moderation-queue/pb-moderation-queue';
import '../pb-session-evaluation/pb-session-evaluation';
import '../pb-timer/pb-timer';
import { pairingLink, renderApprovedQuestions, renderCoFacilitator, renderHotspotHint } from './console-parts';

const TIMER_CHOICES = [1, 2, 3, 5, 10];

/**
 * The facilitator console, on the teacher's phone or laptop and never on the projector: the join code and
 * how many students are here, the slides (the presenter follows), the polls of the slide on screen, the
 * moderation queue, a discussion timer, the export of the tallies and the end of the session.
 *
 * @fires pb-export - After an export was handed to the browser as a download; `detail.filename`. Bubbles, composed.
 */
@customElement('pb-console')
export class PbConsole extends LitElement {
  static override styles = [
    controlStyles,
    resultStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
        margin: 0 auto;
        padding: 0.75rem 1rem 2rem;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        line-height: 1.45;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
      }
      h1 {
        font-size: 1.4rem;
        margin: 0;
      }
      h2 {
        font-size: 1.15rem;
        margin: 0 0 0.5rem;
      }
      section {
        margin: 1rem 0;
        padding: 0.75rem 1rem;
        background: var(--pb-surface, #fff);
        border: 1px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
      }
      p {
        margin: 0 0 0.5rem;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 2rem;
        align-items: baseline;
      }
      .code {
        font-size: 1.8rem;
        font-weight: 700;
        letter-spacing: 0.1em;
        color: var(--pb-accent, #0a4a94);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .row button {
        flex: 1 1 8rem;
      }
      .poll {
        border-top: 1px solid var(--pb-border, #8a8f9c);
        padding-top: 0.5rem;
        margin-top: 0.5rem;
      }
      .question {
        font-weight: 700;
      }
      .muted {
        color: var(--pb-muted, #454a57);
      }
      [role='alert'] {
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
      }
      select {
        color: var(--pb-ink, #15161f);
      }
      [part='qr'] {
        display: block;
        /* Scanned off a phone's screen held out by the facilitator: large enough from arm's length. */
        width: min(16rem, 100%);
        height: auto;
        margin: 0 0 0.5rem;
      }
      .co-link {
        overflow-wrap: anywhere;
      }
      .danger {
        border-color: var(--pb-focus, #b03c00);
        color: var(--pb-focus, #b03c00);
      }
    `,
  ];

  /** The class session, joined with the facilitator key. Absent: the console was opened without its link. */
  @property({ attribute: false }) session?: FacilitatorSession;

  @state() private error = '';
  @state() private minutes = 3;
  @state() private confirmingEnd = false;
  /** The co-facilitator link this console made, until it revokes it; and what happened to it, read out. */
  @state() private coLink?: string;
  @state() private coStatus = '';

  private readonly i18n = new I18nController(this);

  constructor() {
    super();
    // Open becomes Close, Reveal goes, "admit more" goes once pressed: the focus stays with the poll or the seats.
    new FocusKeeper(this);
  }
  private unsubscribe?: () => void;

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('session')) return;
    this.unsubscribe?.();
    this.unsubscribe = this.session?.subscribe(() => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.session && !this.unsubscribe) this.unsubscribe = this.session.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override render() {
    const { t } = this.i18n;
    const header = html`<header>
      <h1>${t('console:title')}</h1>
      <pb-language-picker></pb-language-picker>
    </header>`;
    const s = this.session?.state;
    if (!this.session || !s)
      return html`${header}
        <main><p>${t('console:noLink')}</p></main>`;
    if (s.error)
      return html`${header}
        <main><p role="alert">${t(s.revoked ? 'console:coFacilitator.revokedHere' : 'console:refused')}</p></main>`;
    return html`${header}
      <main>
        <section aria-labelledby="session-title">
          <h2 id="session-title">${t('console:session')}</h2>
          <div class="facts">
            <p>${t('console:joinCode')} <span class="code">${s.joinCode}</span></p>
            <p role="status">
              ${
                s.ended
                  ? t('console:ended')
                  : !s.online || !s.joined
                    ? t('console:reconnecting')
                    : t('console:students', { count: s.students })
              }
            </p>
          </div>
          ${s.ended || !s.seats ? nothing : this.renderSeats(s.seats)}
          ${s.ended || !s.joined ? nothing : renderHotspotHint(s.students, t)}
        </section>
        ${s.ended ? nothing : this.renderSlide()}
        ${
          s.ended
            ? nothing
            : html`<section aria-labelledby="moderation-title">
                <h2 id="moderation-title">
                  ${t('console:moderation.title')}
                  ${this.pendingCount ? html`<span class="muted">(${this.pendingCount})</span>` : nothing}
                </h2>
                <pb-moderation-queue .entries=${s.queue} @pb-moderate=${this.moderate}></pb-moderation-queue>
              </section>`
        }
        ${s.ended ? nothing : renderApprovedQuestions(s.questions ?? [], t)}
        ${
          s.ended || !this.session.inviteCoFacilitator
            ? nothing
            : renderCoFacilitator(this.coLink, this.coStatus, { invite: this.invite, revoke: this.revoke }, t)
        }
        ${s.ended ? nothing : this.renderTimer()}
        <pb-session-evaluation .evaluation=${s.evaluation}></pb-session-evaluation>
        ${this.renderEnd(s.ended)}
        <p role="alert">${this.error}</p>
      </main>`;
  }

  private get pendingCount(): number {
    return this.session?.state.queue.filter((e) => e.status === 'pending').length ?? 0;
  }

  private renderSlide(): TemplateResult {
    const { t } = this.i18n;
    const session = this.session!;
    const slide = session.state.slide;
    return html`<section aria-labelledby="slide-title">
      <h2 id="slide-title">
        ${
          // The projector's own count ("7 / 10"), so the teacher reads the same number on both screens.
          !slide
            ? t('console:slides')
            : slide.number !== undefined && slide.total !== undefined
              ? t('console:slideOf', { number: slide.number, total: slide.total })
              : t('console:slide', { number: `${slide.h + 1}${slide.v ? `.${slide.v + 1}` : ''}` })
        }
      </h2>
      <div class="row">
        <button @click=${() => this.run(session.moveDeck({ to: 'prev' }))}>${t('console:previous')}</button>
        <button class="primary" @click=${() => this.run(session.moveDeck({ to: 'next' }))}>${t('console:next')}</button>
      </div>
      ${
        !slide
          ? html`<p class="muted">${t('console:noSlide')}</p>`
          : slide.polls.length
            ? slide.polls.map((poll) => this.renderPoll(poll, session.state.views[poll.id]))
            : html`<p class="muted">${t('console:noPoll')}</p>`
      }
    </section>`;
  }

  private renderPoll(poll: PollDefinition, view: PollView | undefined): TemplateResult {
    const { t } = this.i18n;
    const session = this.session!;
    const results = view?.results;
    return html`<div class="poll">
      <p class="question">${poll.question}</p>
      <p class="muted" role="status">
        ${t(`console:kind.${poll.kind}`)} ·
        ${
          !view
            ? t('poll:live.notOpen')
            : t(view.status === 'open' ? 'poll:live.open' : 'poll:live.closed', { count: view.answerCount })
        }
        ${view?.paperCount ? ` ${t('poll:live.onCards', { count: view.paperCount })}` : ''}
        ${view?.revealed ? ` · ${t('console:revealed')}` : ''}
      </p>
      ${results?.state === 'needs_more' ? html`<p>${t('poll:live.needed', { count: results.needed })}</p>` : nothing}
      ${
        results?.state === 'shown'
          ? html`${view!.revealed ? nothing : html`<p class="muted">${t('console:preview')}</p>`}
            ${renderTally(poll, results.tally, view!.answerCount, t, this.i18n.language)}`
          : nothing
      }
      <div class="row">
        ${
          view?.status === 'open'
            ? html`<button data-focus=${poll.id} @click=${() => this.run(session.closePoll(poll.id))}>
                ${t('poll:live.close')}
              </button>`
            : html`<button class="primary" data-focus=${poll.id} @click=${() => this.run(session.openPoll(poll))}>
                ${t(view ? 'poll:live.reopen' : 'poll:live.openPoll')}
              </button>`
        }
        ${
          // A session rating is never shown to the group: its counts appear in the console's rating section.
          poll.rating
            ? html`<p class="muted">${t('console:evaluation.rating.poll')}</p>`
            : view && !view.revealed
              ? html`<button data-focus=${poll.id} @click=${() => this.run(session.revealPoll(poll.id))}>
                  ${t('poll:live.reveal')}
                </button>`
              : nothing
        }
      </div>
    </div>`;
  }

  /**
   * Seats given against the class size, beside the students present: more seats than students is the sign
   * of a phone farming seats. Phones past the class size wait until the facilitator admits them.
   */
  private renderSeats(seats: NonNullable<FacilitatorState['seats']>): TemplateResult {
    const { t } = this.i18n;
    const session = this.session!;
    return html`<p role="status">${t('console:seats.given', { given: seats.given, expected: seats.expected })}</p>
      ${
        seats.waiting > 0
          ? html`<p class="row" role="status">
              ${t('console:seats.waiting', { count: seats.waiting })}
              <button
                class="primary"
                data-focus="seats"
                @click=${() => this.run(session.expectStudents(seats.given + seats.waiting))}
              >
                ${t('console:seats.admit', { count: seats.waiting })}
              </button>
            </p>`
          : nothing
      }
      <form class="row" @submit=${this.changeClassSize}>
        <label for="class-size">${t('console:seats.classSize')}</label>
        <input
          id="class-size"
          name="classSize"
          type="number"
          min="1"
          max="500"
          required
          .value=${String(seats.expected)}
        />
        <button data-focus="seats">${t('console:seats.change')}</button>
      </form>`;
  }

  private changeClassSize(event: SubmitEvent): void {
    event.preventDefault();
    const size = Number(new FormData(event.target as HTMLFormElement).get('classSize'));
    if (Number.isInteger(size) && size >= 1) void this.run(this.session!.expectStudents(size));
  }

  private renderTimer(): TemplateResult {
    const { t } = this.i18n;
    return html`<section aria-labelledby="timer-title">
      <h2 id="timer-title">${t('console:timer')}</h2>
      <div class="row">
        <label for="minutes">${t('console:minutes')}</label>
        <select id="minutes" @change=${(e: Event) => (this.minutes = Number((e.target as HTMLSelectElement).value))}>
          ${TIMER_CHOICES.map((m) => html`<option value=${m} ?selected=${m === this.minutes}>${m}</option>`)}
        </select>
        <pb-timer .minutes=${this.minutes}></pb-timer>
      </div>
    </section>`;
  }

  private renderEnd(ended: boolean): TemplateResult {
    const { t } = this.i18n;
    return html`<section aria-labelledby="end-title">
      <h2 id="end-title">${t('console:export.title')}</h2>
      <p class="muted">${t('console:export.help')}</p>
      <div class="row">
        <button @click=${() => this.download('csv')}>${t('console:export.csv')}</button>
        <button @click=${() => this.download('json')}>${t('console:export.json')}</button>
      </div>
      ${
        ended
          ? nothing
          : this.confirmingEnd
            ? html`<p role="alert">${t('console:end.confirm')}</p>
                <div class="row">
                  <button class="primary" @click=${this.end}>${t('console:end.yes')}</button>
                  <button data-focus="end" @click=${() => (this.confirmingEnd = false)}>${t('console:end.no')}</button>
                </div>`
            : html`<p class="row">
                <button class="danger" data-focus="end" @click=${() => (this.confirmingEnd = true)}>
                  ${t('console:end.button')}
                </button>
              </p>`
      }
    </section>`;
  }

  private async run(action: Promise<Ack>): Promise<boolean> {
    this.error = '';
    const result = await action;
    if (!result.ok) this.error = this.i18n.t(result.error.message === 'offline' ? 'console:offline' : 'console:failed');
    return result.ok;
  }

  private readonly invite = async (): Promise<void> => {
    const session = this.session!;
    const result = await session.inviteCoFacilitator!();
    if (result.ok) {
      this.coLink = pairingLink(session.state.joinCode, result.facilitatorKey);
      this.coStatus = '';
    } else this.coStatus = this.coFailure(result.error.code);
  };

  private readonly revoke = async (): Promise<void> => {
    const result = await this.session!.revokeCoFacilitator!();
    if (result.ok) {
      this.coLink = undefined;
      this.coStatus = this.i18n.t('console:coFacilitator.revoked');
    } else this.coStatus = this.coFailure(result.error.code);
  };

  private coFailure(code: string): string {
    return this.i18n.t(code === 'forbidden' ? 'console:coFacilitator.onlyFirst' : 'console:failed');
  }

  private moderate(event: CustomEvent<{ entryId: string; decision: 'approve' | 'reject' }>): void {
    const { entryId, decision } = event.detail;
    void this.run(decision === 'approve' ? this.session!.approve(entryId) : this.session!.reject(entryId));
  }

  private async end(): Promise<void> {
    this.confirmingEnd = false;
    await this.run(this.session!.endSession());
  }

  private async download(format: ExportFormat): Promise<void> {
    this.error = '';
    const result = await this.session!.exportTallies(format);
    if (!result.ok) {
      this.error = this.i18n.t('console:failed');
      return;
    }
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    const url = URL.createObjectURL(new Blob([result.body], { type }));
    const link = Object.assign(document.createElement('a'), { href: url, download: result.filename });
    link.click();
    // The click has started the download; free the copy once the browser has surely read it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.dispatchEvent(
      new CustomEvent('pb-export', { detail: { filename: result.filename }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-console': PbConsole;
  }
  interface GlobalEventHandlersEventMap {
    'pb-export': CustomEvent<{ filename: string }>;
  }
}
