import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_RESPONSES, LIMITS } from './limits.ts';
import { PollDefinitionSchema, PublicPollSchema, toPublicPoll, type PollDefinitionInput } from './poll.ts';

const options = [
  { id: 'a', label: 'Yes' },
  { id: 'b', label: 'No' },
];
const accepts = (input: unknown) => v.safeParse(PollDefinitionSchema, input).success;

describe('poll definitions', () => {
  it('need five answers before showing results unless the deck says otherwise (0 allowed)', () => {
    const poll = v.parse(PollDefinitionSchema, { id: 'q1', kind: 'single', question: 'Ok?', options });
    expect(poll.minResponses).toBe(DEFAULT_MIN_RESPONSES);
    expect(DEFAULT_MIN_RESPONSES).toBe(5);
    expect(
      v.parse(PollDefinitionSchema, { id: 'q1', kind: 'single', question: 'Ok?', options, minResponses: 0 })
        .minResponses,
    ).toBe(0);
    expect(accepts({ id: 'q1', kind: 'single', question: 'Ok?', options, minResponses: -1 })).toBe(false);
  });

  it('accept every kind in its shape', () => {
    const kinds: PollDefinitionInput[] = [
      { id: 's', kind: 'single', question: 'q', options },
      { id: 'm', kind: 'multiple', question: 'q', options, maxChoices: 2 },
      { id: 'sc', kind: 'scale', question: 'q', min: 1, max: 5, minLabel: 'low', maxLabel: 'high' },
      { id: 'w', kind: 'wordcloud', question: 'q' },
      { id: 'o', kind: 'open', question: 'q' },
      { id: 'r', kind: 'ranking', question: 'q', options },
      { id: 'qz', kind: 'quiz', question: 'q', options, correctOptionId: 'b' },
    ];
    for (const poll of kinds) expect(accepts(poll), poll.kind).toBe(true);
  });

  it('refuse incoherent polls', () => {
    expect(accepts({ id: 'qz', kind: 'quiz', question: 'q', options, correctOptionId: 'zz' })).toBe(false);
    expect(accepts({ id: 'm', kind: 'multiple', question: 'q', options, maxChoices: 3 })).toBe(false);
    expect(accepts({ id: 'sc', kind: 'scale', question: 'q', min: 5, max: 1, minLabel: 'l', maxLabel: 'h' })).toBe(
      false,
    );
    expect(accepts({ id: 'sc', kind: 'scale', question: 'q', min: 0, max: 20, minLabel: 'l', maxLabel: 'h' })).toBe(
      false,
    );
    expect(accepts({ id: 's', kind: 'single', question: 'q', options: [options[0], options[0]] })).toBe(false);
    expect(accepts({ id: 'w', kind: 'wordcloud', question: 'q', maxEntries: 4 })).toBe(false);
  });

  it('refuse unknown fields, oversized lists and strings', () => {
    expect(accepts({ id: 's', kind: 'single', question: 'q', options, timer: 30 })).toBe(false);
    const many = Array.from({ length: LIMITS.maxOptions + 1 }, (_, i) => ({ id: `o${i}`, label: `${i}` }));
    expect(accepts({ id: 's', kind: 'single', question: 'q', options: many })).toBe(false);
    expect(accepts({ id: 's', kind: 'single', question: 'q'.repeat(LIMITS.questionLength + 1), options })).toBe(false);
    expect(accepts({ id: 'bad id', kind: 'single', question: 'q', options })).toBe(false);
  });

  it("keep a quiz's correct option out of what students receive", () => {
    const quiz = v.parse(PollDefinitionSchema, {
      id: 'qz',
      kind: 'quiz',
      question: 'q',
      options,
      correctOptionId: 'b',
    });
    const shown = toPublicPoll(quiz);
    expect(shown).not.toHaveProperty('correctOptionId');
    expect(v.safeParse(PublicPollSchema, shown).success).toBe(true);
    expect(v.safeParse(PublicPollSchema, quiz).success).toBe(false);
  });
});
