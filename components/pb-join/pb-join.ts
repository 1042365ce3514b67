import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { ClassSizeSchema, DEFAULT_CLASS_SIZE, MAX_CLASS_SIZE } from '../../protocol/blind-ballot';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { ActivityHostController } from '../activity-host-controller';
import { blockStyles, fieldStyles } from '../activity-styles';
import { FieldKeys } from '../field-keys';
import { FocusKeeper } from '../focus-keeper';
import { qrImage } from '../qr-code';
import { controlStyles } from '../styles';

/**
 * The slide that brings the students' phones in: the join code in large type, the address to type and a QR
 * code that carries both. With no session yet, it offers the facilitator to start one for the expected number
 * of students (phones past it wait to be admitted in the console, ADR 10) or to go on without phones (every
 * poll then counts a show of hands). It never shows the facilitator key: it is projected.
 *
 * @csspart code - The join code.
 * @csspart qr - The QR code.
 */
@customElement('pb-join')
export class PbJoin extends LitElement {
  static override styles = [
    controlStyles,
    fieldStyles,
    blockStyles,
    css`
      /*
       * The live slide sits under the deck's title and two bullets: in type the back row reads (the theme's
       * minimum and up), the address and the code on the left, the QR code beside them, all in em of the slide
       * so that reveal's scaling keeps the layout at any projector size. The bullets already say "no name, no
       * account": the room left goes to how many phones are in.
       */
      .live {
        display: flex;
        align-items: flex-start;
        gap: 1em;
        font-size: max(var(--pb-min-text, 24px), 0.7em);
      }
      .where {
        flex: 1 1 auto;
        min-width: 0;
      }
      p {
        margin: 0 0 0.3em;
      }
      .url {
        font-weight: 700;
        font-size: 1.15em;
        overflow-wrap: anywhere;
      }
      [part='code'] {
        font-size: 2.4em;
        font-weight: 700;
        letter-spacing: 0.08em;
        font-variant-numeric: tabular-nums;
        line-height: 1.1;
        color: var(--pb-accent, #0a4a94);
        margin: 0 0 0.1em;
        white-space: nowrap;
      }
      [part='code']:focus {
        /* Focused by the kit after Start, not by the keyboard: a ring round the code would shout on the projector. */
        outline: none;
      }
      [part='code'] span + span {
        margin-left: 0.35em;
      }
      /* Its quiet zone (four light modules) is drawn in the code itself, white even on a tinted slide. */
      [part='qr'] {
        width: 8.5em;
        height: auto;
        flex: none;
      }
      .note {
        color: var(--pb-muted, #454a57);
        font-size: max(var(--pb-min-text, 24px), 0.7em);
      }
      .live .note {
        font-size: max(var(--pb-min-text, 24px), 0.85em);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 0.6em;
      }
      form {
        margin: 0;
      }
      #class-size-hint {
        margin-top: 0.3em;
      }
      .class-size {
        display: inline-flex;
        align-items: center;
        gap: 0.4em;
      }
      .class-size input {
        width: 4em;
      }
      .class-size input[aria-invalid='true'] {
        border-color: var(--pb-focus, #b03c00);
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
  /** The class size as typed; until then, the host's last one or the default. */
  @state() private typedClassSize: string | undefined;
  @state() private classSizeInvalid = false;

  private readonly i18n = new I18nController(this);
  private readonly activity = new ActivityHostController(this);

  constructor() {
    super();
    // After Start (or "use phones after all"), the focus goes to the join code the form made way for.
    new FocusKeeper(this);
    new FieldKeys(this);
  }

  override render() {
    const { t } = this.i18n;
    const state = this.activity.host.state;
    switch (state.mode) {
      case 'live': {
        const url = new URL(state.joinUrl);
        const typed = `${url.host}${url.pathname}`;
        // The deck's language rides along, so phones open the join page in it (a phone's own choice still wins).
        const link = `${url.origin}${url.pathname}?${new URLSearchParams({ code: state.joinCode, lang: this.i18n.language })}`;
        return html`
          <div class="live">
            <div class="where">
              <p>${t('poll:join.goTo')} <span class="url">${typed}</span></p>
              <p>${t('poll:join.typeCode')}</p>
              <p part="code" tabindex="-1" data-focus="session">
                <span aria-hidden="true"
                  >${
                    // Groups of three read well from the back of a room, six characters or a hosted nine.
                    state.joinCode.match(/.{1,3}/g)!.map((group) => html`<span>${group}</span>`)
                  }</span
                ><span class="visually-hidden">${[...state.joinCode].join(' ')}</span>
              </p>
              <p class="note" role="status">
                ${state.online ? t('poll:join.students', { count: state.students }) : t('poll:join.reconnecting')}
              </p>
              ${this.renderAddresses(state.joinUrl, state.joinUrls ?? [])}
            </div>
            ${qrImage(link, t('poll:join.qrLabel', { url: typed }))}
          </div>
        `;
      }
      case 'starting':
        return html`<p role="status">${t('poll:join.starting')}</p>`;
      // Every deck's join slide already says "no name" and "no phone? raise your hand" above this: the room
      // left on the projected slide goes to the class size and what it does.
      case 'ready':
        return html`
          <p><strong>${t('poll:join.offer')}</strong></p>
          <form class="actions" novalidate @submit=${this.start}>
            ${this.renderClassSize()}
            <button class="primary" data-focus="session">${t('poll:join.start')}</button>
            <button type="button" data-focus="session" @click=${() => this.activity.host.continueWithoutPhones()}>
              ${t('poll:join.withoutPhones')}
            </button>
          </form>
          <p class="note" id="class-size-hint">${t('poll:join.classSizeHint')}</p>
          <p role="alert">${this.error}</p>
        `;
      case 'show-of-hands':
        return html`
          <p><strong>${t('poll:join.showOfHands')}</strong></p>
          ${
            state.canGoLive
              ? html`<form class="actions" novalidate @submit=${this.start}>
                    ${this.renderClassSize()}
                    <button data-focus="session">${t('poll:join.usePhones')}</button>
                  </form>
                  <p class="note" id="class-size-hint">${t('poll:join.classSizeHint')}</p>
                  <p role="alert">${this.error}</p>`
              : html`<p class="note">${t('poll:join.noServer')}</p>`
          }
        `;
    }
  }

  /**
   * "How many students?", next to the start button: Enter in it starts the session too. Its keys stay in it:
   * reveal.js listens on the document and would turn the arrows or Space into a slide change.
   */
  private renderClassSize() {
    const value = this.typedClassSize ?? String(this.activity.host.classSize ?? DEFAULT_CLASS_SIZE);
    return html`<span class="class-size">
      <label for="class-size">${this.i18n.t('poll:join.classSize')}</label>
      <input
        id="class-size"
        class="field"
        name="classSize"
        data-focus="session"
        type="number"
        inputmode="numeric"
        min="1"
        max=${MAX_CLASS_SIZE}
        step="1"
        required
        aria-describedby="class-size-hint"
        aria-invalid=${this.classSizeInvalid ? 'true' : 'false'}
        .value=${value}
        @input=${(event: Event) => {
          this.typedClassSize = (event.target as HTMLInputElement).value;
          this.classSizeInvalid = false;
        }}
      />
    </span>`;
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

  private async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.error = '';
    const input = this.renderRoot.querySelector<HTMLInputElement>('#class-size')!;
    // valueAsNumber: NaN for an empty or unparsable field, so it is refused like 0 or 2.5.
    const classSize = input.valueAsNumber;
    if (!v.is(ClassSizeSchema, classSize)) {
      this.classSizeInvalid = true;
      this.error = this.i18n.t('poll:join.classSizeInvalid', { max: MAX_CLASS_SIZE });
      input.focus();
      return;
    }
    const result = await this.activity.host.startSession(classSize);
    // Refused for the rate (the server's start budget or this network's): it is worth trying again soon.
    if (!result.ok) {
      this.error = this.i18n.t(result.error.code === 'rate_limited' ? 'poll:join.startBusy' : 'poll:join.startFailed');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-join': PbJoin;
  }
}
