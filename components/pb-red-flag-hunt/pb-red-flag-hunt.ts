import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { PollDefinitionInput } from '../../protocol/poll';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { activityStyles, phoneStyles } from '../activity-styles';
import { ClassPoll } from '../class-poll';
import { huntPoll, readMessages, type AuthoredChild, type HuntMessage } from './red-flag-hunt-definition';

const attributesOf = (element: Element): Record<string, string> =>
  Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

/**
 * A chat between fictional characters in which the class looks for the red flags, written in a deck's Markdown
 * (see decks/README.md):
 *
 *     <pb-red-flag-hunt id="lina-chat" phone="Sam">
 *     <pb-message id="hello" from="Lina">Hey, I saw you at the skatepark!</pb-message>
 *     <pb-message from="Sam">Who are you?</pb-message>
 *     <pb-message id="snap" from="Lina" flag="moving-platform">Add me on another app, it's more private</pb-message>
 *     </pb-red-flag-hunt>
 *
 * Attributes: `id`, `phone` (whose phone it is: those messages stand on the right and are never marked),
 * `question` (the poll's question; a default from the `activities` strings), `min-responses` (default 5).
 * `<pb-message>`: `from`, `id` (every message the class may mark), `flag` (a red flag kind, explained in
 * `locales/<lang>/scenario.json`) and `explanation` (the author's words on that message, instead of the kind's).
 *
 * Students mark the messages they find suspicious (a multiple-choice poll on their phones, or a show of hands
 * per message typed by the facilitator); each message then shows how many marked it, and "Show the red flags"
 * marks the real ones and explains them.
 *
 * @csspart hunt - The whole activity.
 * @csspart phone - The chat frame.
 */
@customElement('pb-red-flag-hunt')
export class PbRedFlagHunt extends LitElement {
  static override styles = [
    activityStyles,
    phoneStyles,
    css`
      :host {
        font-size: max(var(--pb-min-text, 0px), 0.65em);
      }
      .frame {
        display: grid;
        grid-template-columns: minmax(0, 1.6fr) minmax(0, 1fr);
        gap: 0.8em;
        height: 20em;
      }
      .log {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        margin: 0;
        padding: 0.4em 0.7em;
        list-style: none;
      }
      .log > li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        column-gap: 0.5em;
        margin: 0.25em 0;
      }
      .log > li.mine {
        display: flex;
        flex-direction: column;
        align-items: flex-end;
      }
      .sender,
      .flag {
        grid-column: 1 / -1;
      }
      .bubble {
        justify-self: start;
        max-width: 92%;
        padding: 0.2em 0.6em;
        border-radius: 0.8em;
        background: #e6e8ee;
        overflow-wrap: anywhere;
      }
      .mine .bubble {
        max-width: 80%;
        background: var(--pb-accent, #0a4a94);
        color: var(--pb-accent-ink, #fff);
      }
      .flagged .bubble {
        outline: 0.15em solid var(--pb-focus, #b03c00);
        outline-offset: 0.1em;
      }
      .marks {
        display: flex;
        flex-direction: column;
        align-items: stretch;
        gap: 0.1em;
        font-size: max(var(--pb-min-text, 0px), 0.75em);
        color: var(--pb-muted, #454a57);
        white-space: nowrap;
      }
      .flag {
        margin: 0.2em 0.6em 0;
        font-size: max(var(--pb-min-text, 0px), 0.8em);
        font-weight: 700;
        color: var(--pb-focus, #b03c00);
      }
      .panel {
        min-height: 0;
        overflow-y: auto;
      }
      .question {
        font-weight: 700;
        margin: 0 0 0.3em;
      }
      .flags {
        margin: 0.3em 0 0;
        padding-left: 1.4em;
      }
      .flags li {
        margin: 0.3em 0;
        font-size: max(var(--pb-min-text, 0px), 0.9em);
      }
      .flag-name {
        display: block;
      }
      .flags-title {
        font-weight: 700;
        margin: 0.5em 0 0;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  @state() private flagsShown = false;

  private readonly i18n = new I18nController(this);
  private readonly classPoll = new ClassPoll(this, () => this.definition);

  private get messages(): HuntMessage[] {
    const children: AuthoredChild[] = [...this.querySelectorAll(':scope > pb-message')].map((child) => ({
      name: child.localName,
      attributes: attributesOf(child),
      text: child.textContent ?? '',
    }));
    return readMessages(attributesOf(this), children);
  }

  /** The multiple-choice poll students answer: one option per message they may mark. */
  get definition(): PollDefinitionInput {
    return huntPoll(attributesOf(this), this.messages, this.i18n.t('activities:redFlagHunt.question'));
  }

  /** The class polls of this activity, for the facilitator console (app/present.ts reports them per slide). */
  polls(): PollDefinitionInput[] {
    return [this.definition];
  }

  override render() {
    const { t } = this.i18n;
    const messages = this.messages;
    const poll = this.definition;
    const live = this.classPoll.live;
    const shown = this.classPoll.shown;
    const tally = shown?.tally.kind === 'multiple' ? shown.tally : undefined;
    const marks = tally && new Map(tally.counts.map((c) => [c.optionId, c.count]));
    const phone = this.getAttribute('phone')?.trim();
    const flagNumbers = new Map(messages.filter((m) => m.flag).map((m, i) => [m, i + 1]));
    const percent = new Intl.NumberFormat(this.i18n.language, { style: 'percent' });
    const toggle = html`<button class=${live ? '' : 'primary'} @click=${() => (this.flagsShown = !this.flagsShown)}>
      ${t(this.flagsShown ? 'activities:redFlagHunt.hideFlags' : 'activities:redFlagHunt.showFlags')}
    </button>`;
    return html`<section part="hunt" aria-labelledby="head">
      <div class="frame">
        <div part="phone">
          <p class="phone-head" id="head">
            ${phone ? t('scenario:phoneOf', { name: phone }) : t('activities:redFlagHunt.label')}
          </p>
          <ol class="log" tabindex="0" aria-labelledby="head">
            ${messages.map((m, i) => {
              const sameSender = i > 0 && messages[i - 1]!.from === m.from;
              const number = this.flagsShown ? flagNumbers.get(m) : undefined;
              return html`<li class=${classMap({ mine: m.mine, flagged: number !== undefined })}>
                ${this.renderSender(m, sameSender)}
                <span class="bubble">${m.text}</span>
                ${m.mine ? nothing : live ? this.renderMarks(m, marks, shown?.answerCount ?? 0, percent) : this.renderHands(m)}
                ${
                  number !== undefined
                    ? html`<span class="flag"
                        >⚑ ${t('activities:redFlagHunt.flag', { number })} ${t(`scenario:flags.${m.flag}.name`)}</span
                      >`
                    : nothing
                }
              </li>`;
            })}
          </ol>
        </div>
        <div class="panel" tabindex="0" role="region" aria-labelledby="question">
          <p class="question" id="question">${poll.question}</p>
          ${
            live
              ? this.classPoll.render(t, { actions: toggle })
              : html`<p class="hint">${t('activities:redFlagHunt.handsHint')}</p>
                  <div class="controls">${toggle}</div>`
          }
          <div role="status">${this.flagsShown ? this.renderFlags(flagNumbers) : nothing}</div>
        </div>
      </div>
    </section>`;
  }

  private renderSender(message: HuntMessage, sameSender: boolean): TemplateResult {
    const { t } = this.i18n;
    // Like a chat app, the name stands once per run of messages; a screen reader hears it on every one.
    if (message.mine) return html`<span class="visually-hidden">${t('scenario:you', { name: message.from })}</span>`;
    return html`<span class=${sameSender ? 'visually-hidden' : 'sender'}>${message.from}</span>`;
  }

  private renderMarks(
    message: HuntMessage,
    marks: Map<string, number> | undefined,
    respondents: number,
    percent: Intl.NumberFormat,
  ): TemplateResult | typeof nothing {
    if (!marks) return nothing;
    const count = marks.get(message.id) ?? 0;
    const share = respondents ? count / respondents : 0;
    return html`<span class="marks">
      <span class="track" aria-hidden="true"
        ><span class="fill" style="width: ${Math.round(share * 100)}%"></span
      ></span>
      <span class="value">${this.i18n.t('activities:redFlagHunt.marked', { count })} · ${percent.format(share)}</span>
    </span>`;
  }

  /** Show of hands: the hands counted for the message, typed beside it. */
  private renderHands(message: HuntMessage): TemplateResult {
    return html`<label class="marks">
      <span class="visually-hidden">${this.i18n.t('activities:redFlagHunt.handsFor', { message: message.text })}</span>
      ${this.classPoll.handsInput(message.id)}
    </label>`;
  }

  private renderFlags(numbers: Map<HuntMessage, number>): TemplateResult {
    const { t } = this.i18n;
    return html`<p class="flags-title" id="flags-title">${t('activities:redFlagHunt.flagsTitle')}</p>
      <ol class="flags" aria-labelledby="flags-title">
        ${[...numbers.keys()].map(
          (m) =>
            html`<li>
              <strong class="flag-name">${t(`scenario:flags.${m.flag}.name`)}</strong>
              ${m.explanation ?? t(`scenario:flags.${m.flag}.explanation`)}
            </li>`,
        )}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-red-flag-hunt': PbRedFlagHunt;
  }
}
