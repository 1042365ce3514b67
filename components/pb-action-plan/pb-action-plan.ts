import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PollDefinitionInput } from '../../protocol/poll';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { activityStyles } from '../activity-styles';
import { ClassPoll } from '../class-poll';
import { actionPlanPoll, mixedOrder, readSteps, type PlanStep } from './action-plan-definition';

/** Where the class put a step: its id, and its average place when the phones ranked it. */
interface ClassPlace {
  readonly id: string;
  readonly meanRank?: number | null;
}

/**
 * The steps to take when someone is blackmailed, put in order by the class and compared with the recommended
 * order, written in a deck's Markdown (see decks/README.md):
 *
 *     <pb-action-plan id="what-to-do">
 *     <pb-step id="no-pay" why="Paying rarely stops it.">Never pay</pb-step>
 *     <pb-step id="screenshots" why="Before blocking: a blocked chat can vanish, and the proof with it.">Take screenshots</pb-step>
 *     <pb-step id="block">Stop contact and block</pb-step>
 *     </pb-action-plan>
 *
 * Attributes: `id`, `question` (a default from the `activities` strings), `min-responses` (default 5).
 * `<pb-step id why>`: one step, in the recommended order; `why` says why it stands there. The class sees the
 * steps mixed and ranks them on their phones (a ranking poll), or agrees an order out loud while the
 * facilitator moves the steps (buttons, keyboard or touch). "Compare" then sets the class's order beside the
 * recommended one, with the reasons.
 *
 * @csspart plan - The whole activity.
 */
@customElement('pb-action-plan')
export class PbActionPlan extends LitElement {
  static override styles = [
    activityStyles,
    css`
      :host {
        font-size: 0.7em;
      }
      .question {
        font-weight: 700;
        margin: 0 0 0.3em;
      }
      .steps,
      .arrange {
        margin: 0.2em 0;
        padding: 0;
        list-style: none;
      }
      .steps li,
      .arrange li {
        display: flex;
        align-items: center;
        gap: 0.5em;
        margin: 0.2em 0;
        padding: 0.15em 0.5em;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
      }
      .place {
        font-weight: 700;
        min-width: 1.2em;
      }
      .arrange .item {
        flex: 1;
      }
      .arrange button {
        min-width: 2.75rem;
        padding: 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        margin: 0.2em 0;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.2em 0.5em;
        border-bottom: 1px solid var(--pb-border, #8a8f9c);
      }
      thead th {
        font-size: 0.8em;
        color: var(--pb-muted, #454a57);
      }
      .why {
        display: block;
        font-size: 0.8em;
        color: var(--pb-muted, #454a57);
      }
      .same td:last-child {
        font-weight: 700;
        color: var(--pb-correct, #1d6b2f);
      }
      .mean {
        font-size: 0.8em;
        color: var(--pb-muted, #454a57);
        white-space: nowrap;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  /** Show of hands: the order the class agreed, as the facilitator arranged it (ids); the mixed order first. */
  @state() private arranged: readonly string[] | undefined;
  @state() private compared = false;
  /** What the live region says after a move. */
  @state() private moved = '';

  private readonly i18n = new I18nController(this);
  private readonly classPoll = new ClassPoll(this, () => this.definition);

  /** The steps in the recommended order. */
  private get steps(): PlanStep[] {
    return readSteps(
      [...this.querySelectorAll(':scope > pb-step')].map((child) => ({
        name: child.localName,
        attributes: Object.fromEntries([...child.attributes].map((a) => [a.name, a.value])),
        text: child.textContent ?? '',
      })),
    );
  }

  /** The ranking poll students answer, its steps mixed. */
  get definition(): PollDefinitionInput {
    const attributes = Object.fromEntries([...this.attributes].map((a) => [a.name, a.value]));
    return actionPlanPoll(attributes, this.steps, this.i18n.t('activities:actionPlan.question'));
  }

  /** The class polls of this activity, for the facilitator console (app/present.ts reports them per slide). */
  polls(): PollDefinitionInput[] {
    return [this.definition];
  }

  override render() {
    const { t } = this.i18n;
    const steps = this.steps;
    const poll = this.definition;
    const live = this.classPoll.live;
    const order = this.arrangedOrder(steps);
    const shown = this.classPoll.shown;
    const ranked = shown?.tally.kind === 'ranking' ? shown.tally.options : undefined;
    const classOrder: ClassPlace[] | undefined = live
      ? ranked?.map((o) => ({ id: o.optionId, meanRank: o.meanRank }))
      : order.map((id) => ({ id }));
    const toggle = html`<button class=${live ? '' : 'primary'} @click=${() => (this.compared = !this.compared)}>
      ${t(this.compared ? 'activities:actionPlan.hideComparison' : 'activities:actionPlan.compare')}
    </button>`;
    return html`<section part="plan" aria-labelledby="question">
      <p class="question" id="question">${poll.question}</p>
      ${
        this.compared
          ? this.renderComparison(steps, classOrder)
          : live
            ? this.renderClassOrder(steps, classOrder)
            : this.renderArrange(steps, order)
      }
      ${live ? this.classPoll.render(t, { actions: toggle }) : html`<div class="controls">${toggle}</div>`}
      <p class="visually-hidden" role="status">${this.moved}</p>
    </section>`;
  }

  /** The facilitator's arrangement, kept in step with the deck's steps (ids added or removed by a reload). */
  private arrangedOrder(steps: readonly PlanStep[]): string[] {
    const ids = steps.map((step) => step.id);
    const kept = (this.arranged ?? []).filter((id) => ids.includes(id));
    const mixed = mixedOrder(this.id, steps).map((step) => step.id);
    return [...kept, ...mixed.filter((id) => !kept.includes(id))];
  }

  /** Live, before the comparison: the steps as the phones show them, then the class's order once revealed. */
  private renderClassOrder(steps: readonly PlanStep[], classOrder: ClassPlace[] | undefined): TemplateResult {
    const { t } = this.i18n;
    const text = (id: string) => steps.find((step) => step.id === id)?.text ?? id;
    if (!classOrder)
      return html`<ul class="steps">
        ${mixedOrder(this.id, steps).map((step) => html`<li>${step.text}</li>`)}
      </ul>`;
    return html`<div role="status">
      <p class="hint">${t('activities:actionPlan.classOrder')}</p>
      <ol class="steps">
        ${classOrder.map(
          (place, i) => html`<li><span class="place">${i + 1}</span> ${text(place.id)} ${this.renderMean(place)}</li>`,
        )}
      </ol>
    </div>`;
  }

  private renderArrange(steps: readonly PlanStep[], order: readonly string[]): TemplateResult {
    const { t } = this.i18n;
    const text = (id: string) => steps.find((step) => step.id === id)?.text ?? id;
    return html`<p class="hint">${t('activities:actionPlan.handsHint')}</p>
      <ol class="arrange">
        ${order.map(
          (id, i) =>
            html`<li>
              <span class="place" aria-hidden="true">${i + 1}</span><span class="item">${text(id)}</span>
              <button
                type="button"
                data-move="up"
                data-id=${id}
                aria-label=${t('activities:actionPlan.up', { item: text(id) })}
                ?disabled=${i === 0}
                @click=${() => this.move(order, i, -1, text(id))}
              >
                ↑
              </button>
              <button
                type="button"
                data-move="down"
                data-id=${id}
                aria-label=${t('activities:actionPlan.down', { item: text(id) })}
                ?disabled=${i === order.length - 1}
                @click=${() => this.move(order, i, 1, text(id))}
              >
                ↓
              </button>
            </li>`,
        )}
      </ol>`;
  }

  private renderComparison(steps: readonly PlanStep[], classOrder: ClassPlace[] | undefined): TemplateResult {
    const { t } = this.i18n;
    const text = (id: string) => steps.find((step) => step.id === id)?.text ?? id;
    return html`<div role="status">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('activities:actionPlan.place')}</th>
            <th scope="col">${t('activities:actionPlan.recommended')}</th>
            ${classOrder ? html`<th scope="col">${t('activities:actionPlan.class')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${steps.map((step, i) => {
            const theirs = classOrder?.[i];
            const same = theirs?.id === step.id;
            return html`<tr class=${same ? 'same' : ''}>
              <th scope="row">${i + 1}</th>
              <td>${step.text} ${step.why ? html`<span class="why">${step.why}</span>` : nothing}</td>
              ${
                classOrder
                  ? html`<td>
                      ${theirs ? text(theirs.id) : ''}
                      ${
                        same
                          ? html`<span aria-hidden="true">✓</span
                              ><span class="visually-hidden">${t('activities:actionPlan.same')}</span>`
                          : nothing
                      }
                      ${theirs ? this.renderMean(theirs) : nothing}
                    </td>`
                  : nothing
              }
            </tr>`;
          })}
        </tbody>
      </table>
      ${classOrder ? nothing : html`<p class="hint">${t('activities:actionPlan.noClassOrder')}</p>`}
    </div>`;
  }

  private renderMean(place: ClassPlace): TemplateResult | typeof nothing {
    if (place.meanRank === undefined || place.meanRank === null) return nothing;
    const number = new Intl.NumberFormat(this.i18n.language, { maximumFractionDigits: 1 });
    return html`<span class="mean"
      >(${this.i18n.t('poll:results.meanRank', { rank: number.format(place.meanRank) })})</span
    >`;
  }

  private async move(order: readonly string[], index: number, step: -1 | 1, label: string): Promise<void> {
    const next = [...order];
    const [id] = next.splice(index, 1);
    next.splice(index + step, 0, id!);
    this.arranged = next;
    this.moved = this.i18n.t('activities:actionPlan.moved', {
      item: label,
      place: index + step + 1,
      total: next.length,
    });
    await this.updateComplete;
    // Keep the focus on the step that moved; at an end, on the button that can still move it.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>(`button[data-id="${CSS.escape(id!)}"]`)];
    const same = buttons.find((b) => b.dataset.move === (step < 0 ? 'up' : 'down'));
    (same && !same.disabled ? same : buttons.find((b) => !b.disabled))?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-action-plan': PbActionPlan;
  }
}
