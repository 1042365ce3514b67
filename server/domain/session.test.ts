import { describe, expect, it } from 'vitest';
import type { Flag } from '../../protocol/moderation';
import { Session } from './session';
import { ballot, countingRandom, definePoll, polls } from './test-fixtures';

const HOUR = 3_600_000;
const noFlags = (): Flag[] => [];

function startSession() {
  return Session.start({ language: 'nl', country: 'BE' }, 0, { random: countingRandom(), flagText: noFlags });
}

function sessionWith(...definitions: ReturnType<(typeof polls)[keyof typeof polls]>[]) {
  const { session } = startSession();
  for (const definition of definitions) session.openPoll(definition, 1);
  return session;
}

describe('a session', () => {
  it('hands out the facilitator key once and keeps only a way to check it', () => {
    const { session, facilitatorKey } = startSession();
    expect(session.isFacilitatorKey(facilitatorKey)).toBe(true);
    expect(session.isFacilitatorKey('student-guess-000000000000000000000000000')).toBe(false);
    expect(JSON.stringify(session.snapshot())).not.toContain(facilitatorKey);
  });

  it('keeps one poll open at a time: opening the next closes the previous', () => {
    const session = sessionWith(polls.single());
    const opened = session.openPoll(polls.scale(), 2);
    expect(opened).toMatchObject({ ok: true, value: { closedPollIds: ['mood'] } });
    expect(session.currentPoll()?.id).toBe('safe');
    expect(session.submitAnswer('mood', ballot(1), { kind: 'single', optionId: 'good' }, 3)).toMatchObject({
      ok: false,
      error: { code: 'poll_closed' },
    });
  });

  it('sends students a quiz without its answer', () => {
    const session = sessionWith(polls.quiz());
    expect(session.currentPoll()).not.toHaveProperty('correctOptionId');
  });

  it('refuses to reopen a poll id with another definition', () => {
    const session = sessionWith(polls.single());
    const redefined = definePoll({ ...polls.single(), question: 'Something else?' });
    expect(session.openPoll(redefined, 2)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(session.openPoll(polls.single(), 2).ok).toBe(true);
  });

  it('answers not_found for a poll that was never opened', () => {
    const session = sessionWith();
    expect(session.submitAnswer('ghost', ballot(1), { kind: 'single', optionId: 'a' }, 2)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('does not show an open-text answer to the group until it is approved', () => {
    const session = sessionWith(definePoll({ ...polls.open(), minResponses: 0 }));
    session.revealPoll('advice', 2);
    const sent = session.submitAnswer('advice', ballot(1), { kind: 'open', text: 'Talk to someone you trust' }, 3);
    expect(sent).toMatchObject({ ok: true, value: { replaced: false, moderation: [{ type: 'queued' }] } });
    expect(JSON.stringify(session.pollView('advice'))).not.toContain('Talk to someone');
    const [entry] = session.moderationEntries();
    session.approve(entry.id, 4);
    expect(session.pollView('advice')?.results).toEqual({
      state: 'shown',
      tally: { kind: 'open', texts: [{ text: 'Talk to someone you trust', count: 1 }] },
    });
  });

  it('moves word-cloud counts when a student changes their words', () => {
    const session = sessionWith(polls.wordcloud());
    session.submitAnswer('words', ballot(1), { kind: 'wordcloud', entries: ['trust', 'help'] }, 2);
    session.submitAnswer('words', ballot(2), { kind: 'wordcloud', entries: ['Trust'] }, 2);
    const changed = session.submitAnswer('words', ballot(1), { kind: 'wordcloud', entries: ['respect', 'trust'] }, 3);
    expect(changed).toMatchObject({ ok: true, value: { replaced: true } });
    const counts = Object.fromEntries(session.moderationEntries().map((entry) => [entry.text, entry.count]));
    expect(counts).toEqual({ trust: 2, respect: 1 });
  });

  it('keeps the decision on a text its sender sends again unchanged', () => {
    const session = sessionWith(definePoll({ ...polls.open(), minResponses: 0 }));
    session.submitAnswer('advice', ballot(1), { kind: 'open', text: 'Tell an adult' }, 2);
    const { id } = session.moderationEntries()[0];
    session.approve(id, 3);
    session.submitAnswer('advice', ballot(1), { kind: 'open', text: 'tell an  adult' }, 4);
    expect(session.moderationEntries()).toMatchObject([{ id, status: 'approved', count: 1 }]);
    session.submitAnswer('advice', ballot(1), { kind: 'open', text: 'Block them' }, 5);
    expect(session.moderationEntries()).toMatchObject([{ text: 'Block them', status: 'pending', count: 1 }]);
    expect(session.moderationEntries()[0].id).not.toBe(id);
  });

  it('keeps a question box open at any moment, moderated like the rest', () => {
    const session = sessionWith();
    const asked = session.askQuestion('What if they already have a photo?', 2);
    expect(asked).toMatchObject({
      ok: true,
      value: { moderation: [{ type: 'queued', entry: { source: 'question' } }] },
    });
    expect(session.approvedQuestions()).toEqual([]);
    session.approve(session.moderationEntries()[0].id, 3);
    expect(session.approvedQuestions()).toEqual([{ text: 'What if they already have a photo?', count: 1 }]);
    expect(session.reject('e404', 3)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('at its end deletes raw answers and ballot keys, and keeps tallies and approved texts', () => {
    const session = sessionWith(polls.single());
    for (let n = 1; n <= 5; n++) session.submitAnswer('mood', ballot(100 + n), { kind: 'single', optionId: 'good' }, 2);
    session.openPoll(polls.open(), 3);
    session.submitAnswer('advice', ballot(201), { kind: 'open', text: 'Keep calm' }, 3);
    session.submitAnswer('advice', ballot(202), { kind: 'open', text: 'Never share' }, 3);
    session.approve(session.moderationEntries()[0].id, 4);
    expect(session.end(5)).toEqual({ ok: true, value: { closedPollIds: ['advice'] } });

    const stored = JSON.stringify(session.snapshot());
    expect(stored).not.toContain(ballot(101));
    expect(stored).not.toContain(ballot(201));
    expect(stored).not.toContain('Never share');
    expect(session.pollView('mood', 'facilitator')?.results).toMatchObject({
      state: 'shown',
      tally: { counts: [{ count: 5 }, { count: 0 }, { count: 0 }] },
    });
    expect(session.moderationEntries().map((entry) => entry.text)).toEqual(['Keep calm']);
  });

  it('refuses answers, questions and new polls once ended', () => {
    const session = sessionWith(polls.single());
    session.end(2);
    expect(session.state).toBe('ended');
    expect(session.submitAnswer('mood', ballot(1), { kind: 'single', optionId: 'good' }, 3)).toMatchObject({
      ok: false,
      error: { code: 'session_ended' },
    });
    expect(session.askQuestion('hello?', 3)).toMatchObject({ ok: false, error: { code: 'session_ended' } });
    expect(session.openPoll(polls.scale(), 3)).toMatchObject({ ok: false, error: { code: 'session_ended' } });
    expect(session.end(4)).toEqual({ ok: true, value: { closedPollIds: [] } });
  });

  it('ends itself after 12 idle hours and is purged 24 hours later', () => {
    const session = sessionWith(polls.single());
    session.submitAnswer('mood', ballot(1), { kind: 'single', optionId: 'good' }, HOUR);
    expect(session.expireIfIdle(12 * HOUR)).toBe(false);
    expect(session.expireIfIdle(13 * HOUR)).toBe(true);
    expect(session.endedAt).toBe(13 * HOUR);
    expect(session.isPastRetention(36 * HOUR)).toBe(false);
    expect(session.isPastRetention(37 * HOUR)).toBe(true);
  });

  it('comes back from its snapshot with every acknowledged answer counted once', () => {
    const session = sessionWith(polls.single());
    session.submitAnswer('mood', ballot(1), { kind: 'single', optionId: 'good' }, 2);
    session.submitAnswer('mood', ballot(2), { kind: 'single', optionId: 'bad' }, 2);
    const restored = Session.restore(JSON.parse(JSON.stringify(session.snapshot())), noFlags);
    expect(restored.currentPoll()?.id).toBe('mood');
    restored.submitAnswer('mood', ballot(1), { kind: 'single', optionId: 'bad' }, 3);
    expect(restored.pollView('mood', 'facilitator')).toMatchObject({ answerCount: 2 });
    expect(restored.snapshot()).toMatchObject({ joinCode: session.joinCode, id: session.id });
  });
});
