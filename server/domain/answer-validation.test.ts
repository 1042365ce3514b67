import { describe, expect, it } from 'vitest';
import type { Answer } from '../../protocol/answer';
import { validateAnswer } from './answer-validation';
import { polls } from './test-fixtures';

const code = (result: ReturnType<typeof validateAnswer>) => (result.ok ? 'ok' : result.error.code);

describe('answers checked against their poll', () => {
  it('refuse an option the poll does not have, or an answer of another kind', () => {
    expect(code(validateAnswer(polls.single(), { kind: 'single', optionId: 'good' }))).toBe('ok');
    expect(code(validateAnswer(polls.single(), { kind: 'single', optionId: 'great' }))).toBe('invalid_answer');
    expect(code(validateAnswer(polls.single(), { kind: 'quiz', optionId: 'good' }))).toBe('invalid_answer');
  });

  it('hold a multiple choice to its maximum, in the poll’s order', () => {
    const poll = polls.multiple();
    expect(validateAnswer(poll, { kind: 'multiple', optionIds: ['tiktok', 'snap'] })).toEqual({
      ok: true,
      value: { kind: 'multiple', optionIds: ['snap', 'tiktok'] },
    });
    expect(code(validateAnswer(poll, { kind: 'multiple', optionIds: ['snap', 'insta', 'tiktok'] }))).toBe(
      'invalid_answer',
    );
  });

  it('keep a scale answer within its ends', () => {
    expect(code(validateAnswer(polls.scale(), { kind: 'scale', value: 5 }))).toBe('ok');
    expect(code(validateAnswer(polls.scale(), { kind: 'scale', value: 6 }))).toBe('invalid_answer');
    expect(code(validateAnswer(polls.scale(), { kind: 'scale', value: 0 }))).toBe('invalid_answer');
  });

  it('want a ranking of every option', () => {
    const poll = polls.ranking();
    expect(code(validateAnswer(poll, { kind: 'ranking', order: ['tell', 'stop', 'save'] }))).toBe('ok');
    expect(code(validateAnswer(poll, { kind: 'ranking', order: ['tell', 'stop'] }))).toBe('invalid_answer');
    expect(code(validateAnswer(poll, { kind: 'ranking', order: ['tell', 'stop', 'run'] }))).toBe('invalid_answer');
  });

  it('fold word-cloud entries and count a repeated word once', () => {
    const answer: Answer = { kind: 'wordcloud', entries: ['Respect', 'respect', 'Trust  me'] };
    expect(validateAnswer(polls.wordcloud(), answer)).toEqual({
      ok: true,
      value: { kind: 'wordcloud', entries: ['respect', 'trust me'] },
    });
  });
});
