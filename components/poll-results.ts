/**
 * A poll's results as the group sees them: bars, a scale's distribution, a ranking, a word list sized by count,
 * approved texts. Shared by `<pb-poll>` (the projected slide) and the facilitator console. Every text is
 * bound as text, never as HTML: a student's approved answer cannot become markup.
 */
import { css, html, type TemplateResult } from 'lit';
import type { Tally } from '../protocol/views';

/** What the results need to know of a poll besides its tally. */
export interface PollShape {
  readonly kind: string;
  readonly options?: readonly { readonly id: string; readonly label: string }[];
  readonly minLabel?: string;
  readonly maxLabel?: string;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export const resultStyles = css`
  .bars,
  .ranking,
  .cloud,
  .texts {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* One grid for every row (each row a subgrid), so that the bars start and the counts end on one line. */
  .bars {
    display: grid;
    grid-template-columns: var(--pb-bars-columns, minmax(6em, 2fr) 3fr auto);
    gap: 0.15em 0.6em;
  }
  .bars li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .track {
    height: 0.9em;
    background: var(--pb-track, #e4e6ec);
    border-radius: 0.2em;
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    background: var(--pb-accent, #0a4a94);
  }
  .correct .label {
    font-weight: 700;
  }
  .correct .fill {
    background: var(--pb-correct, #1d6b2f);
  }
  .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .ranking {
    counter-reset: place;
  }
  .ranking li {
    counter-increment: place;
    margin: 0.15em 0;
  }
  .ranking li::before {
    content: counter(place) '. ';
    font-weight: 700;
  }
  .ranking .value,
  .mean {
    color: var(--pb-muted, #454a57);
  }
  .cloud {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
    align-items: baseline;
  }
  .cloud li,
  .texts li {
    overflow-wrap: anywhere;
  }
  .texts li {
    margin: 0.2em 0;
    padding: 0.2em 0.5em;
    border-left: 0.2em solid var(--pb-accent, #0a4a94);
    white-space: pre-line;
  }
`;

function bars(
  rows: readonly { key: string; label: string; count: number; correct?: boolean }[],
  total: number,
  t: Translate,
  language: string,
): TemplateResult {
  const percent = new Intl.NumberFormat(language, { style: 'percent' });
  return html`<ul class="bars">
    ${rows.map((row) => {
      const share = total > 0 ? row.count / total : 0;
      return html`<li class=${row.correct ? 'correct' : ''}>
        <span class="label">${row.label}${row.correct ? html` ✓ <span>${t('poll:results.correct')}</span>` : ''}</span>
        <span class="track" aria-hidden="true"
          ><span class="fill" style="width: ${Math.round(share * 100)}%"></span
        ></span>
        <span class="value">${t('poll:results.count', { count: row.count })} · ${percent.format(share)}</span>
      </li>`;
    })}
  </ul>`;
}

/**
 * Renders a tally. `respondents` is the number of students who answered: a multiple-choice bar is the share of
 * them who ticked that option.
 */
export function renderTally(
  poll: PollShape,
  tally: Tally,
  respondents: number,
  t: Translate,
  language: string,
): TemplateResult {
  const label = (id: string) => poll.options?.find((option) => option.id === id)?.label ?? id;
  switch (tally.kind) {
    case 'single':
    case 'multiple':
    case 'quiz': {
      const rows = tally.counts.map((c) => ({
        key: c.optionId,
        label: label(c.optionId),
        count: c.count,
        correct: tally.kind === 'quiz' && tally.correctOptionId === c.optionId,
      }));
      const total = tally.kind === 'multiple' ? respondents : rows.reduce((sum, row) => sum + row.count, 0);
      return bars(rows, total, t, language);
    }
    case 'scale': {
      const last = tally.counts.length - 1;
      const rows = tally.counts.map((c, i) => ({
        key: String(c.value),
        label:
          i === 0 && poll.minLabel
            ? `${c.value} · ${poll.minLabel}`
            : i === last && poll.maxLabel
              ? `${c.value} · ${poll.maxLabel}`
              : String(c.value),
        count: c.count,
      }));
      const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
      return html`${bars(
        rows,
        rows.reduce((sum, row) => sum + row.count, 0),
        t,
        language,
      )}
      ${tally.mean === null ? '' : html`<p class="mean">${t('poll:results.mean', { mean: number.format(tally.mean) })}</p>`}`;
    }
    case 'ranking': {
      const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
      return html`<ol class="ranking">
        ${tally.options.map(
          (o) =>
            html`<li>
              ${label(o.optionId)}
              ${
                o.meanRank === null
                  ? ''
                  : html`<span class="value"
                      >(${t('poll:results.meanRank', { rank: number.format(o.meanRank) })})</span
                    >`
              }
            </li>`,
        )}
      </ol>`;
    }
    case 'wordcloud': {
      const most = Math.max(1, ...tally.words.map((w) => w.count));
      return tally.words.length
        ? html`<ul class="cloud">
            ${tally.words.map(
              (w) =>
                html`<li style="font-size: ${(0.9 + (1.3 * w.count) / most).toFixed(2)}em">
                  ${w.text}<span class="visually-hidden"> (${t('poll:results.count', { count: w.count })})</span>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('poll:results.noApproved')}</p>`;
    }
    case 'open':
      return tally.texts.length
        ? html`<ul class="texts">
            ${tally.texts.map((x) => html`<li>${x.text}${x.count > 1 ? html` <strong>×${x.count}</strong>` : ''}</li>`)}
          </ul>`
        : html`<p>${t('poll:results.noApproved')}</p>`;
  }
}
