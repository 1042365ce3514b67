/**
 * What a session changed, for the facilitator: the knowledge check and the session rating (protocol/evaluation.ts).
 *
 * The check compares two polls' totals (right answers, mean), never one student's two answers: each poll has its
 * own ballot keys, which nothing links (ADR 10), and this module reads nothing but the tallies. Each asking shows
 * its figures only from its poll's minimum number of answers, like any result (visibility.ts).
 */
import type { CheckQuestion, CheckSide, RatingQuestion, SessionEvaluation } from '../../protocol/evaluation';
import type { Poll } from './poll';
import { recordedResults } from './visibility';

function side(poll: Poll): CheckSide {
  const results = recordedResults(poll, []);
  const shown = results.state === 'shown' ? results.tally : null;
  const needed = results.state === 'needs_more' ? results.needed : 0;
  const { definition } = poll;
  const correct =
    shown?.kind === 'quiz' && definition.kind === 'quiz'
      ? (shown.counts.find((c) => c.optionId === definition.correctOptionId)?.count ?? 0)
      : null;
  return {
    pollId: poll.id,
    answerCount: poll.answerCount,
    needed,
    correct,
    mean: shown?.kind === 'scale' ? shown.mean : null,
  };
}

/**
 * The poll a second asking names as its first: in the same deck. A session across decks names each poll
 * `<deck>.<id>` (ADR 12) while the deck's author wrote the bare id, so the deck's prefix is put back first.
 */
function baselineOf(after: Poll, byId: ReadonlyMap<string, Poll>): Poll | undefined {
  const baseline = after.definition.baseline;
  if (baseline === undefined) return undefined;
  const dot = after.id.indexOf('.');
  const before = (dot > 0 ? byId.get(`${after.id.slice(0, dot)}.${baseline}`) : undefined) ?? byId.get(baseline);
  return before && before !== after && before.definition.kind === after.definition.kind ? before : undefined;
}

/** The check's questions, once their second asking was opened, in the order of the second askings. */
export function knowledgeCheck(polls: readonly Poll[]): CheckQuestion[] {
  const byId = new Map(polls.map((poll) => [poll.id, poll]));
  return polls.flatMap((after) => {
    const before = baselineOf(after, byId);
    if (!before) return [];
    const { definition } = before;
    return [
      {
        question: definition.question,
        kind: definition.kind === 'scale' ? 'scale' : 'quiz',
        scale: definition.kind === 'scale' ? { min: definition.min, max: definition.max } : null,
        before: side(before),
        after: side(after),
      },
    ];
  });
}

export function sessionRating(polls: readonly Poll[]): RatingQuestion[] {
  return polls.flatMap((poll) => {
    const { definition } = poll;
    if (!definition.rating || definition.kind !== 'scale') return [];
    const results = recordedResults(poll, []);
    const tally = results.state === 'shown' && results.tally.kind === 'scale' ? results.tally : null;
    return [
      {
        pollId: poll.id,
        question: definition.question,
        min: definition.min,
        max: definition.max,
        minLabel: definition.minLabel,
        maxLabel: definition.maxLabel,
        answerCount: poll.answerCount,
        needed: results.state === 'needs_more' ? results.needed : 0,
        counts: tally ? tally.counts : null,
        mean: tally ? tally.mean : null,
      },
    ];
  });
}

export function sessionEvaluation(polls: readonly Poll[]): SessionEvaluation {
  return { knowledgeCheck: knowledgeCheck(polls), rating: sessionRating(polls) };
}

/** Whether a change to this poll changes the evaluation (so the console is told). */
export function isEvaluated(polls: readonly Poll[], pollId: string): boolean {
  const poll = polls.find((p) => p.id === pollId);
  if (!poll) return false;
  if (poll.definition.rating === true || poll.definition.baseline !== undefined) return true;
  const byId = new Map(polls.map((p) => [p.id, p]));
  return polls.some((after) => baselineOf(after, byId) === poll);
}
