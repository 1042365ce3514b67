import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CheckQuestion, CheckSide, RatingQuestion, SessionEvaluation } from '../../protocol/evaluation';
import { I18nController } from '../../i18n/i18n-controller';
import { renderTally, resultStyles } from '../poll-results';

/**
 * What the session changed and how the class rated it, in the facilitator console only (never on the
 * projector): the knowledge check as class totals at the start and at the end (right answers, or a scale's
 * mean), and the anonymous session rating. The server sends no figure below a poll's minimum number of
 * answers; this element says how many answers are still needed instead.
 *
 * Renders nothing while the session has neither a second asking nor a rating.
 */
@customElement('pb-session-evaluation')
export class PbSessionEvaluation extends LitElement {
  static override styles = [
    resultStyles,
    css`
      :host {
        display: block;
      }
      section {
        margin: 1rem 0;
        padding: 0.75rem 1rem;
        background: var(--pb-surface, #fff);
        border: 1px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
      }
      h2 {
        font-size: 1.15rem;
        margin: 0 0 0.5rem;
      }
      p {
        margin: 0 0 0.5rem;
      }
      .muted {
        color: var(--pb-muted, #454a57);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.35rem 0.5rem 0.35rem 0;
        border-top: 1px solid var(--pb-border, #8a8f9c);
      }
      thead th {
        border-top: none;
      }
      .change {
        font-weight: 700;
      }
      .rating + .rating {
        border-top: 1px solid var(--pb-border, #8a8f9c);
        padding-top: 0.5rem;
      }
      .question {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) evaluation?: SessionEvaluation;

  private readonly i18n = new I18nController(this);

  override render() {
    const evaluation = this.evaluation;
    if (!evaluation) return nothing;
    return html`${evaluation.knowledgeCheck.length ? this.renderCheck(evaluation.knowledgeCheck) : nothing}
    ${evaluation.rating.length ? this.renderRating(evaluation.rating) : nothing}`;
  }

  private renderCheck(questions: readonly CheckQuestion[]): TemplateResult {
    const { t } = this.i18n;
    return html`<section aria-labelledby="check-title">
      <h2 id="check-title">${t('console:evaluation.check.title')}</h2>
      <p class="muted">${t('console:evaluation.check.help')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('console:evaluation.check.question')}</th>
            <th scope="col">${t('console:evaluation.check.before')}</th>
            <th scope="col">${t('console:evaluation.check.after')}</th>
            <th scope="col">${t('console:evaluation.check.change')}</th>
          </tr>
        </thead>
        <tbody>
          ${questions.map(
            (question) =>
              html`<tr>
                <th scope="row">${question.question}</th>
                <td>${this.side(question.before)}</td>
                <td>${this.side(question.after)}</td>
                <td class="change">${this.change(question)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  /** One asking: right answers of all (a quiz) or the mean (a scale), or the answers still needed. */
  private side(side: CheckSide): string {
    const { t } = this.i18n;
    if (side.needed > 0) return t('console:evaluation.needed', { answers: side.answerCount, count: side.needed });
    if (side.correct !== null)
      return t('console:evaluation.check.right', {
        right: side.correct,
        count: side.answerCount,
        share: this.percent(side.correct / Math.max(1, side.answerCount)),
      });
    return t('console:evaluation.check.mean', { mean: this.number(side.mean ?? 0), count: side.answerCount });
  }

  private change({ before, after }: CheckQuestion): string {
    if (before.needed > 0 || after.needed > 0) return '–';
    const { t } = this.i18n;
    if (before.correct !== null && after.correct !== null) {
      const points = Math.round(
        100 * (after.correct / Math.max(1, after.answerCount) - before.correct / Math.max(1, before.answerCount)),
      );
      return t('console:evaluation.check.points', { points: this.signed(points), count: Math.abs(points) });
    }
    return this.signed((after.mean ?? 0) - (before.mean ?? 0), 1);
  }

  private renderRating(ratings: readonly RatingQuestion[]): TemplateResult {
    const { t } = this.i18n;
    return html`<section aria-labelledby="rating-title">
      <h2 id="rating-title">${t('console:evaluation.rating.title')}</h2>
      <p class="muted">${t('console:evaluation.rating.help')}</p>
      ${ratings.map(
        (rating) =>
          html`<div class="rating">
            <p class="question">${rating.question}</p>
            ${
              rating.counts
                ? renderTally(
                    { kind: 'scale', minLabel: rating.minLabel, maxLabel: rating.maxLabel },
                    { kind: 'scale', counts: rating.counts, mean: rating.mean },
                    rating.answerCount,
                    t,
                    this.i18n.language,
                  )
                : html`<p>${t('console:evaluation.needed', { answers: rating.answerCount, count: rating.needed })}</p>`
            }
          </div>`,
      )}
    </section>`;
  }

  private percent(share: number): string {
    return new Intl.NumberFormat(this.i18n.language, { style: 'percent' }).format(share);
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.i18n.language, { maximumFractionDigits: 1 }).format(value);
  }

  private signed(value: number, digits = 0): string {
    return new Intl.NumberFormat(this.i18n.language, {
      signDisplay: 'exceptZero',
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-session-evaluation': PbSessionEvaluation;
  }
}
