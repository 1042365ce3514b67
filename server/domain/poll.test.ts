import { describe, expect, it } from 'vitest';
import { Poll } from './poll';
import { ballot, polls } from './test-fixtures';

describe('a running poll', () => {
  it('replaces a changed answer: the count stays 1', () => {
    const poll = new Poll(polls.single());
    expect(poll.submit(ballot(1), { kind: 'single', optionId: 'good' })).toMatchObject({
      ok: true,
      value: { previous: null },
    });
    const changed = poll.submit(ballot(1), { kind: 'single', optionId: 'bad' });
    expect(changed).toMatchObject({ ok: true, value: { previous: { optionId: 'good' } } });
    expect(poll.answerCount).toBe(1);
    expect(poll.tally([])).toMatchObject({ counts: [{ count: 0 }, { count: 0 }, { count: 1 }] });
  });

  it('refuses further answers once closed, and takes them again if reopened', () => {
    const poll = new Poll(polls.single());
    poll.submit(ballot(1), { kind: 'single', optionId: 'good' });
    expect(poll.close()).toBe(true);
    expect(poll.submit(ballot(2), { kind: 'single', optionId: 'good' })).toMatchObject({
      ok: false,
      error: { code: 'poll_closed' },
    });
    expect(poll.submit(ballot(1), { kind: 'single', optionId: 'bad' })).toMatchObject({
      ok: false,
      error: { code: 'poll_closed' },
    });
    expect(poll.answerCount).toBe(1);
    expect(poll.reopen()).toBe(true);
    expect(poll.submit(ballot(2), { kind: 'single', optionId: 'good' }).ok).toBe(true);
  });

  it('refuses an answer that does not fit, and keeps the earlier one', () => {
    const poll = new Poll(polls.single());
    poll.submit(ballot(1), { kind: 'single', optionId: 'good' });
    expect(poll.submit(ballot(1), { kind: 'single', optionId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer' },
    });
    expect(poll.tally([])).toMatchObject({ counts: [{ count: 1 }, { count: 0 }, { count: 0 }] });
  });

  it('keeps counts but no ballot key once frozen', () => {
    const poll = new Poll(polls.single());
    poll.submit(ballot(1), { kind: 'single', optionId: 'good' });
    poll.freeze();
    expect(poll.snapshot().answers).toEqual([]);
    expect(poll.answerCount).toBe(1);
    expect(poll.tally([])).toMatchObject({ counts: [{ count: 1 }, { count: 0 }, { count: 0 }] });
    expect(poll.reopen()).toBe(false);
  });

  it('stores answers in ballot-key order, not in the order they arrived', () => {
    const poll = new Poll(polls.single());
    for (const n of [3, 1, 2]) poll.submit(ballot(n), { kind: 'single', optionId: 'good' });
    expect(poll.snapshot().answers.map(([key]) => key)).toEqual([ballot(1), ballot(2), ballot(3)]);
    expect(Poll.restore(poll.snapshot()).answerCount).toBe(3);
  });
});
