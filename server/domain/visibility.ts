/**
 * What may be seen of a poll. Results stay hidden until the facilitator reveals them, and even then appear
 * only from `minResponses` answers, so that a handful of answers cannot be traced back to the few who gave
 * them. Free texts appear only once approved (tally.ts takes nothing else).
 */
import type { TextCount } from '../../protocol/moderation';
import type { PollResults, PollView } from '../../protocol/views';
import type { Poll } from './poll';

/** The group (the projected slide) waits for the reveal; the facilitator's console may look ahead. */
export type Viewer = 'group' | 'facilitator';

interface ResultRules {
  readonly needsReveal: boolean;
  readonly showCorrect: boolean;
}

function resultsUnder(poll: Poll, approvedTexts: readonly TextCount[], rules: ResultRules): PollResults {
  // A session rating is the facilitator's alone: the projector never shows it, revealed or not.
  if (rules.needsReveal && (!poll.revealed || poll.definition.rating)) return { state: 'hidden' };
  const needed = poll.definition.minResponses - poll.answerCount;
  if (needed > 0) return { state: 'needs_more', needed };
  const tally = poll.tally(approvedTexts);
  if (tally.kind === 'quiz' && poll.definition.kind === 'quiz' && rules.showCorrect) {
    return { state: 'shown', tally: { ...tally, correctOptionId: poll.definition.correctOptionId } };
  }
  return { state: 'shown', tally };
}

export function pollView(poll: Poll, approvedTexts: readonly TextCount[], viewer: Viewer = 'group'): PollView {
  return {
    pollId: poll.id,
    kind: poll.definition.kind,
    status: poll.status,
    revealed: poll.revealed,
    answerCount: poll.answerCount,
    ...(poll.paperCount > 0 && { paperCount: poll.paperCount }),
    minResponses: poll.definition.minResponses,
    results: resultsUnder(poll, approvedTexts, {
      needsReveal: viewer === 'group',
      // The correct answer comes after the thinking: only once the poll is closed and revealed.
      showCorrect: poll.status === 'closed' && poll.revealed,
    }),
  };
}

/** The results a facilitator keeps in an export: no reveal needed, but the minimum still holds. */
export function recordedResults(poll: Poll, approvedTexts: readonly TextCount[]): PollResults {
  return resultsUnder(poll, approvedTexts, { needsReveal: false, showCorrect: true });
}

/**
 * A count that is itself the answer (a question's "me too"s), as the group may see it: from the poll's minimum
 * number of answers, else nothing (null), so that a handful of taps cannot be traced back to the few who tapped.
 */
export function shownCount(poll: Poll): number | null {
  return poll.answerCount >= poll.definition.minResponses ? poll.answerCount : null;
}
