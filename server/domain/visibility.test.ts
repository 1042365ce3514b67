import { describe, expect, it } from 'vitest';
import { Poll } from './poll';
import { ballot, definePoll, polls } from './test-fixtures';
import { pollView } from './visibility';

function answered(count: number, poll = new Poll(polls.single())): Poll {
  for (let n = 1; n <= count; n++) poll.submit(ballot(n), { kind: 'single', optionId: 'good' });
  return poll;
}

describe('what the slide may show of a poll', () => {
  it('shows the answer count but hides the results until the facilitator reveals them', () => {
    const view = pollView(answered(8), []);
    expect(view).toMatchObject({ answerCount: 8, revealed: false, results: { state: 'hidden' } });
  });

  it("with 4 answers and minResponses 5 says 'needs 1 more' and shows no counts", () => {
    const poll = answered(4);
    poll.reveal();
    const view = pollView(poll, []);
    expect(view.results).toEqual({ state: 'needs_more', needed: 1 });
    expect(JSON.stringify(view)).not.toContain('counts');
  });

  it('shows the counts from the fifth answer on', () => {
    const poll = answered(5);
    poll.reveal();
    expect(pollView(poll, []).results).toMatchObject({
      state: 'shown',
      tally: { counts: [{ optionId: 'good', count: 5 }, { count: 0 }, { count: 0 }] },
    });
  });

  it('shows a harmless poll with minResponses 0 at once', () => {
    const poll = new Poll(definePoll({ ...polls.single(), minResponses: 0 }));
    poll.reveal();
    expect(pollView(poll, []).results.state).toBe('shown');
  });

  it("lets the facilitator's console see results before the reveal, never below the minimum", () => {
    expect(pollView(answered(5), [], 'facilitator').results.state).toBe('shown');
    expect(pollView(answered(2), [], 'facilitator').results).toEqual({ state: 'needs_more', needed: 3 });
  });

  it('reveals the correct quiz answer only once the poll is closed', () => {
    const poll = new Poll(polls.quiz());
    for (let n = 1; n <= 5; n++) poll.submit(ballot(n), { kind: 'quiz', optionId: n < 3 ? 'victim' : 'blackmailer' });
    poll.reveal();
    expect(pollView(poll, []).results).toMatchObject({ state: 'shown', tally: { correctOptionId: null } });
    poll.close();
    expect(pollView(poll, []).results).toMatchObject({ state: 'shown', tally: { correctOptionId: 'blackmailer' } });
  });
});
