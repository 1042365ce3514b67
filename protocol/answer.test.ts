import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from './answer.ts';

const accepts = (input: unknown) => v.safeParse(AnswerSchema, input).success;

describe('answers', () => {
  it('take up to three word-cloud entries of up to 25 characters', () => {
    expect(accepts({ kind: 'wordcloud', entries: ['trust', 'talk', 'stop'] })).toBe(true);
    expect(accepts({ kind: 'wordcloud', entries: ['a', 'b', 'c', 'd'] })).toBe(false);
    expect(accepts({ kind: 'wordcloud', entries: ['x'.repeat(26)] })).toBe(false);
    expect(accepts({ kind: 'wordcloud', entries: [] })).toBe(false);
  });

  it('take open text up to 280 characters', () => {
    expect(accepts({ kind: 'open', text: 'x'.repeat(280) })).toBe(true);
    expect(accepts({ kind: 'open', text: 'x'.repeat(281) })).toBe(false);
  });

  it('refuse an option ticked twice and a non-integer scale value', () => {
    expect(accepts({ kind: 'multiple', optionIds: ['a', 'a'] })).toBe(false);
    expect(accepts({ kind: 'ranking', order: ['a', 'b', 'a'] })).toBe(false);
    expect(accepts({ kind: 'scale', value: 2.5 })).toBe(false);
  });

  it('refuse a name field or any other extra', () => {
    expect(accepts({ kind: 'single', optionId: 'a', name: 'Lina' })).toBe(false);
  });
});
