import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { ActivityHostController } from '../activity-host-controller';
import { qrCode } from '../qr-code';
import { controlStyles } from '../styles';

/**
 * The slide that brings the students' phones in: the join code in large type, the address to type and a QR
 * code that carries both. With no session yet, it offers the facilitator to start one or to go on without
 * phones (every poll then counts a show of hands). It never shows the facilitator key: it is projected.
 *
 * @csspart code - The join code.
 * @csspart qr - The QR code.
 */
@customElement('pb-join')
export class PbJoin extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        text-align: left;
      }
      .live {
        display: flex;
        align-items: center;
        justify-content: center;
        gap: 1.5em;
      }
      p {
        margin: 0 0 0.3em;
      }
      .url {
        font-weight: 700;
        font-size: 1.1em;
        overflow-wrap: anywhere;
      }
      [part='code'] {
        font-size: 2.6em;
        font-weight: 700;
        letter-spacing: 0.08em;
        font-variant-numeric: tabular-nums;
        color: var(--pb-accent, #0a4a94);
        margin: 0.1em 0 0.2em;
        white-space: nowrap;
      }
      [part='code'] span + span {
        margin-left: 0.35em;
      }
      [part='qr'] {
        width: min(14em, 40vh);
        height: auto;
        flex: none;
        background: #fff;
        padding: 0.25em;
      }
      .note {
        color: var(--pb-muted, #454a57);
        font-size: 0.7em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 0.6em;
      }
      [role='alert'] {
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  @state() private error = '';

  private readonly i18n = new I18nController(this);
  private readonly activity = new ActivityHostController(this, () => this.activityHost);

  override render() {
    const { t } = this.i18n;
    const state = this.activity.host.state;
    switch (state.mode) {
      case 'live': {
        const url = new URL(state.joinUrl);
        const typed = `${url.host}${url.pathname}`;
        // The deck's language rides along, so phones open the join page in it (a phone's own choice still wins).
        const link = `${url.origin}${url.pathname}?${new URLSearchParams({ code: state.joinCode, lang: this.i18n.language })}`;
        const qr = qrCode(link);
        return html`
          <div class="live">
            <div>
              <p>${t('poll:join.goTo')}</p>
              <p class="url">${typed}</p>
              <p>${t('poll:join.typeCode')}</p>
              <p part="code">
                <span aria-hidden="true"
                  >${
                    // Groups of three read well from the back of a room, six characters or a hosted nine.
                    state.joinCode.match(/.{1,3}/g)!.map((group) => html`<span>${group}</span>`)
                  }</span
                ><span class="visually-hidden">${[...state.joinCode].join(' ')}</span>
              </p>
              <p class="note">${t('poll:join.anonymous')}</p>
              <p class="note" role="status">
                ${state.online ? t('poll:join.students', { count: state.students }) : t('poll:join.reconnecting')}
              </p>
              ${this.renderAddresses(state.joinUrl, state.joinUrls ?? [])}
            </div>
            <svg
              part="qr"
              role="img"
              aria-label=${t('poll:join.qrLabel', { url: typed })}
              viewBox="0 0 ${qr.size} ${qr.size}"
              shape-rendering="crispEdges"
            >
              ${svg`<path d=${qr.path} fill="#000"></path>`}
            </svg>
          </div>
        `;
      }
      case 'starting':
        return html`<p role="status">${t('poll:join.starting')}</p>`;
      case 'ready':
        return html`
          <p><strong>${t('poll:join.offer')}</strong></p>
          <p class="note">${t('poll:join.offerDetail')}</p>
          <div class="actions">
            <button class="primary" @click=${this.start}>${t('poll:join.start')}</button>
            <button @click=${() => this.activity.host.continueWithoutPhones()}>${t('poll:join.withoutPhones')}</button>
          </div>
          <p role="alert">${this.error}</p>
        `;
      case 'show-of-hands':
        return html`
          <p><strong>${t('poll:join.showOfHands')}</strong></p>
          ${
            state.canGoLive
              ? html`<div class="actions"><button @click=${this.start}>${t('poll:join.usePhones')}</button></div>
                  <p role="alert">${this.error}</p>`
              : html`<p class="note">${t('poll:join.noServer')}</p>`
          }
        `;
    }
  }

  /** With several LAN addresses (a hotspot and a cable, a VPN…), the facilitator may show another one. */
  private renderAddresses(current: string, urls: readonly string[]) {
    if (urls.length < 2 || !this.activity.host.chooseJoinUrl) return nothing;
    const choose = (event: Event): void =>
      this.activity.host.chooseJoinUrl?.((event.target as HTMLSelectElement).value);
    return html`<p class="note">
      <label
        >${this.i18n.t('poll:join.otherAddress')}
        <select @change=${choose}>
          ${urls.map((url) => html`<option value=${url} ?selected=${url === current}>${new URL(url).host}</option>`)}
        </select></label
      >
    </p>`;
  }

  private async start(): Promise<void> {
    this.error = '';
    const result = await this.activity.host.startSession();
    if (!result.ok) this.error = this.i18n.t('poll:join.startFailed');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-join': PbJoin;
  }
}
