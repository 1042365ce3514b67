import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller';
import { controlStyles } from '../styles';

type TimerState = 'ready' | 'running' | 'paused' | 'done';

/**
 * A countdown for a group discussion on a slide ("agree the rules in 3 minutes"). The facilitator starts it;
 * it never starts by itself and makes no sound, so it does not rush anyone.
 *
 * @fires pb-timer-done - When the time is up. Bubbles and is composed.
 * @csspart time - The remaining time.
 */
@customElement('pb-timer')
export class PbTimer extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.6em;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
      }
      [part='time'] {
        font-size: 1.6em;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        min-width: 4ch;
      }
      .done {
        color: var(--pb-accent, #0a4a94);
      }
    `,
  ];

  /** Length of the discussion in minutes. */
  @property({ type: Number }) minutes = 3;

  @state() private remaining = 0;
  @state() private status: TimerState = 'ready';

  private readonly i18n = new I18nController(this);
  private ticker: ReturnType<typeof setInterval> | undefined;
  private endsAt = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('minutes') && this.status === 'ready') this.remaining = this.totalSeconds;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicking();
  }

  private get totalSeconds(): number {
    return Math.max(0, Math.round(this.minutes * 60));
  }

  override render() {
    const { t } = this.i18n;
    const label = t('activities:timer.label');
    const action =
      this.status === 'running'
        ? html`<button @click=${this.pause}>${t('activities:timer.pause')}</button>`
        : this.status === 'done'
          ? ''
          : html`<button class="primary" @click=${this.start}>
              ${t(this.status === 'paused' ? 'activities:timer.resume' : 'activities:timer.start')}
            </button>`;
    return html`
      <span role="timer" aria-label=${label} part="time" class=${this.status === 'done' ? 'done' : ''}
        >${formatTime(this.remaining)}</span
      >
      ${action}
      ${this.status === 'ready' ? '' : html`<button @click=${this.reset}>${t('activities:timer.reset')}</button>`}
      <span role="status" class="visually-hidden">${this.status === 'done' ? t('activities:timer.done') : ''}</span>
    `;
  }

  /** Starts or resumes the countdown. */
  start(): void {
    if (this.status === 'running' || this.remaining <= 0) return;
    this.status = 'running';
    this.endsAt = Date.now() + this.remaining * 1000;
    // Counting from an end time, not by decrements, keeps the timer right when a tab is throttled.
    this.ticker = setInterval(() => this.tick(), 250);
  }

  pause(): void {
    if (this.status !== 'running') return;
    this.tick();
    this.stopTicking();
    this.status = 'paused';
  }

  reset(): void {
    this.stopTicking();
    this.status = 'ready';
    this.remaining = this.totalSeconds;
  }

  private tick(): void {
    this.remaining = Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
    if (this.remaining > 0) return;
    this.stopTicking();
    this.status = 'done';
    this.dispatchEvent(new CustomEvent('pb-timer-done', { bubbles: true, composed: true }));
  }

  private stopTicking(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }
}

function formatTime(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-timer': PbTimer;
  }
  interface GlobalEventHandlersEventMap {
    'pb-timer-done': CustomEvent<void>;
  }
}
