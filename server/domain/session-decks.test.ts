/** One class session across the decks of a lesson (ADR 12), as the domain keeps it. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../protocol/limits';
import type { Flag } from '../../protocol/moderation';
import { Session } from './session';
import { countingRandom, definePoll } from './test-fixtures';

const noFlags = (): Flag[] => [];
const poll = (id: string) =>
  definePoll({
    id,
    kind: 'single',
    question: 'Which rule?',
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  });

function welcome() {
  return Session.start({ language: 'fr', country: 'BE', deckId: 'welcome' }, 0, {
    random: countingRandom(),
    flagText: noFlags,
  }).session;
}

describe('a class session across decks', () => {
  it('names its polls by deck: one deck’s id is not another’s, and a bare id belongs to no deck', () => {
    const session = welcome();
    expect(session.isDeckPollId('welcome.questions')).toBe(true);
    expect(session.isDeckPollId('spot-the-script.questions')).toBe(false);
    expect(session.isDeckPollId('questions')).toBe(false);
    // A deck whose name begins like another's does not own its polls.
    expect(session.isDeckPollId('welcome-back.questions')).toBe(false);
    session.continueWith('spot-the-script', 1);
    expect(session.isDeckPollId('spot-the-script.questions')).toBe(true);
    expect(session.isDeckPollId('welcome.questions')).toBe(true);
  });

  it('closes the poll left open when the class moves on, and keeps both decks’ polls apart', () => {
    const session = welcome();
    session.openPoll(poll('welcome.questions'), 1);
    expect(session.continueWith('spot-the-script', 2)).toEqual({
      ok: true,
      value: { changed: true, closedPollIds: ['welcome.questions'] },
    });
    expect(session.currentPoll()).toBeNull();
    expect(session.openPoll(poll('spot-the-script.questions'), 3)).toMatchObject({ ok: true });
    expect(session.polls().map((p) => p.id)).toEqual(['welcome.questions', 'spot-the-script.questions']);
    expect(session.decks).toEqual(['welcome', 'spot-the-script']);
  });

  it('changes nothing when told the deck it is on, goes back to a deck played before, and keeps its decks on restore', () => {
    const session = welcome();
    expect(session.continueWith('welcome', 1)).toEqual({ ok: true, value: { changed: false, closedPollIds: [] } });
    session.continueWith('spot-the-script', 2);
    session.continueWith('welcome', 3);
    expect(session.decks).toEqual(['spot-the-script', 'welcome']);
    const restored = Session.restore(session.snapshot(), noFlags);
    expect(restored.decks).toEqual(['spot-the-script', 'welcome']);
  });

  it('refuses to go on once ended, and past the decks a day can hold', () => {
    const session = welcome();
    for (let i = 1; i < LIMITS.decksPerSession; i++) expect(session.continueWith(`deck-${i}`, i).ok).toBe(true);
    expect(session.continueWith('one-too-many', 100)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(session.continueWith('deck-1', 101)).toMatchObject({ ok: true }); // going back is always fine
    session.end(102);
    expect(session.continueWith('deck-2', 103)).toMatchObject({ ok: false, error: { code: 'session_ended' } });
  });

  it('restores a session stored before decks were kept with its start deck only', () => {
    const older: { decks?: readonly string[] } & Omit<ReturnType<Session['snapshot']>, 'decks'> = welcome().snapshot();
    delete older.decks;
    expect(Session.restore(older, noFlags).decks).toEqual(['welcome']);
  });
});
