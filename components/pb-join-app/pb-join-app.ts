import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import type { Answer } from '../../protocol/answer';
import { I18nController } from '../../i18n/i18n-controller';
import type { StudentSession, StudentState } from '../student-session';
import { controlStyles } from '../styles';
import '../pb-help-card/pb-help-card';
import '../pb-language-picker/pb-language-picker';
import '../pb-poll-form/pb-poll-form';

const QUESTION_LENGTH = 280;

/**
 * The students' join page: type the code from the screen (or arrive with it from the QR code), wait for a
 * question, answer it, change the answer until the poll closes, ask an anonymous question at any time, and
 * find where to get help at the end. Never asks for a name. Status changes are read out by screen readers.
 */
@customElement('pb-join-app')
export class PbJoinApp extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        max-width: 36rem;
        margin: 0 auto;
        padding: 0.75rem 1rem 2rem;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        line-height: 1.45;
        font-size: 1.1rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
        font-size: 1rem;
      }
      h1 {
        font-size: 1.5rem;
        margin: 1rem 0 0.75rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.25rem;
      }
      p {
        margin: 0 0 0.75rem;
      }
      label.code {
        display: block;
        font-weight: 700;
      }
      input,
      textarea {
        display: block;
        width: 100%;
        box-sizing: border-box;
        font: inherit;
        min-height: 2.75rem;
        margin: 0.25rem 0 0.75rem;
        padding: 0.4rem 0.6rem;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
      }
      #code {
        font-size: 1.6rem;
        letter-spacing: 0.15em;
        text-transform: uppercase;
      }
      textarea {
        min-height: 5rem;
      }
      form button {
        width: 100%;
      }
      .status {
        min-height: 1.5em;
        margin: 0.75rem 0;
        font-weight: 700;
      }
      .status:empty {
        margin: 0;
      }
      .ok {
        color: var(--pb-correct, #1d6b2f);
      }
      [role='alert'] {
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
      }
      .questions {
        padding: 0;
        list-style: none;
      }
      .questions li {
        margin-bottom: 1rem;
      }
      .questions p {
        margin: 0 0 0.25rem;
      }
      .questions span {
        margin-left: 0.75rem;
      }
      .ask {
        margin-top: 2rem;
        padding-top: 1rem;
        border-top: 1px solid var(--pb-border, #8a8f9c);
      }
      .muted,
      footer {
        color: var(--pb-muted, #454a57);
      }
      footer {
        margin-top: 2rem;
        font-size: 0.95rem;
      }
      details {
        margin-top: 1rem;
      }
      summary {
        min-height: 2.75rem;
        display: flex;
        align-items: center;
        cursor: pointer;
        color: var(--pb-accent, #0a4a94);
        font-weight: 700;
      }
    `,
  ];

  /** The class session as this phone sees it. */
  @property({ attribute: false }) session?: StudentSession;

  @state() private question = '';
  /** `waiting`: refused for the rate, as when this phone's questions still wait for the facilitator. */
  @state() private asked: '' | 'sending' | 'sent' | 'failed' | 'waiting' = '';
  /** What changed for the class (a question opened or closed, the next deck), read out by screen readers. */
  @state() private announcement = '';
  /** The phase, poll and deck last rendered: a change of any of them starts a new moment of the lesson. */
  private moment = '';
  private phase: StudentState['phase'] | undefined;
  private headingFocused = false;

  private readonly i18n = new I18nController(this);
  private unsubscribe?: () => void;

  override willUpdate(): void {
    // The heading is replaced with the phase: if it held the focus, the new one takes it (not the page).
    this.headingFocused = (this.renderRoot as ShadowRoot).activeElement?.localName === 'h1';
    const s = this.session?.state;
    if (!s) return;
    const moment = `${s.phase}\n${s.poll?.id ?? ''}\n${s.deckId ?? ''}`;
    if (moment === this.moment) return;
    const before = this.moment.split('\n');
    this.moment = moment;
    // "Question sent" belonged to the moment before: it does not stay under the next question.
    if (this.asked !== 'sending') this.asked = '';
    if (before.length > 1) this.announcement = this.describe(s, before[2] !== (s.deckId ?? ''));
  }

  /**
   * What changed, in a few words of its own for the live region (the page's own words are read where the focus
   * is): a question opened or closed, the session moved on to its next deck.
   */
  private describe(s: StudentState, deckChanged: boolean): string {
    const { t } = this.i18n;
    if (deckChanged) return t('join:live.moved');
    if (s.phase === 'poll') return t('join:live.opened');
    if (s.phase === 'waiting' && s.closed)
      return t(s.closed.answered ? 'join:live.closedAnswered' : 'join:live.closed');
    return '';
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    const phase = this.session?.state.phase;
    // After Join, focus goes to what the phone now says (not back to the page's top); a refused code keeps it
    // in the field, next to the error.
    if (phase !== this.phase) {
      const joined = (this.phase === 'code' || this.phase === 'joining') && phase !== 'code' && phase !== 'joining';
      const lost = this.headingFocused && !(this.renderRoot as ShadowRoot).activeElement;
      if (joined || lost) this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
      else if (this.phase === 'joining' && phase === 'code')
        this.renderRoot.querySelector<HTMLElement>('#code')?.focus();
      this.phase = phase;
    }
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
    const s = this.session?.state;
    if (!s) return nothing;
    return html`
      <header>
        <span>${t('common:kitName')}</span>
        <pb-language-picker></pb-language-picker>
      </header>
      <main>
        ${this.renderPhase(s)}
        <p class="status ${s.answerStatus === 'received' ? 'ok' : ''}" role="status">${this.statusText(s)}</p>
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${s.phase === 'waiting' || s.phase === 'poll' ? this.renderQuestions(s) : nothing}
        ${s.phase === 'waiting' || s.phase === 'poll' ? this.renderAsk() : nothing}
        ${
          s.phase === 'ended'
            ? nothing
            : html`<details>
                <summary>${t('join:help.summary')}</summary>
                <pb-help-card country=${s.country ?? DEFAULT_HELP_COUNTRY}></pb-help-card>
              </details>`
        }
      </main>
      <footer>${t('join:anonymous')}</footer>
    `;
  }

  private renderPhase(s: StudentState): TemplateResult {
    const { t } = this.i18n;
    switch (s.phase) {
      case 'code':
        return html`<h1>${t('join:code.title')}</h1>
          <form @submit=${this.join}>
            <label class="code" for="code">${t('join:code.label')}</label>
            <input
              id="code"
              name="code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              enterkeyhint="go"
              maxlength="15"
              aria-describedby="code-error"
              aria-invalid=${s.joinError ? 'true' : 'false'}
            />
            <p id="code-error" role="alert">${s.joinError ? t(`join:code.errors.${joinErrorKey(s.joinError)}`) : ''}</p>
            <button class="primary">${t('join:code.join')}</button>
          </form>`;
      case 'joining':
        return html`<h1>${t('join:joining')}</h1>`;
      case 'admission':
        // In the session, but no seat yet: the class is full until the facilitator admits more (ADR 10).
        return html`<h1 tabindex="-1">${t('join:admission.title')}</h1>
          <p>${t('join:admission.text')}</p>`;
      case 'waiting':
        return html`<h1 tabindex="-1">${t('join:waiting.title')}</h1>
          <p>
            ${s.closed ? t(s.closed.answered ? 'join:waiting.closedAnswered' : 'join:waiting.closed') : t('join:waiting.text')}
          </p>`;
      case 'poll':
        return html`<h1 tabindex="-1">${t('join:poll.title')}</h1>
          <pb-poll-form
            .poll=${s.poll}
            .answer=${s.answer}
            content-lang=${s.language ?? nothing}
            @pb-answer=${this.onAnswer}
          ></pb-poll-form>`;
      case 'ended':
        return html`<h1 tabindex="-1">${t('join:ended.title')}</h1>
          <p>${t('join:ended.text')}</p>
          <pb-help-card country=${s.country ?? DEFAULT_HELP_COUNTRY}></pb-help-card>`;
    }
  }

  private statusText(s: StudentState): string {
    const { t } = this.i18n;
    if (s.phase === 'poll' && s.answerStatus) {
      if (s.answerStatus === 'received') return t('join:answer.received');
      if (s.answerStatus === 'refused')
        return t(s.answerError === 'poll_closed' ? 'join:answer.tooLate' : 'join:answer.refused');
      return t(s.online ? 'join:answer.sending' : 'join:answer.waitingForNetwork');
    }
    return s.online || s.phase === 'code' || s.phase === 'ended' ? '' : t('join:offline');
  }

  /** The class's approved questions, each with its "me too" (pressed once sent; a count only from the minimum). */
  private renderQuestions(s: StudentState): TemplateResult | typeof nothing {
    const { t } = this.i18n;
    if (!s.questions?.length) return nothing;
    return html`<section class="ask" aria-labelledby="questions-title">
      <h2 id="questions-title">${t('join:questions.title')}</h2>
      <p class="muted">${t('join:questions.help')}</p>
      <ul class="questions">
        ${s.questions.map((question, i) => {
          const mine = s.meToo?.[question.id];
          return html`<li>
            <p id="question-${i}">${question.text}</p>
            <button
              aria-pressed=${mine ? 'true' : 'false'}
              aria-describedby="question-${i}"
              @click=${() => this.session?.meToo(question.id)}
            >
              ${t(mine === 'received' ? 'join:questions.meTooSent' : 'join:questions.meToo')}
            </button>
            ${question.meToo === null ? nothing : html`<span>${t('join:questions.count', { n: question.meToo })}</span>`}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderAsk(): TemplateResult {
    const { t } = this.i18n;
    const feedback = this.asked === 'sending' || this.asked === '' ? '' : t(`join:ask.${this.asked}`);
    return html`<section class="ask" aria-labelledby="ask-title">
      <h2 id="ask-title">${t('join:ask.title')}</h2>
      <p class="muted" id="ask-help">${t('join:ask.help')}</p>
      <form @submit=${this.ask}>
        <label class="visually-hidden" for="ask">${t('join:ask.label')}</label>
        <textarea
          id="ask"
          maxlength=${QUESTION_LENGTH}
          aria-describedby="ask-help"
          .value=${this.question}
          @input=${(e: Event) => (this.question = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <button ?disabled=${!this.question.trim() || this.asked === 'sending'}>${t('join:ask.send')}</button>
        <p role="status" class=${this.asked === 'sent' ? 'ok' : ''}>${feedback}</p>
      </form>
    </section>`;
  }

  private join(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    this.session?.join(input.value);
  }

  private onAnswer(event: CustomEvent<{ answer: Answer }>): void {
    this.session?.answer(event.detail.answer);
  }

  private async ask(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.session || !this.question.trim()) return;
    this.asked = 'sending';
    const result = await this.session.ask(this.question);
    this.asked = result.ok ? 'sent' : result.error.code === 'rate_limited' ? 'waiting' : 'failed';
    if (result.ok) this.question = '';
  }
}

/** The join errors a student can do something about, each with its own advice. */
function joinErrorKey(code: string): string {
  return ['rate_limited', 'too_many_attempts', 'invalid_payload', 'not_found'].includes(code) ? code : 'other';
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-join-app': PbJoinApp;
  }
}
