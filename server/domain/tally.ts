import type { Answer } from '../../protocol/answer';
import type { TextCount } from '../../protocol/moderation';
import type { PollDefinition, PollOption } from '../../protocol/poll';
import type { Tally } from '../../protocol/views';
import { pairAnswer } from './answer-validation';

// Two decimals are all a bar label or a CSV cell needs, and they keep exports stable across platforms.
const round = (value: number) => Math.round(value * 100) / 100;

function optionCounts(options: readonly PollOption[], chosen: Iterable<string>) {
  const counts = new Map(options.map((option) => [option.id, 0]));
  for (const id of chosen) counts.set(id, (counts.get(id) ?? 0) + 1);
  return options.map((option) => ({ optionId: option.id, count: counts.get(option.id) ?? 0 }));
}

function byCountThenText(a: TextCount, b: TextCount): number {
  return b.count - a.count || a.text.localeCompare(b.text);
}

/**
 * Counts a poll's answers. Free-text kinds are counted from the approved texts alone (the moderation queue
 * keeps their counts), so nothing unapproved can reach a tally. A quiz's correct option is left to visibility.
 */
export function tallyPoll(
  poll: PollDefinition,
  answers: readonly Answer[],
  approvedTexts: readonly TextCount[],
): Tally {
  const paired = answers.map((answer) => pairAnswer(poll, answer)).filter((pair) => pair !== null);
  switch (poll.kind) {
    case 'single':
    case 'quiz': {
      const chosen = paired.flatMap((pair) =>
        pair.kind === 'single' || pair.kind === 'quiz' ? [pair.answer.optionId] : [],
      );
      const counts = optionCounts(poll.options, chosen);
      return poll.kind === 'quiz' ? { kind: 'quiz', counts, correctOptionId: null } : { kind: 'single', counts };
    }
    case 'multiple': {
      const chosen = paired.flatMap((pair) => (pair.kind === 'multiple' ? pair.answer.optionIds : []));
      return { kind: 'multiple', counts: optionCounts(poll.options, chosen) };
    }
    case 'scale': {
      const values = paired.flatMap((pair) => (pair.kind === 'scale' ? [pair.answer.value] : []));
      const counts = [];
      for (let value = poll.min; value <= poll.max; value++) {
        counts.push({ value, count: values.filter((v) => v === value).length });
      }
      const mean = values.length ? round(values.reduce((sum, v) => sum + v, 0) / values.length) : null;
      return { kind: 'scale', counts, mean };
    }
    case 'ranking': {
      const orders = paired.flatMap((pair) => (pair.kind === 'ranking' ? [pair.answer.order] : []));
      const size = poll.options.length;
      const options = poll.options.map((option) => {
        const positions: number[] = new Array<number>(size).fill(0);
        for (const order of orders) positions[order.indexOf(option.id)]++;
        const rankSum = positions.reduce((sum, count, place) => sum + count * (place + 1), 0);
        const points = positions.reduce((sum, count, place) => sum + count * (size - 1 - place), 0);
        return {
          optionId: option.id,
          meanRank: orders.length ? round(rankSum / orders.length) : null,
          points,
          positions,
        };
      });
      // Every ballot ranks every option, so mean rank and Borda points order alike; ties keep the deck's order.
      options.sort((a, b) => b.points - a.points);
      return { kind: 'ranking', options };
    }
    case 'wordcloud':
      return { kind: 'wordcloud', words: [...approvedTexts].sort(byCountThenText) };
    case 'open':
      // Most shared first; otherwise in the order the facilitator met them.
      return { kind: 'open', texts: [...approvedTexts].sort((a, b) => b.count - a.count) };
  }
}
