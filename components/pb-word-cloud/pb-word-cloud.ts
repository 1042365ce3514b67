import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { LIMITS } from '../../protocol/limits';
import type { TextCount } from '../../protocol/moderation';
import type { PollDefinitionInput } from '../../protocol/poll';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { activityStyles } from '../activity-styles';
import { ClassPoll } from '../class-poll';
import { renderTally } from '../poll-results';
import { layoutCloud } from './cloud-layout';
import { wordCloudPoll } from './word-cloud-definition';

/** More words than this stay in the list only: a picture of 200 words reads as noise from the back row. */
const PICTURE_WORDS = 60;
/** A word's type size, in em of the element's: the least frequent's, and the most frequent's (less when many). */
const SMALLEST = 0.8;
const largest = (words: number): number => (words <= 12 ? 2.4 : words <= 25 ? 1.8 : 1.4);
/** Crowded words shrink together down to this (0.6 em for the smallest: still read from the back row). */
const MIN_SCALE = 0.75;

/**
 * A word cloud on a slide, written in a deck's Markdown (see decks/README.md):
 *
 *     <pb-word-cloud id="feelings" question="In one word: how might Sam feel?" max-entries="2"></pb-word-cloud>
 *
 * Attributes: `id`, `question`, `max-entries` (1 to 3 words per student, default 3), `min-responses` (default 5).
 * In a live session students send words from their phones (a `wordcloud` poll); a word reaches the slide only
 * once the facilitator approved it in the console and showed the results: the slide draws the words the
 * server's tally holds, and the tally holds approved words only. Without a session the facilitator types the
 * words the group says, and a word said again counts again.
 *
 * The picture sizes each word by how often it came, places them without overlaps (cloud-layout.ts) and is hidden
 * from screen readers: they read the same words as a list, most frequent first, with their counts. Every word is
 * bound as text, never as HTML.
 *
 * @csspart cloud - The whole activity.
 * @csspart picture - The drawn cloud.
 */
@customElement('pb-word-cloud')
export class PbWordCloud extends LitElement {
  static override styles = [
    activityStyles,
    css`
      :host {
        font-size: 0.8em;
      }
      .question {
        margin: 0.1em 0 0.3em;
        font-size: 1.25em;
        font-weight: 700;
      }
      [part='picture'] {
        position: relative;
        height: 8em;
        overflow: hidden;
        --scale: 1;
      }
      .word {
        position: absolute;
        left: 0;
        top: 0;
        padding: 0 0.12em;
        white-space: nowrap;
        /* Tall enough to hold the letters' ascenders and descenders: the layout keeps these boxes apart. */
        line-height: 1.15;
        font-weight: 700;
        font-size: calc(var(--size) * var(--scale));
        color: var(--pb-accent, #0a4a94);
        /* Shown once placed: a word never flashes on top of another. */
        visibility: hidden;
      }
      .word:nth-child(3n + 2) {
        color: var(--pb-ink, #15161f);
      }
      .word:nth-child(3n) {
        color: var(--pb-correct, #1d6b2f);
      }
      .pages {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4em;
        margin: 0.2em 0;
      }
      .more {
        margin: 0 auto 0 0;
        font-weight: 700;
        color: var(--pb-muted, #454a57);
      }
      form input.field {
        padding: 0 0.4em;
        width: 12em;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em;
        margin: 0.3em 0;
        padding: 0;
        list-style: none;
        font-size: 0.8em;
      }
      .chips li {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        padding-left: 0.5em;
        border: 1px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
        overflow-wrap: anywhere;
      }
      .chips .times {
        color: var(--pb-muted, #454a57);
      }
      .chips button {
        min-width: 2.75rem;
        padding: 0 0.4em;
        border-width: 1px;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  /**
   * The words each earlier page of the picture showed: more words than fit go on the next page, which the
   * facilitator turns to ("+12 more", then "Next words").
   */
  @state() private earlierPages: readonly (readonly string[])[] = [];
  /** How many words wait for a later page (found by `arrange()` once the words are measured). */
  @state() private waiting = 0;
  /** Show of hands: the words the facilitator typed, with how many times each was said. */
  @state() private typed: readonly TextCount[] = [];
  @state() private draft = '';

  private readonly i18n = new I18nController(this);
  private readonly classPoll = new ClassPoll(this, () => this.definition);
  private arranged = '';
  private fontsLoaded = 0;
  private readonly resize = new ResizeObserver(() => this.arrange());
  private readonly onFontsLoaded = (): void => {
    this.fontsLoaded++;
    this.arrange();
  };

  /** The `wordcloud` poll students answer. */
  get definition(): PollDefinitionInput {
    return wordCloudPoll(Object.fromEntries([...this.attributes].map((a) => [a.name, a.value])));
  }

  /** The class polls of this activity, for the facilitator console (app/present.ts reports them per slide). */
  polls(): PollDefinitionInput[] {
    return [this.definition];
  }

  /**
   * The words the group may see, most frequent first: in a live session the revealed tally's (approved words
   * only, counted by the server), otherwise those the facilitator typed.
   */
  get words(): readonly TextCount[] {
    let words: readonly TextCount[] = this.typed;
    if (this.classPoll.live) {
      const tally = this.classPoll.shown?.tally;
      words = tally?.kind === 'wordcloud' ? tally.words : [];
    }
    return [...words].sort((a, b) => b.count - a.count);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
    this.resize.disconnect();
    this.arranged = '';
  }

  override render() {
    const { t } = this.i18n;
    const poll = this.definition;
    const live = this.classPoll.live;
    return html`<section part="cloud" aria-labelledby="kicker question">
      <p class="kicker" id="kicker">${t('activities:wordCloud.label')}</p>
      <p class="question" id="question">${poll.question}</p>
      ${live ? this.renderLive(poll) : this.renderHands()}
    </section>`;
  }

  override updated(): void {
    const picture = this.renderRoot.querySelector<HTMLElement>('[part="picture"]');
    if (picture) this.resize.observe(picture);
    this.arrange();
  }

  private renderLive(poll: PollDefinitionInput): TemplateResult {
    const { t, language } = this.i18n;
    const shown = this.classPoll.shown;
    const words = this.words;
    return html`${
      shown && words.length
        ? html`${this.renderPicture(words)}
            <div class="visually-hidden">
              ${renderTally({ kind: 'wordcloud' }, { kind: 'wordcloud', words: [...words] }, shown.answerCount, t, language)}
            </div>`
        : shown
          ? html`<p class="hint">${t('poll:results.noApproved')}</p>`
          : html`<p class="hint">
              ${t('poll:wordcloudHint', { count: poll.kind === 'wordcloud' ? (poll.maxEntries ?? 3) : 3 })}
            </p>`
    }
    ${this.classPoll.render(t)}`;
  }

  private renderHands(): TemplateResult {
    const { t } = this.i18n;
    const words = this.words;
    return html`<p class="hint" id="hands-hint">${t('activities:wordCloud.handsHint')}</p>
      <form @submit=${this.add}>
        <label for="word">${t('activities:wordCloud.wordLabel')}</label>
        <input
          id="word"
          class="field"
          autocomplete="off"
          maxlength=${LIMITS.wordcloudEntryLength}
          aria-describedby="hands-hint"
          .value=${this.draft}
          @input=${(e: Event) => (this.draft = (e.target as HTMLInputElement).value)}
        />
        <button class="primary" ?disabled=${!cleanWord(this.draft)}>${t('activities:wordCloud.add')}</button>
      </form>
      ${words.length ? this.renderPicture(words) : html`<p class="hint">${t('activities:wordCloud.empty')}</p>`}
      ${
        words.length
          ? html`<ul class="chips" aria-label=${t('activities:wordCloud.listLabel')}>
              ${repeat(
                words,
                (w) => w.text,
                (w) =>
                  html`<li>
                    <span>${w.text}</span>
                    <span class="times">${t('activities:wordCloud.times', { count: w.count })}</span>
                    <button
                      aria-label=${t('activities:wordCloud.remove', { word: w.text })}
                      @click=${() => this.removeWord(w.text)}
                    >
                      ×
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  /** The drawn cloud: each word sized by its count, then placed by `arrange()` once it can be measured. */
  private renderPicture(words: readonly TextCount[]): TemplateResult {
    const earlier = new Set(this.earlierPages.flat());
    const drawn = words.filter((w) => !earlier.has(w.text)).slice(0, PICTURE_WORDS);
    const most = drawn[0]?.count ?? 1;
    const least = drawn.at(-1)?.count ?? 1;
    const top = largest(drawn.length);
    const size = (count: number): number =>
      most === least ? (SMALLEST + top) / 2 : SMALLEST + (top - SMALLEST) * Math.sqrt((count - least) / (most - least));
    return html`<div part="picture" aria-hidden="true">
        ${repeat(
          drawn,
          (w) => w.text,
          (w) =>
            html`<span
              class="word"
              data-key=${`${w.count}:${w.text}`}
              data-text=${w.text}
              style=${styleMap({ '--size': `${size(w.count)}em` })}
              >${w.text}</span
            >`,
        )}
      </div>
      ${this.renderPages()}`;
  }

  /**
   * Under the picture, when it could not show every word: how many more there are, and the buttons that turn
   * its pages (screen readers have every word in the list already, so the pages are for the eyes).
   */
  private renderPages(): TemplateResult | typeof nothing {
    const { t } = this.i18n;
    const page = this.earlierPages.length;
    if (!this.waiting && !page) return nothing;
    return html`<div class="pages">
      <p class="more" aria-live="polite">
        ${this.waiting ? t('activities:wordCloud.more', { count: this.waiting }) : t('activities:wordCloud.lastPage')}
      </p>
      ${
        page
          ? html`<button class="previous-words" @click=${this.previousPage}>
              ${t('activities:wordCloud.previousWords')}
            </button>`
          : nothing
      }
      ${
        this.waiting
          ? html`<button class="next-words" @click=${this.nextPage}>${t('activities:wordCloud.nextWords')}</button>`
          : nothing
      }
    </div>`;
  }

  /** The words on the picture now go to the earlier pages; the next ones are drawn. */
  private readonly nextPage = (): void => {
    const picture = this.renderRoot.querySelector<HTMLElement>('[part="picture"]');
    const shown = [...(picture?.querySelectorAll<HTMLElement>('.word') ?? [])]
      .filter((span) => span.style.visibility === 'visible')
      .map((span) => span.dataset.text ?? '');
    if (shown.length) this.earlierPages = [...this.earlierPages, shown];
    void this.keepFocus('.next-words', '.previous-words');
  };

  private readonly previousPage = (): void => {
    this.earlierPages = this.earlierPages.slice(0, -1);
    void this.keepFocus('.previous-words', '.next-words');
  };

  /** After a turn of page the keyboard stays on the same button, or on the other one once it is gone. */
  private async keepFocus(same: string, other: string): Promise<void> {
    // The page's words are counted once drawn (`arrange()`), which updates the element again: wait for both.
    while (!(await this.updateComplete));
    (this.renderRoot.querySelector<HTMLElement>(same) ?? this.renderRoot.querySelector<HTMLElement>(other))?.focus();
  }

  /**
   * Measures the words at their own size, lays them out without overlaps and moves them there. Positions are
   * shares of the picture, so a slide that reveal.js scales keeps its layout; done again when the words, the
   * picture's size or the loaded fonts change.
   */
  private arrange(): void {
    const picture = this.renderRoot.querySelector<HTMLElement>('[part="picture"]');
    if (!picture) return;
    const spans = [...picture.querySelectorAll<HTMLElement>('.word')];
    const frame = picture.getBoundingClientRect();
    const key = JSON.stringify([spans.map((s) => s.dataset.key), frame.width, frame.height, this.fontsLoaded]);
    if (key === this.arranged || !frame.width || !frame.height) return;
    this.arranged = key;
    picture.style.setProperty('--scale', '1');
    const boxes = spans.map((span) => {
      const box = span.getBoundingClientRect();
      return { width: box.width, height: box.height };
    });
    const { placements, scale } = layoutCloud(boxes, frame, { gap: frame.height / 100, minScale: MIN_SCALE });
    picture.style.setProperty('--scale', String(scale));
    spans.forEach((span, i) => {
      const place = placements[i];
      span.style.visibility = place ? 'visible' : 'hidden';
      if (!place) return;
      span.style.left = `${(place.x / frame.width) * 100}%`;
      span.style.top = `${(place.y / frame.height) * 100}%`;
    });
    // Every word not on this page nor an earlier one waits for a later page.
    const earlier = this.earlierPages.reduce((sum, page) => sum + page.length, 0);
    this.waiting = Math.max(0, this.words.length - earlier - placements.filter(Boolean).length);
  }

  private add(event: SubmitEvent): void {
    event.preventDefault();
    const text = cleanWord(this.draft);
    if (!text) return;
    const same = (w: TextCount) =>
      w.text.toLocaleLowerCase(this.i18n.language) === text.toLocaleLowerCase(this.i18n.language);
    this.typed = this.typed.some(same)
      ? this.typed.map((w) => (same(w) ? { ...w, count: w.count + 1 } : w))
      : [...this.typed, { text, count: 1 }];
    this.draft = '';
  }

  private removeWord(text: string): void {
    this.typed = this.typed.filter((w) => w.text !== text);
    this.renderRoot.querySelector<HTMLInputElement>('#word')?.focus();
  }
}

/** A typed word as the phones' would be: no control characters, one space between words, 25 characters. */
function cleanWord(typed: string): string {
  const text = typed
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].slice(0, LIMITS.wordcloudEntryLength).join('');
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-word-cloud': PbWordCloud;
  }
}
