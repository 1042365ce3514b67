/** Paper answer cards added to a poll as totals (ADR 17): counted like phones everywhere a poll's tally goes. */
import { describe, expect, it } from 'vitest';
import { Poll, paperAnswers } from './poll';
import { knowledgeCheck } from './session-evaluation';
import { ballot, definePoll, payingQuiz, polls } from './test-fixtures';
import { pollView, recordedResults } from './visibility';

const batch = (n: number) => `batch${String(n).padStart(17, '0')}`;
const fourPoints = () =>
  definePoll({ id: 'ok', kind: 'scale', question: 'OK?', min: 1, max: 4, minLabel: 'No', maxLabel: 'Yes' });

describe('paper answer cards in a poll', () => {
  it('count in the scale’s mean and the minimum number of answers, and nothing per card is kept', () => {
    const poll = new Poll(fourPoints());
    poll.submit(ballot(1), { kind: 'scale', value: 4 });
    expect(poll.addPaperCounts([2, 0, 0, 1], batch(1))).toEqual({ ok: true, value: { added: true } });
    poll.reveal();
    const view = pollView(poll, []);
    expect(view).toMatchObject({ answerCount: 4, paperCount: 3, results: { state: 'needs_more', needed: 1 } });
    poll.addPaperCounts([0, 1, 0, 0], batch(2));
    expect(recordedResults(poll, [])).toMatchObject({ state: 'shown', tally: { mean: 2.4 } });
    expect(poll.snapshot().paper).toEqual({ counts: [2, 1, 0, 1], batches: [batch(1), batch(2)] });
    expect(poll.snapshot().answers).toHaveLength(1);
  });

  it('stay in the counts when the session ends, and its batch ids go', () => {
    const poll = new Poll(polls.multiple());
    poll.addPaperCounts([1, 2, 3], batch(1));
    poll.freeze();
    expect(poll.answerCount).toBe(6);
    expect(poll.tally([])).toMatchObject({ counts: [{ count: 1 }, { count: 2 }, { count: 3 }] });
    expect(poll.snapshot().paper).toEqual({ counts: [1, 2, 3], batches: [] });
    expect(Poll.restore(poll.snapshot()).answerCount).toBe(6);
  });

  it('count in the knowledge check’s share of right answers', () => {
    const before = new Poll(definePoll(payingQuiz('before')));
    const after = new Poll(definePoll(payingQuiz('after', { baseline: 'before' })));
    before.addPaperCounts([6, 4], batch(1));
    after.addPaperCounts([1, 9], batch(2));
    const [check] = knowledgeCheck([before, after]);
    expect(check.before).toMatchObject({ answerCount: 10, correct: 4 });
    expect(check.after).toMatchObject({ answerCount: 10, correct: 9 });
  });

  it('are refused by a ranking, a session rating and a scale of more than four points', () => {
    expect(paperAnswers(polls.ranking())).toBeNull();
    expect(paperAnswers(polls.scale())).toBeNull();
    const rating = definePoll({ ...fourPoints(), rating: true });
    expect(new Poll(rating).addPaperCounts([1, 1, 1, 1], batch(1))).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer' },
    });
  });
});
