import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LETTERS } from '../../app/cards/answer-cards';
import { CardDetector } from '../../app/cards/card-detector';
import { CardTally } from '../../app/cards/card-tally';
import { I18nController } from '../../i18n/i18n-controller';
import { controlStyles } from '../styles';

type Camera = 'starting' | 'on' | 'refused' | 'missing' | 'failed';

/** How long one scan looks at the class: a few frames, so a card moved for a moment is still caught. */
const SCAN_MS = 1200;
const MIN_FRAMES = 3;

/**
 * The card scanner of a poll (loaded with its detector only when "Scan cards" is pressed): a modal view over the
 * slide with the camera's picture, the letters' answers in large type for the class, how many cards were read
 * (never which card said what), "Scan again" to catch the cards missed, and "Add to the poll". Frames are read in
 * this page and dropped; the camera stops when the view closes. Fires `pb-cards-counted` with the counts per
 * letter, then closes; `close` either way.
 */
@customElement('pb-card-scan')
export class PbCardScan extends LitElement {
  static override styles = [
    controlStyles,
    css`
      dialog {
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        background: var(--pb-surface, #fff);
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        max-width: min(64rem, 96vw);
        width: 100%;
        font-size: 1.25rem;
        padding: 1rem 1.5rem;
        box-sizing: border-box;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      h2 {
        margin: 0 0 0.4em;
        font-size: 1.5em;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 1rem;
        align-items: start;
      }
      video {
        width: 100%;
        background: #15161f;
        border-radius: var(--pb-radius, 0.5rem);
        aspect-ratio: 16 / 9;
      }
      ol.letters {
        list-style: none;
        margin: 0;
        padding: 0;
        font-size: 1.4em;
      }
      ol.letters li {
        margin: 0.2em 0;
      }
      .letter {
        font-weight: 700;
        display: inline-block;
        min-width: 1.4em;
      }
      .count {
        font-size: 1.6em;
        font-weight: 700;
        margin: 0.3em 0;
      }
      .hint,
      .private {
        color: var(--pb-muted, #454a57);
        margin: 0.3em 0;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 0.6em;
      }
      [role='alert'] {
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
        margin: 0.3em 0;
      }
      button[disabled] {
        opacity: 0.55;
        cursor: default;
      }
    `,
  ];

  /** The poll's answers in the letters' order (A first): at most four. */
  @property({ attribute: false }) answers: readonly string[] = [];

  @state() private camera: Camera = 'starting';
  @state() private scanning = false;
  @state() private scans = 0;
  @state() private read = 0;
  @state() private outside = 0;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('video') private video!: HTMLVideoElement;

  private readonly i18n = new I18nController(this);
  private readonly tally = new CardTally();
  private detector?: CardDetector;
  private stream?: MediaStream;
  private canvas?: CanvasRenderingContext2D;
  private closed = false;

  override render() {
    const { t } = this.i18n;
    return html`<dialog aria-labelledby="title" @close=${this.onClosed} @keydown=${keepKeys}>
      <h2 id="title">${t('cards:scan.title')}</h2>
      <div class="layout">
        <div>
          <video muted playsinline aria-label=${t('cards:scan.camera')}></video>
          <p class="private">${t('cards:scan.private')}</p>
        </div>
        <div>
          <p class="hint">${t('cards:scan.how')}</p>
          <ol class="letters">
            ${this.answers.map((answer, i) => html`<li><span class="letter">${LETTERS[i]}</span> ${answer}</li>`)}
          </ol>
          <p class="count" role="status">
            ${
              this.scanning
                ? t('cards:scan.scanning')
                : this.camera === 'starting'
                  ? t('cards:scan.starting')
                  : this.scans
                    ? t('cards:scan.read', { count: this.read })
                    : t('cards:scan.none')
            }
          </p>
          ${this.outside ? html`<p class="hint">${t('cards:scan.outside', { count: this.outside })}</p>` : nothing}
          <p role="alert">${this.cameraMessage()}</p>
        </div>
      </div>
      <div class="controls">
        <button
          class=${this.scans ? '' : 'primary'}
          ?disabled=${this.camera !== 'on' || this.scanning}
          @click=${this.scan}
        >
          ${t(this.scans ? 'cards:scan.again' : 'cards:scan.scan')}
        </button>
        <button class="primary" ?disabled=${this.read - this.outside <= 0 || this.scanning} @click=${this.add}>
          ${t('cards:scan.add', { count: this.read - this.outside })}
        </button>
        <button @click=${() => this.dialog.close()}>${t('cards:scan.cancel')}</button>
      </div>
    </dialog>`;
  }

  private cameraMessage(): string {
    const { t } = this.i18n;
    switch (this.camera) {
      case 'refused':
        return t('cards:scan.refused');
      case 'missing':
        return t('cards:scan.noCamera');
      case 'failed':
        return t('cards:scan.failed');
      default:
        return '';
    }
  }

  override firstUpdated(): void {
    this.dialog.showModal();
    void this.startCamera();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCamera();
  }

  private async startCamera(): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) {
      // No camera API: no device, or a page not served from this computer (browsers allow cameras there only).
      this.camera = 'missing';
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
      if (this.closed) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      this.stream = stream;
      this.video.srcObject = stream;
      await this.video.play();
      this.camera = 'on';
    } catch (error) {
      const name = (error as DOMException).name;
      this.camera =
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'refused'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'missing'
            : 'failed';
    }
  }

  private stopCamera(): void {
    this.closed = true;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = undefined;
    if (this.video) this.video.srcObject = null;
  }

  /** One scan: reads frames for a moment, each card's last answer kept, added to the scans before. */
  private async scan(): Promise<void> {
    this.scanning = true;
    this.detector ??= new CardDetector();
    const started = performance.now();
    let frames = 0;
    while (!this.closed && (frames < MIN_FRAMES || performance.now() - started < SCAN_MS)) {
      await nextFrame();
      const frame = this.grab();
      if (!frame) continue;
      this.tally.merge(this.detector.read(frame));
      frames++;
    }
    this.scans++;
    this.read = this.tally.cards;
    this.outside = this.tally.outside(this.answers.length);
    this.scanning = false;
  }

  /** The video's current picture as pixels, in memory only. */
  private grab(): ImageData | undefined {
    const { videoWidth: width, videoHeight: height } = this.video;
    if (!width || !height) return undefined;
    if (!this.canvas || this.canvas.canvas.width !== width || this.canvas.canvas.height !== height) {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      this.canvas = canvas.getContext('2d', { willReadFrequently: true }) ?? undefined;
    }
    if (!this.canvas) return undefined;
    this.canvas.drawImage(this.video, 0, 0, width, height);
    return this.canvas.getImageData(0, 0, width, height);
  }

  private add(): void {
    const counts = this.tally.counts(this.answers.length);
    // The card numbers go no further: only the counts leave the scanner.
    this.tally.clear();
    this.dispatchEvent(new CustomEvent('pb-cards-counted', { detail: { counts }, bubbles: true, composed: true }));
    this.dialog.close();
  }

  private onClosed(): void {
    this.tally.clear();
    this.stopCamera();
    this.dispatchEvent(new Event('close'));
  }
}

/** Keys pressed in the scanner stay there: reveal.js must not change slides behind it. */
function keepKeys(event: KeyboardEvent): void {
  event.stopPropagation();
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-card-scan': PbCardScan;
  }
}
