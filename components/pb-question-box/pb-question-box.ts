import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LIMITS } from '../../protocol/limits';
import type { TextCount } from '../../protocol/moderation';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { ActivityHostController } from '../activity-host-controller';
import { activityStyles } from '../activity-styles';
import { FieldKeys } from '../field-keys';

/**
 * The anonymous question box on a slide, written in a deck's Markdown (see decks/README.md):
 *
 *     <pb-question-box id="questions"></pb-question-box>
 *
 * In a live session students send questions from the join page at any moment (the protocol's `question:ask`);
 * each waits in the console's moderation queue, and only those the facilitator approves come back to the slide
 * (`questions:updated`). Even then the slide shows a count until the facilitator chooses "Show the questions",
 * then one question at a time, in large type. Without a session the questions come on paper slips: the
 * facilitator reads them, types the ones to answer, and shows them the same way. Every question is bound as
 * text, never as HTML.
 *
 * @attr showing - Set while a question is on screen (the slide makes room for it).
 * @csspart box - The whole activity.
 * @csspart question - The question on screen.
 */
@customElement('pb-question-box')
export class PbQuestionBox extends LitElement {
  static override styles = [
    activityStyles,
    css`
      :host {
        font-size: 0.8em;
      }
      .status {
        font-weight: 700;
      }
      form label {
        flex: 1 0 100%;
      }
      textarea {
        font: inherit;
        flex: 1 1 20em;
        min-height: 2.75rem;
        box-sizing: border-box;
        padding: 0.2em 0.4em;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
        color: inherit;
        resize: vertical;
      }
      figure {
        margin: 0.4em 0;
      }
      .me-too {
        margin: 0.2em 0 0;
        color: var(--pb-muted, #454a57);
        font-size: 0.8em;
      }
      figcaption {
        color: var(--pb-muted, #454a57);
        font-size: 0.8em;
      }
      [part='question'] {
        margin: 0.2em 0;
        padding: 0.3em 0.8em;
        border-left: 0.25em solid var(--pb-accent, #0a4a94);
        background: var(--pb-surface, #fff);
        font-size: 1.25em;
        font-weight: 700;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  /** The questions are on the slide (the facilitator chose to show them). */
  @state() private shown = false;
  /** Which question is on screen. */
  @state() private index = 0;
  /** Without a session: the questions the facilitator typed from the paper slips. */
  @state() private typed: readonly TextCount[] = [];
  @state() private draft = '';

  private readonly i18n = new I18nController(this);
  private readonly activity = new ActivityHostController(this);

  constructor() {
    super();
    new FieldKeys(this);
  }

  private get live(): boolean {
    return this.activity.host.state.mode === 'live';
  }

  /**
   * The questions the group may see: approved in the console (live), most "me too"s shown first (by the count the
   * group may see only, so the order tells nothing the counts under the minimum hide), or typed by the facilitator.
   */
  get questions(): readonly (TextCount & { readonly meToo?: number | null })[] {
    if (!this.live) return this.typed;
    return [...(this.activity.host.questions?.() ?? [])].sort((a, b) => (b.meToo ?? 0) - (a.meToo ?? 0));
  }

  override render() {
    const { t } = this.i18n;
    const questions = this.questions;
    const count = questions.length;
    const shown = this.shown && count > 0;
    return html`<section part="box" aria-labelledby="kicker">
      <p class="kicker" id="kicker">${t('activities:questionBox.label')}</p>
      ${shown ? this.renderQuestion(questions) : nothing}
      <div ?hidden=${shown}>
        ${
          // Hidden, not removed, while a question shows: a typed draft and its field stay as they were.
          html`${
            this.live
              ? html`<p class="hint">${t('activities:questionBox.livePrompt')}</p>
                  <p class="status" aria-live="polite">
                    ${count ? t('activities:questionBox.approved', { count }) : t('activities:questionBox.none')}
                  </p>`
              : this.renderForm()
          }
          ${
            count
              ? html`<div class="controls">
                  <button class="primary toggle" @click=${() => this.toggle(true)}>
                    ${t('activities:questionBox.show')}
                  </button>
                </div>`
              : nothing
          }`
        }
      </div>
    </section>`;
  }

  override updated(): void {
    // The slide hides its own bullets while a question is on screen (app/theme/deck.css): the question gets the room.
    this.toggleAttribute('showing', this.shown && this.questions.length > 0);
  }

  /** Shows or hides the questions; the keyboard stays on the button that does the reverse. */
  private async toggle(shown: boolean): Promise<void> {
    this.shown = shown;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.toggle')?.focus();
  }

  private renderForm(): TemplateResult {
    const { t } = this.i18n;
    return html`<p class="hint" id="hands-hint">${t('activities:questionBox.handsPrompt')}</p>
      <form @submit=${this.add}>
        <label for="question">${t('activities:questionBox.questionLabel')}</label>
        <textarea
          id="question"
          rows="2"
          maxlength=${LIMITS.askLength}
          aria-describedby="hands-hint"
          .value=${this.draft}
          @keydown=${this.onKeyDown}
          @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <button ?disabled=${!this.draft.trim()}>${t('activities:questionBox.add')}</button>
      </form>
      <p class="status" aria-live="polite">
        ${this.typed.length ? t('activities:questionBox.ready', { count: this.typed.length }) : ''}
      </p>`;
  }

  private renderQuestion(questions: readonly (TextCount & { readonly meToo?: number | null })[]): TemplateResult {
    const { t } = this.i18n;
    const index = Math.min(this.index, questions.length - 1);
    const question = questions[index]!;
    return html`<figure>
        <figcaption id="position" aria-live="polite">
          ${t('activities:questionBox.position', { n: index + 1, total: questions.length })}
        </figcaption>
        <blockquote part="question" aria-describedby="position">${question.text}</blockquote>
        ${
          question.meToo == null
            ? nothing
            : html`<p class="me-too">${t('activities:questionBox.meToo', { n: question.meToo })}</p>`
        }
      </figure>
      <div class="controls">
        <button ?disabled=${index === 0} @click=${() => (this.index = index - 1)}>
          ${t('activities:questionBox.previous')}
        </button>
        <button ?disabled=${index === questions.length - 1} @click=${() => (this.index = index + 1)}>
          ${t('activities:questionBox.next')}
        </button>
        ${
          this.live
            ? nothing
            : html`<button @click=${() => this.removeTyped(index)}>${t('activities:questionBox.remove')}</button>`
        }
        <button class="toggle" @click=${() => this.toggle(false)}>${t('activities:questionBox.hide')}</button>
      </div>`;
  }

  /** Enter adds the question (Shift+Enter starts a new line); no key leaves for reveal.js (`FieldKeys`). */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.renderRoot.querySelector('form')?.requestSubmit();
    }
  };

  private add(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.draft
      .replace(/[^\S\n]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (!text) return;
    this.typed = [...this.typed, { text, count: 1 }];
    this.draft = '';
  }

  private async removeTyped(index: number): Promise<void> {
    this.typed = this.typed.filter((_, i) => i !== index);
    this.index = Math.max(0, Math.min(index, this.typed.length - 1));
    if (!this.typed.length) {
      this.shown = false;
      await this.updateComplete;
      this.renderRoot.querySelector('textarea')?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-question-box': PbQuestionBox;
  }
}
