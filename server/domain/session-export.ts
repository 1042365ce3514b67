/**
 * The facilitator's record of a session: tallies and approved texts, never a ballot key or a raw answer; what
 * the session changed (the knowledge check, as class totals) and how the class rated it.
 * The minimum number of answers still applies: a poll below it is exported as a count only.
 */
import type { ExportFormat } from '../../protocol/client-events';
import type { CheckQuestion, CheckSide, RatingQuestion } from '../../protocol/evaluation';
import type { TextCount } from '../../protocol/moderation';
import type { PollKind, PollOption } from '../../protocol/poll';
import type { Tally } from '../../protocol/views';
import type { Session } from './session';
import { knowledgeCheck, sessionRating } from './session-evaluation';
import { recordedResults } from './visibility';

export interface ExportedPoll {
  readonly id: string;
  readonly kind: PollKind;
  readonly question: string;
  readonly options: readonly PollOption[];
  readonly scale: {
    readonly min: number;
    readonly max: number;
    readonly minLabel: string;
    readonly maxLabel: string;
  } | null;
  readonly minResponses: number;
  readonly answerCount: number;
  /** Null when the poll had fewer answers than its minimum. */
  readonly tally: Tally | null;
}

export interface SessionExport {
  readonly format: 'payboy-session-export';
  readonly version: 1;
  readonly language: string;
  readonly country: string;
  readonly deckId: string | null;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly polls: readonly ExportedPoll[];
  /** Approved questions, most "me too"s first; `meToo` only from the poll minimum, as the group saw it. */
  readonly questions: readonly (TextCount & { readonly meToo: number | null })[];
  /** The same questions at the start and at the end, compared as class totals (never student by student). */
  readonly knowledgeCheck: readonly CheckQuestion[];
  /** The anonymous session rating, for the facilitator only. */
  readonly rating: readonly RatingQuestion[];
}

export function buildSessionExport(session: Session): SessionExport {
  const endedAt = session.endedAt;
  return {
    format: 'payboy-session-export',
    version: 1,
    language: session.settings.language,
    country: session.settings.country,
    deckId: session.settings.deckId ?? null,
    startedAt: new Date(session.createdAt).toISOString(),
    endedAt: endedAt === null ? null : new Date(endedAt).toISOString(),
    polls: session.polls().map((poll) => {
      const definition = poll.definition;
      const results = recordedResults(poll, session.approvedTexts(poll));
      return {
        id: definition.id,
        kind: definition.kind,
        question: definition.question,
        options: 'options' in definition ? definition.options : [],
        scale:
          definition.kind === 'scale'
            ? { min: definition.min, max: definition.max, minLabel: definition.minLabel, maxLabel: definition.maxLabel }
            : null,
        minResponses: definition.minResponses,
        answerCount: poll.answerCount,
        tally: results.state === 'shown' ? results.tally : null,
      };
    }),
    questions: session
      .questionsWithMeToo()
      .map(({ text, count, meToo }) => ({ text, count, meToo }))
      .sort((a, b) => (b.meToo ?? 0) - (a.meToo ?? 0)),
    knowledgeCheck: knowledgeCheck(session.polls()),
    rating: sessionRating(session.polls()),
  };
}

export function exportToJson(data: SessionExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'poll_id',
  'kind',
  'question',
  'answers',
  'item',
  'count',
  'mean',
  'points',
  'correct',
  'note',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/**
 * RFC 4180 quoting, plus a leading apostrophe on text that a spreadsheet would run as a formula: approved
 * texts are written by students and this file is opened in Excel or LibreOffice.
 */
function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function scaleItem(scale: ExportedPoll['scale'], value: number): string | number {
  if (value === scale?.min) return `${value} (${scale.minLabel})`;
  if (value === scale?.max) return `${value} (${scale.maxLabel})`;
  return value;
}

function tallyRows(poll: ExportedPoll, tally: Tally): CsvRow[] {
  const label = (optionId: string) => poll.options.find((option) => option.id === optionId)?.label ?? optionId;
  switch (tally.kind) {
    case 'single':
    case 'multiple':
      return tally.counts.map(({ optionId, count }) => ({ item: label(optionId), count }));
    case 'quiz':
      return tally.counts.map(({ optionId, count }) => ({
        item: label(optionId),
        count,
        correct: optionId === tally.correctOptionId ? 'yes' : 'no',
      }));
    case 'scale':
      return tally.counts.map(({ value, count }, index) => ({
        item: scaleItem(poll.scale, value),
        count,
        mean: index === 0 ? tally.mean : null,
      }));
    case 'ranking':
      return tally.options.map(({ optionId, meanRank, points, positions }) => ({
        item: label(optionId),
        count: positions[0] ?? 0,
        mean: meanRank,
        points,
        note: 'count = ranked first; mean = mean rank',
      }));
    case 'wordcloud':
      return tally.words.map(({ text, count }) => ({ item: text, count }));
    case 'open':
      return tally.texts.map(({ text, count }) => ({ item: text, count }));
  }
}

const percent = (part: number, whole: number): string => `${Math.round((100 * part) / whole)}%`;

/** One asking's figure as a sentence: the share of right answers, or the mean. */
function measure(side: CheckSide): string | null {
  if (side.needed > 0) return null;
  if (side.correct !== null) return side.answerCount ? percent(side.correct, side.answerCount) : null;
  return side.mean === null ? null : String(side.mean);
}

/** Two rows per question, before and after; the second names the change when both reached their minimum. */
function checkRows(check: CheckQuestion): CsvRow[] {
  const row = (item: 'before' | 'after', side: CheckSide): CsvRow => ({
    poll_id: side.pollId,
    kind: 'knowledge_check',
    question: check.question,
    answers: side.answerCount,
    item,
    count: side.needed > 0 ? null : side.correct,
    mean: side.needed > 0 ? null : side.mean,
    correct: side.correct === null ? null : measure(side),
    note: side.needed > 0 ? `${side.needed} more answers needed: not shown` : null,
  });
  const before = measure(check.before);
  const after = measure(check.after);
  const change =
    before !== null && after !== null
      ? `${check.kind === 'quiz' ? 'right answers' : 'mean'}: ${before} → ${after}`
      : null;
  const last = row('after', check.after);
  return [row('before', check.before), { ...last, note: last.note ?? change }];
}

function ratingRows(rating: RatingQuestion): CsvRow[] {
  const head = { poll_id: rating.pollId, kind: 'rating', question: rating.question, answers: rating.answerCount };
  if (!rating.counts) return [{ ...head, note: `${rating.needed} more answers needed: not shown` }];
  const ends = { min: rating.min, max: rating.max, minLabel: rating.minLabel, maxLabel: rating.maxLabel };
  return rating.counts.map(({ value, count }, index) => ({
    ...head,
    item: scaleItem(ends, value),
    count,
    mean: index === 0 ? rating.mean : null,
  }));
}

export function exportToCsv(data: SessionExport): string {
  const rows: CsvRow[] = [];
  const rated = new Set(data.rating.map((rating) => rating.pollId));
  for (const poll of data.polls) {
    // A rating's rows come with the rating, below.
    if (rated.has(poll.id)) continue;
    const head = { poll_id: poll.id, kind: poll.kind, question: poll.question, answers: poll.answerCount };
    if (!poll.tally) {
      rows.push({ ...head, note: `fewer answers than the minimum of ${poll.minResponses}: not shown` });
      continue;
    }
    const body = tallyRows(poll, poll.tally);
    if (body.length === 0) rows.push({ ...head, note: 'nothing approved' });
    for (const row of body) rows.push({ ...head, ...row });
  }
  for (const { text, count, meToo } of data.questions) {
    rows.push({ kind: 'question', item: text, count, ...(meToo !== null && { note: `me too: ${meToo}` }) });
  }
  for (const check of data.knowledgeCheck) rows.push(...checkRows(check));
  for (const rating of data.rating) rows.push(...ratingRows(rating));
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')),
  ];
  // The byte-order mark makes Excel read the file as UTF-8, so accents and emoji survive.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The body and name of the file the console downloads. */
export function renderSessionExport(
  session: Session,
  format: ExportFormat,
): { format: ExportFormat; filename: string; body: string } {
  const data = buildSessionExport(session);
  const day = data.startedAt.slice(0, 10);
  const filename = `${data.deckId ?? 'session'}-${day}-${session.joinCode}.${format}`;
  return { format, filename, body: format === 'csv' ? exportToCsv(data) : exportToJson(data) };
}
