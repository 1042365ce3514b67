import { describe, expect, it } from 'vitest';
import type { Flag } from '../../protocol/moderation';
import { Session } from './session';
import { closePoll, endSession, openPoll, submitAnswer } from './session-changes';
import { ballot, countingRandom, polls } from './test-fixtures';

const noFlags = (): Flag[] => [];

function sessionWith(definition: ReturnType<(typeof polls)[keyof typeof polls]>) {
  const { session } = Session.start({ language: 'en', country: 'BE' }, 0, {
    random: countingRandom(),
    flagText: noFlags,
  });
  const opened = openPoll(session, definition, 1, null);
  if (!opened.ok) throw new Error(opened.error.message);
  return session;
}

describe('what a change to a session writes and announces', () => {
  it('writes an answer as its poll kept it, checked once: options in the poll’s order, no rewrite of the record', () => {
    const session = sessionWith(polls.multiple());
    const submitted = submitAnswer(session, 'apps', ballot(1), { kind: 'multiple', optionIds: ['tiktok', 'snap'] }, 2);
    expect(submitted).toMatchObject({ ok: true, value: { value: { replaced: false } } });
    expect(submitted.ok && submitted.value.writes).toEqual([
      { kind: 'activity' },
      {
        kind: 'answer',
        pollId: 'apps',
        ballotKey: ballot(1),
        answer: { kind: 'multiple', optionIds: ['snap', 'tiktok'] },
      },
    ]);
    expect(submitAnswer(session, 'apps', ballot(2), { kind: 'multiple', optionIds: ['whatsapp'] }, 3)).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer' },
    });
  });

  it('rewrites the record when a free text enters the moderation queue, and tells the consoles', () => {
    const session = sessionWith(polls.open());
    const submitted = submitAnswer(session, 'advice', ballot(1), { kind: 'open', text: 'Talk to someone' }, 2);
    expect(submitted.ok && submitted.value.writes.map((write) => write.kind)).toEqual(['activity', 'record', 'answer']);
    expect(submitted.ok && submitted.value.events).toMatchObject([
      { kind: 'moderation', changes: [{ type: 'queued' }], decided: false },
      { kind: 'answers-changed', pollId: 'advice' },
    ]);
  });

  it('writes and announces nothing for a repeated click', () => {
    const session = sessionWith(polls.single());
    expect(closePoll(session, 'mood', 2)).toMatchObject({ ok: true, value: { writes: [{ kind: 'record' }] } });
    expect(closePoll(session, 'mood', 3)).toEqual({
      ok: true,
      value: { value: { changed: false }, writes: [], events: [] },
    });
  });

  it('ends a session by dropping its raw answers with its last record, and ends it once', () => {
    const session = sessionWith(polls.single());
    expect(endSession(session, 5)).toEqual({
      ok: true,
      value: {
        value: { ended: true },
        writes: [{ kind: 'record' }, { kind: 'drop-answers' }],
        events: [{ kind: 'ended', closedPollIds: ['mood'], reason: 'ended' }],
      },
    });
    expect(endSession(session, 6)).toEqual({ ok: true, value: { value: { ended: false }, writes: [], events: [] } });
  });
});
