import { describe, expect, it } from 'vitest';
import type { PollDefinitionInput } from '../../protocol/poll';
import { Poll } from './poll';
import { isEvaluated, knowledgeCheck, sessionEvaluation, sessionRating } from './session-evaluation';
import { ballot, definePoll, payingQuiz } from './test-fixtures';
import { pollView } from './visibility';

const pay = (id: string, extra: Partial<PollDefinitionInput> = {}) => definePoll(payingQuiz(id, extra));

const sure = (id: string, extra: Partial<PollDefinitionInput> = {}) =>
  definePoll({
    id,
    kind: 'scale',
    question: 'I would know what to do.',
    min: 1,
    max: 5,
    minLabel: 'Not at all',
    maxLabel: 'Completely',
    ...extra,
  } as PollDefinitionInput);

/** A poll with the given quiz answers, each from its own ballot (`offset` keeps two polls' ballots apart). */
function quizAnswers(poll: Poll, answers: readonly string[], offset = 0): Poll {
  answers.forEach((optionId, n) => poll.submit(ballot(offset + n + 1), { kind: 'quiz', optionId }));
  return poll;
}

function scaleAnswers(poll: Poll, values: readonly number[], offset = 0): Poll {
  values.forEach((value, n) => poll.submit(ballot(offset + n + 1), { kind: 'scale', value }));
  return poll;
}

describe('the knowledge check', () => {
  it('compares right answers before and after as class totals', () => {
    const before = quizAnswers(new Poll(pay('pay')), ['true', 'true', 'true', 'false', 'false', 'true']);
    const after = quizAnswers(
      new Poll(pay('pay-after', { baseline: 'pay' })),
      ['false', 'false', 'false', 'false', 'true', 'false', 'false'],
      100,
    );
    expect(knowledgeCheck([before, after])).toEqual([
      {
        question: 'Paying makes it stop.',
        kind: 'quiz',
        scale: null,
        before: { pollId: 'pay', answerCount: 6, needed: 0, correct: 2, mean: null },
        after: { pollId: 'pay-after', answerCount: 7, needed: 0, correct: 6, mean: null },
      },
    ]);
  });

  it('compares the means of a scale, and finds the first asking under its deck name (ADR 12)', () => {
    const before = scaleAnswers(new Poll(sure('what-now.sure')), [1, 2, 2, 3, 2]);
    const after = scaleAnswers(new Poll(sure('what-now.sure-after', { baseline: 'sure' })), [4, 4, 5, 3, 4], 100);
    const [question] = knowledgeCheck([before, after]);
    expect(question).toMatchObject({
      kind: 'scale',
      scale: { min: 1, max: 5 },
      before: { pollId: 'what-now.sure', mean: 2, correct: null },
      after: { pollId: 'what-now.sure-after', mean: 4 },
    });
  });

  it('shows no figure of an asking below its minimum, only the answers still needed', () => {
    const before = quizAnswers(new Poll(pay('pay')), ['false', 'false', 'false', 'false', 'false', 'false']);
    const after = quizAnswers(new Poll(pay('pay-after', { baseline: 'pay' })), ['false', 'true', 'false'], 100);
    const [question] = knowledgeCheck([before, after]);
    expect(question!.before).toMatchObject({ answerCount: 6, needed: 0, correct: 6 });
    expect(question!.after).toEqual({ pollId: 'pay-after', answerCount: 3, needed: 2, correct: null, mean: null });
  });

  it('holds nothing that could pair a ballot of the first asking with one of the second', () => {
    const before = quizAnswers(new Poll(pay('pay')), ['true', 'false', 'true', 'false', 'true']);
    const after = quizAnswers(new Poll(pay('pay-after', { baseline: 'pay' })), [
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    const json = JSON.stringify(sessionEvaluation([before, after]));
    for (let n = 1; n <= 5; n++) expect(json).not.toContain(ballot(n));
  });

  it('leaves out a second asking whose first was never opened, or is of another kind', () => {
    const after = new Poll(pay('pay-after', { baseline: 'pay' }));
    expect(knowledgeCheck([after])).toEqual([]);
    expect(knowledgeCheck([new Poll(sure('pay')), after])).toEqual([]);
  });

  it('names the polls whose answers change it', () => {
    const polls = [new Poll(pay('pay')), new Poll(pay('pay-after', { baseline: 'pay' })), new Poll(sure('other'))];
    expect(['pay', 'pay-after', 'other'].map((id) => isEvaluated(polls, id))).toEqual([true, true, false]);
  });
});

describe('the session rating', () => {
  const rating = () => new Poll(sure('useful', { rating: true, question: 'How useful was this session for you?' }));

  it('gives the facilitator its counts only from the minimum number of answers', () => {
    const poll = scaleAnswers(rating(), [4, 5, 3, 4]);
    expect(sessionRating([poll])).toEqual([
      expect.objectContaining({ pollId: 'useful', answerCount: 4, needed: 1, counts: null, mean: null }),
    ]);
    poll.submit(ballot(99), { kind: 'scale', value: 5 });
    const [shown] = sessionRating([poll]);
    expect(shown).toMatchObject({ answerCount: 5, needed: 0, mean: 4.2 });
    expect(shown!.counts).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 0 },
      { value: 3, count: 1 },
      { value: 4, count: 2 },
      { value: 5, count: 2 },
    ]);
  });

  it('is never shown to the group, even revealed', () => {
    const poll = scaleAnswers(rating(), [4, 5, 3, 4, 5, 2]);
    poll.reveal();
    expect(pollView(poll, [], 'group').results).toEqual({ state: 'hidden' });
    expect(sessionRating([poll])[0]!.counts).not.toBeNull();
  });
});
