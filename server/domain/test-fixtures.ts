/** Builders shared by the domain's tests: polls as a deck writes them, ballot keys, a predictable random source. */
import * as v from 'valibot';
import { PollDefinitionSchema, type PollDefinition, type PollDefinitionInput } from '../../protocol/poll';
import type { RandomBytes } from './random-source';

export function definePoll(input: PollDefinitionInput): PollDefinition {
  return v.parse(PollDefinitionSchema, input);
}

/**
 * The knowledge check's myth as a deck asks it before and after the lesson: "Paying makes it stop." (false).
 * `extra`: its baseline, or anything a test changes.
 */
export const payingQuiz = (id: string, extra: Partial<PollDefinitionInput> = {}): PollDefinitionInput =>
  ({
    id,
    kind: 'quiz',
    question: 'Paying makes it stop.',
    options: [
      { id: 'true', label: 'True' },
      { id: 'false', label: 'False' },
    ],
    correctOptionId: 'false',
    ...extra,
  }) as PollDefinitionInput;

const options = (...labels: string[]) => labels.map((label) => ({ id: label.toLowerCase(), label }));

export const polls = {
  single: () =>
    definePoll({ id: 'mood', kind: 'single', question: 'How do you feel?', options: options('Good', 'Meh', 'Bad') }),
  multiple: () =>
    definePoll({
      id: 'apps',
      kind: 'multiple',
      question: 'Which apps?',
      options: options('Snap', 'Insta', 'TikTok'),
      maxChoices: 2,
    }),
  scale: () =>
    definePoll({
      id: 'safe',
      kind: 'scale',
      question: 'How safe?',
      min: 1,
      max: 5,
      minLabel: 'Not at all',
      maxLabel: 'Very',
    }),
  wordcloud: () => definePoll({ id: 'words', kind: 'wordcloud', question: 'One word?' }),
  open: () => definePoll({ id: 'advice', kind: 'open', question: 'Your advice?' }),
  ranking: () =>
    definePoll({ id: 'steps', kind: 'ranking', question: 'Order the steps', options: options('Stop', 'Save', 'Tell') }),
  quiz: () =>
    definePoll({
      id: 'fault',
      kind: 'quiz',
      question: 'Whose fault?',
      options: options('Victim', 'Blackmailer'),
      correctOptionId: 'blackmailer',
    }),
};

/** A distinct, valid ballot key per number. */
export function ballot(n: number): string {
  return n.toString(16).padStart(64, '0');
}

/** Bytes 0, 1, 2, … : every draw differs and the output is known in advance. */
export function countingRandom(): RandomBytes {
  let next = 0;
  return (length) => Uint8Array.from({ length }, () => next++ % 256);
}
