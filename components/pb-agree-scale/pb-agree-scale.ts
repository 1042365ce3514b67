import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PollDefinitionInput } from '../../protocol/poll';
import type { Tally } from '../../protocol/views';
import { I18nController } from '../../i18n/i18n-controller';
import type { ActivityHost } from '../activity-host';
import { activityStyles } from '../activity-styles';
import { ClassPoll } from '../class-poll';
import { renderTally } from '../poll-results';
import { AGREE_POINTS, agreeScalePoll, type AgreePoint } from './agree-scale-definition';

/** How many chose each point, 1 to 5. */
type Distribution = readonly number[];

/**
 * A statement the class agrees or disagrees with on a five-point scale, written in a deck's Markdown (see
 * decks/README.md):
 *
 *     <pb-agree-scale id="pay-stops-it" statement="If you pay, the blackmail stops."></pb-agree-scale>
 *
 * Attributes: `id`, `statement`, `min-responses` (default 5). Students answer on their phones (a `scale` poll
 * from 1 to 5, the ends named in the session's language), or the facilitator types a show of hands per point.
 * The slide shows the whole distribution, each point with its count and share, and how many agree, hesitate
 * and disagree: never an average alone, which would hide a class split in two.
 *
 * @csspart scale - The whole activity.
 */
@customElement('pb-agree-scale')
export class PbAgreeScale extends LitElement {
  static override styles = [
    activityStyles,
    css`
      :host {
        font-size: max(var(--pb-min-text, 0px), 0.8em);
      }
      .points {
        display: grid;
        grid-template-columns: repeat(5, minmax(0, 1fr));
        gap: 0.4em;
        margin: 0.3em 0;
        padding: 0;
        list-style: none;
        text-align: center;
      }
      .points li {
        padding: 0.3em 0.2em;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
        background: var(--pb-surface, #fff);
        font-size: max(var(--pb-min-text, 0px), 0.85em);
      }
      .points .n {
        display: block;
        font-weight: 700;
      }
      .summary {
        margin: 0.3em 0;
        font-weight: 700;
      }
    `,
  ];

  /** The host to use instead of the page's (tests, or a page with several). */
  @property({ attribute: false }) activityHost?: ActivityHost;

  private readonly i18n = new I18nController(this);
  private readonly classPoll = new ClassPoll(this, () => this.definition);

  /** The scale poll students answer: the statement, from "strongly disagree" (1) to "strongly agree" (5). */
  get definition(): PollDefinitionInput {
    const attributes = Object.fromEntries([...this.attributes].map((a) => [a.name, a.value]));
    return agreeScalePoll(attributes, { min: this.point('stronglyDisagree'), max: this.point('stronglyAgree') });
  }

  /** The class polls of this activity, for the facilitator console (app/present.ts reports them per slide). */
  polls(): PollDefinitionInput[] {
    return [this.definition];
  }

  override render() {
    const { t } = this.i18n;
    const poll = this.definition;
    return html`<section part="scale" aria-labelledby="kicker statement">
      <p class="kicker" id="kicker">${t('activities:agreeScale.label')}</p>
      <p class="statement" id="statement">${poll.question}</p>
      ${this.classPoll.live ? this.renderLive() : this.renderHands()}
    </section>`;
  }

  private renderLive(): TemplateResult {
    const { t } = this.i18n;
    const shown = this.classPoll.shown;
    const counts = shown && distribution(shown.tally);
    return html`${
      counts
        ? html`<div role="status">${this.renderDistribution(counts)}</div>`
        : html`<p class="hint">${t('activities:agreeScale.phoneHint')}</p>
            <ol class="points">
              ${AGREE_POINTS.map((point, i) => html`<li><span class="n">${i + 1}</span> ${this.point(point)}</li>`)}
            </ol>`
    }
    ${this.classPoll.render(t)}`;
  }

  /** Bars for the five points (the poll results' own, with every point named) and the three-way summary. */
  private renderDistribution(counts: Distribution): TemplateResult {
    const { t, language } = this.i18n;
    const options = AGREE_POINTS.map((point, i) => ({ id: String(i + 1), label: `${i + 1} · ${this.point(point)}` }));
    const tally: Tally = {
      kind: 'single',
      counts: counts.map((count, i) => ({ optionId: String(i + 1), count })),
    };
    const total = counts.reduce((sum, n) => sum + n, 0);
    return html`${renderTally({ kind: 'single', options }, tally, total, t, language)} ${this.renderSummary(counts)}`;
  }

  private renderSummary(counts: Distribution): TemplateResult | typeof nothing {
    const total = counts.reduce((sum, n) => sum + n, 0);
    if (!total) return nothing;
    const percent = new Intl.NumberFormat(this.i18n.language, { style: 'percent' });
    const share = (from: number, to: number) =>
      percent.format(counts.slice(from, to).reduce((s, n) => s + n, 0) / total);
    return html`<p class="summary">
      ${this.i18n.t('activities:agreeScale.summary', { agree: share(3, 5), neither: share(2, 3), disagree: share(0, 2) })}
    </p>`;
  }

  private renderHands(): TemplateResult {
    const { t } = this.i18n;
    const counts = AGREE_POINTS.map((_, i) => this.classPoll.hands(String(i + 1)));
    const choices = AGREE_POINTS.map((point, i) => ({ key: String(i + 1), label: `${i + 1} · ${this.point(point)}` }));
    return html`<p class="hint">${t('poll:hands.hint')}</p>
      ${this.classPoll.renderHands(t, this.i18n.language, choices)} ${this.renderSummary(counts)}`;
  }

  private point(point: AgreePoint): string {
    return this.i18n.t(`activities:agreeScale.points.${point}`);
  }
}

/** A scale tally's counts for the values 1 to 5, whatever order or gaps it came with. */
function distribution(tally: Tally): Distribution | undefined {
  if (tally.kind !== 'scale') return undefined;
  return AGREE_POINTS.map((_, i) => tally.counts.find((c) => c.value === i + 1)?.count ?? 0);
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-agree-scale': PbAgreeScale;
  }
}
