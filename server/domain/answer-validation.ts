import type { Answer, AnswerOf } from '../../protocol/answer';
import { failure, success, type Result } from '../../protocol/errors';
import type { PollDefinition, PollKind, PollOf } from '../../protocol/poll';
import { textKey } from './text-key';

/** A poll and an answer of the same kind, narrowed together by `kind`. */
export type PollAnswer = { [K in PollKind]: { kind: K; poll: PollOf<K>; answer: AnswerOf<K> } }[PollKind];

export function pairAnswer(poll: PollDefinition, answer: Answer): PollAnswer | null {
  // The one place where the two unions are tied: both kinds are equal, so the members correspond.
  return poll.kind === answer.kind ? ({ kind: poll.kind, poll, answer } as PollAnswer) : null;
}

const invalid = (message: string) => failure('invalid_answer', message);

/**
 * Checks an answer against its poll (kind, option ids, counts, range) and returns it in canonical form:
 * options in the poll's order, word-cloud entries case-folded and without repeats.
 */
export function validateAnswer(poll: PollDefinition, answer: Answer): Result<Answer> {
  const pair = pairAnswer(poll, answer);
  if (!pair) return invalid(`this poll takes a ${poll.kind} answer`);
  const optionIds = 'options' in pair.poll ? pair.poll.options.map((option) => option.id) : [];
  const unknownOption = (ids: readonly string[]) => ids.find((id) => !optionIds.includes(id));

  switch (pair.kind) {
    case 'single':
    case 'quiz': {
      if (unknownOption([pair.answer.optionId])) return invalid(`no option "${pair.answer.optionId}"`);
      return success(pair.answer);
    }
    case 'multiple': {
      const unknown = unknownOption(pair.answer.optionIds);
      if (unknown) return invalid(`no option "${unknown}"`);
      const maxChoices = pair.poll.maxChoices ?? optionIds.length;
      if (pair.answer.optionIds.length > maxChoices) return invalid(`at most ${maxChoices} options`);
      const chosen = optionIds.filter((id) => pair.answer.optionIds.includes(id));
      return success({ kind: 'multiple', optionIds: chosen });
    }
    case 'scale': {
      const { min, max } = pair.poll;
      if (pair.answer.value < min || pair.answer.value > max) return invalid(`a value from ${min} to ${max}`);
      return success(pair.answer);
    }
    case 'wordcloud': {
      const entries = [...new Set(pair.answer.entries.map(textKey))];
      if (entries.length > pair.poll.maxEntries) return invalid(`at most ${pair.poll.maxEntries} entries`);
      return success({ kind: 'wordcloud', entries });
    }
    case 'open':
      return success(pair.answer);
    case 'ranking': {
      const unknown = unknownOption(pair.answer.order);
      if (unknown) return invalid(`no option "${unknown}"`);
      // The schema already refuses repeats, so equal length means every option is placed once.
      if (pair.answer.order.length !== optionIds.length) return invalid('rank every option once');
      return success(pair.answer);
    }
  }
}

/** The free texts an answer carries, which must pass moderation before the group sees them. */
export function freeTexts(answer: Answer): readonly string[] {
  if (answer.kind === 'wordcloud') return answer.entries;
  if (answer.kind === 'open') return [answer.text];
  return [];
}
