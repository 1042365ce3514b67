import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Answer } from '../../protocol/answer';
import type { PublicPoll } from '../../protocol/poll';
import { I18nController } from '../../i18n/i18n-controller';
import { controlStyles } from '../styles';

// The protocol's limits, restated as numbers so the phone's bundle does not carry the schema module.
const WORD_LENGTH = 25;
const TEXT_LENGTH = 280;

interface Draft {
  /** Chosen option ids (single, multiple, quiz), or the scale value as a string. */
  chosen: string[];
  words: string[];
  text: string;
  order: string[];
}

function draftOf(poll: PublicPoll, answer: Answer | undefined): Draft {
  const a = answer?.kind === poll.kind ? answer : undefined;
  const options = 'options' in poll ? poll.options.map((o) => o.id) : [];
  return {
    chosen:
      a?.kind === 'single' || a?.kind === 'quiz'
        ? [a.optionId]
        : a?.kind === 'multiple'
          ? [...a.optionIds]
          : a?.kind === 'scale'
            ? [String(a.value)]
            : [],
    words: a?.kind === 'wordcloud' ? [...a.entries] : [],
    text: a?.kind === 'open' ? a.text : '',
    order: a?.kind === 'ranking' ? [...a.order] : options,
  };
}

/**
 * A poll as a student answers it on a phone: radio buttons, check boxes, a scale, up to three words, a short
 * text, or a list to put in order with "up" and "down" buttons (no dragging needed). Every target is at least
 * 44 px high and everything works from a keyboard and a screen reader.
 *
 * @fires pb-answer - When the student sends an answer; `detail.answer` is the protocol's `Answer`. Bubbles, composed.
 */
@customElement('pb-poll-form')
export class PbPollForm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        font-size: 1.25rem;
        font-weight: 700;
        margin-bottom: 0.5rem;
        padding: 0;
      }
      .hint {
        margin: 0 0 0.75rem;
        color: var(--pb-muted, #454a57);
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        min-height: 2.75rem;
        padding: 0.5rem 0.75rem;
        margin-bottom: 0.5rem;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
        box-sizing: border-box;
      }
      .choice:has(:checked) {
        border-color: var(--pb-accent, #0a4a94);
        box-shadow: inset 0 0 0 1px var(--pb-accent, #0a4a94);
      }
      .choice input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        flex: none;
      }
      .scale {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(2.75rem, 1fr));
        gap: 0.4rem;
      }
      .scale .choice {
        flex-direction: column;
        justify-content: center;
        gap: 0.25rem;
        padding: 0.4rem 0;
      }
      .ends {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        margin: 0.25rem 0 0.75rem;
        font-size: 0.95rem;
      }
      .field {
        display: block;
        margin-bottom: 0.75rem;
      }
      input[type='text'],
      textarea {
        display: block;
        width: 100%;
        box-sizing: border-box;
        font: inherit;
        min-height: 2.75rem;
        margin-top: 0.25rem;
        padding: 0.4rem 0.6rem;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
      }
      textarea {
        min-height: 7rem;
        resize: vertical;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      ol li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.4rem 0.5rem;
        margin-bottom: 0.5rem;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
      }
      .place {
        font-weight: 700;
        min-width: 1.5rem;
      }
      .item {
        flex: 1;
        overflow-wrap: anywhere;
      }
      ol button {
        min-width: 2.75rem;
        padding: 0;
      }
      .send {
        width: 100%;
        margin-top: 0.75rem;
      }
    `,
  ];

  /** The poll to answer. */
  @property({ attribute: false }) poll?: PublicPoll;
  /** This phone's answer so far, shown so it can be changed. */
  @property({ attribute: false }) answer?: Answer;
  /**
   * The language the poll was written in (the deck's): its question and options carry it, so a screen reader
   * on a phone set to another language still reads them in theirs. The form's own words follow the phone.
   */
  @property({ attribute: 'content-lang' }) contentLang?: string;

  @state() private draft: Draft = { chosen: [], words: [], text: '', order: [] };
  /** What the ranking's live region says after a move. */
  @state() private moved = '';

  private readonly i18n = new I18nController(this);

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new poll starts from this phone's earlier answer to it, if any; the student's edits are kept otherwise.
    const before = changed.get('poll') as PublicPoll | undefined;
    if (changed.has('poll') && this.poll && before?.id !== this.poll.id) this.draft = draftOf(this.poll, this.answer);
  }

  override render() {
    const poll = this.poll;
    if (!poll) return '';
    const { t } = this.i18n;
    const answer = this.toAnswer();
    return html`<form @submit=${this.send}>
      <fieldset>
        <legend><span lang=${this.contentLang ?? nothing}>${poll.question}</span></legend>
        ${this.renderKind(poll)}
      </fieldset>
      <button class="primary send" ?disabled=${!answer}>
        ${t(this.answer ? 'join:form.sendAgain' : 'join:form.send')}
      </button>
    </form>`;
  }

  private renderKind(poll: PublicPoll): TemplateResult {
    const { t } = this.i18n;
    const d = this.draft;
    switch (poll.kind) {
      case 'single':
      case 'quiz':
      case 'multiple': {
        const multiple = poll.kind === 'multiple';
        const max = multiple ? (poll.maxChoices ?? poll.options.length) : 1;
        return html`<p class="hint">
            ${multiple ? t('join:form.chooseUpTo', { count: max }) : t('join:form.chooseOne')}
          </p>
          ${poll.options.map((o) => {
            const checked = d.chosen.includes(o.id);
            return html`<label class="choice"
              ><input
                type=${multiple ? 'checkbox' : 'radio'}
                name="choice"
                .checked=${checked}
                ?disabled=${multiple && !checked && d.chosen.length >= max}
                @change=${(e: Event) => this.choose(o.id, (e.target as HTMLInputElement).checked, multiple)}
              /><span lang=${this.contentLang ?? nothing}>${o.label}</span></label
            >`;
          })}`;
      }
      case 'scale': {
        const values: number[] = [];
        for (let v = poll.min; v <= poll.max; v++) values.push(v);
        return html`<p class="ends" aria-hidden="true">
            <span lang=${this.contentLang ?? nothing}>${poll.min} = ${poll.minLabel}</span
            ><span lang=${this.contentLang ?? nothing}>${poll.max} = ${poll.maxLabel}</span>
          </p>
          <div class="scale">
            ${values.map(
              (v) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="scale"
                    .checked=${d.chosen[0] === String(v)}
                    @change=${() => this.update1({ chosen: [String(v)] })}
                  />${v}<span class="visually-hidden" lang=${this.contentLang ?? nothing}
                    >${v === poll.min ? ` (${poll.minLabel})` : v === poll.max ? ` (${poll.maxLabel})` : ''}</span
                  ></label
                >`,
            )}
          </div>`;
      }
      case 'wordcloud': {
        const max = poll.maxEntries;
        return html`<p class="hint">${t('join:form.words', { count: max, length: WORD_LENGTH })}</p>
          ${Array.from(
            { length: max },
            (_, i) =>
              html`<label class="field"
                >${t('join:form.word', { n: i + 1 })}<input
                  type="text"
                  maxlength=${WORD_LENGTH}
                  autocomplete="off"
                  .value=${d.words[i] ?? ''}
                  @input=${(e: Event) => {
                    const words = [...d.words];
                    words[i] = (e.target as HTMLInputElement).value;
                    this.update1({ words });
                  }}
              /></label>`,
          )}`;
      }
      case 'open':
        return html`<label class="field"
            >${t('join:form.text')}<textarea
              maxlength=${TEXT_LENGTH}
              aria-describedby="left"
              .value=${d.text}
              @input=${(e: Event) => this.update1({ text: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
          </label>
          <p class="hint" id="left">${t('join:form.left', { count: TEXT_LENGTH - d.text.length })}</p>`;
      case 'ranking': {
        const label = (id: string) => poll.options.find((o) => o.id === id)?.label ?? id;
        const n = d.order.length;
        return html`<p class="hint">${t('join:form.rank')}</p>
          <ol>
            ${d.order.map(
              (id, i) =>
                html`<li>
                  <span class="place" aria-hidden="true">${i + 1}</span
                  ><span class="item" lang=${this.contentLang ?? nothing}>${label(id)}</span>
                  <button
                    type="button"
                    data-move="up"
                    data-id=${id}
                    aria-label=${t('join:form.up', { item: label(id) })}
                    ?disabled=${i === 0}
                    @click=${() => this.move(i, -1, label(id))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    data-id=${id}
                    aria-label=${t('join:form.down', { item: label(id) })}
                    ?disabled=${i === n - 1}
                    @click=${() => this.move(i, 1, label(id))}
                  >
                    ↓
                  </button>
                </li>`,
            )}
          </ol>
          <p class="visually-hidden" role="status">${this.moved}</p>`;
      }
    }
  }

  private update1(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  private choose(id: string, checked: boolean, multiple: boolean): void {
    const others = multiple ? this.draft.chosen.filter((c) => c !== id) : [];
    this.update1({ chosen: checked ? [...others, id] : others });
  }

  private async move(index: number, step: -1 | 1, label: string): Promise<void> {
    const order = [...this.draft.order];
    const [id] = order.splice(index, 1);
    order.splice(index + step, 0, id!);
    this.update1({ order });
    const place = index + step;
    this.moved = this.i18n.t('join:form.moved', { item: label, place: place + 1, total: order.length });
    await this.updateComplete;
    // Keep the focus on the item that moved; at an end, on the button that can still move it.
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>(`button[data-id="${CSS.escape(id!)}"]`);
    const same = [...buttons].find((b) => b.dataset.move === (step < 0 ? 'up' : 'down'));
    (same && !same.disabled ? same : [...buttons].find((b) => !b.disabled))?.focus();
  }

  /** The answer the form holds now, or null while it is incomplete. */
  private toAnswer(): Answer | null {
    const poll = this.poll;
    const d = this.draft;
    if (!poll) return null;
    switch (poll.kind) {
      case 'single':
      case 'quiz':
        return d.chosen[0] ? { kind: poll.kind, optionId: d.chosen[0] } : null;
      case 'multiple':
        return d.chosen.length ? { kind: 'multiple', optionIds: d.chosen } : null;
      case 'scale':
        return d.chosen[0] ? { kind: 'scale', value: Number(d.chosen[0]) } : null;
      case 'wordcloud': {
        const entries = d.words.map((w) => (w ?? '').trim()).filter(Boolean);
        return entries.length ? { kind: 'wordcloud', entries } : null;
      }
      case 'open':
        return d.text.trim() ? { kind: 'open', text: d.text.trim() } : null;
      case 'ranking':
        return { kind: 'ranking', order: d.order };
    }
  }

  private send(event: Event): void {
    event.preventDefault();
    const answer = this.toAnswer();
    if (!answer) return;
    this.dispatchEvent(new CustomEvent('pb-answer', { detail: { answer }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-poll-form': PbPollForm;
  }
  interface GlobalEventHandlersEventMap {
    'pb-answer': CustomEvent<{ answer: Answer }>;
  }
}
