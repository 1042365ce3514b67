/**
 * What every SessionStore must do, whatever keeps the data: run it from a `.test.ts` per implementation
 * (SQLite now, Redis later) with a backing that starts empty for each test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Flag } from '../../protocol/moderation';
import { BallotSigner, seatDigest, Session } from '../domain';
import { ballot, polls } from '../domain/test-fixtures';
import { splitSnapshot, type SessionStore, type SessionWrite } from './session-store';

export interface StoreBacking {
  /** Opens a store on this backing; a store opened after another was closed sees all it committed. */
  open(): Promise<SessionStore>;
  /** Removes the backing (temp folder, Redis keys). */
  dispose(): Promise<void>;
}

const noFlags = (): Flag[] => [];

const sortedById = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function newSession(now = 1_000) {
  return Session.start({ language: 'fr', country: 'BE', deckId: 'welcome' }, now, {
    random: (length) => crypto.getRandomValues(new Uint8Array(length)),
    flagText: noFlags,
  }).session;
}

/** The writes the transport would make for a whole session as it stands. */
function writesOf(session: Session): SessionWrite[] {
  const { record, answers } = splitSnapshot(session.snapshot());
  return [{ kind: 'record', record }, ...answers.map((a) => ({ kind: 'answer' as const, sessionId: record.id, ...a }))];
}

function answered(count: number, pollId = 'mood'): Session {
  const session = newSession();
  session.openPoll(polls.single(), 2_000);
  for (let i = 1; i <= count; i++) {
    session.submitAnswer(pollId, ballot(i), { kind: 'single', optionId: i % 2 ? 'good' : 'bad' }, 3_000 + i);
  }
  return session;
}

export function describeSessionStoreContract(name: string, createBacking: () => Promise<StoreBacking>): void {
  describe(`SessionStore contract: ${name}`, () => {
    let backing: StoreBacking;
    let store: SessionStore;

    beforeEach(async () => {
      backing = await createBacking();
      store = await backing.open();
    });

    afterEach(async () => {
      await store.close();
      await backing.dispose();
    });

    async function reopen(): Promise<SessionStore> {
      await store.close();
      store = await backing.open();
      return store;
    }

    it('starts empty', async () => {
      expect(await store.loadAll()).toEqual([]);
      expect(await store.load('nothing-here-0000')).toBeNull();
    });

    it('gives back a session exactly as the domain left it, answers and all', async () => {
      const session = answered(7);
      session.openPoll(polls.open(), 4_000);
      session.submitAnswer('advice', ballot(1), { kind: 'open', text: 'Talk to someone you trust' }, 4_001);
      session.askQuestion('Is it illegal?', 4_002);
      await store.commit(writesOf(session));

      const loaded = await store.load(session.id);
      expect(loaded).toEqual(session.snapshot());
      expect(await store.loadAll()).toEqual([session.snapshot()]);
      const restored = Session.restore(loaded!, noFlags);
      expect(restored.pollView('mood', 'facilitator')).toEqual(session.pollView('mood', 'facilitator'));
      // The same entries; a restored queue lists them by id, as stored, not in the order they arrived.
      expect(restored.moderationEntries()).toEqual(sortedById(session.moderationEntries()));
    });

    it('keeps everything across a reopen (what a restart of the server does)', async () => {
      const session = answered(12);
      await store.commit(writesOf(session));
      await reopen();
      expect(await store.loadAll()).toEqual([session.snapshot()]);
    });

    it('keeps the seats given, the class size and an open poll’s signing key across a reopen', async () => {
      const { session } = Session.start({ language: 'nl', country: 'BE', classSize: 3 }, 1_000, {
        random: (length) => crypto.getRandomValues(new Uint8Array(length)),
        flagText: noFlags,
      });
      for (const n of [1, 2]) session.claimSeat(seatDigest(ballot(n)), 1_500);
      const signer = await BallotSigner.generate(1024);
      session.openPoll(polls.single(), 2_000, signer);
      await store.commit(writesOf(session));
      await reopen();
      const restored = Session.restore((await store.load(session.id))!, noFlags);
      expect(restored.seatCounts()).toEqual({ expected: 3, given: 2 });
      expect(restored.hasSeat(seatDigest(ballot(2)))).toBe(true);
      expect(restored.ballotModulus('mood')).toEqual({ ok: true, value: { modulus: signer.modulus } });
    });

    it('keeps one answer per ballot key: a changed answer replaces the earlier one', async () => {
      const session = answered(3);
      await store.commit(writesOf(session));
      await store.commit([
        {
          kind: 'answer',
          sessionId: session.id,
          pollId: 'mood',
          ballotKey: ballot(1),
          answer: { kind: 'single', optionId: 'meh' },
        },
      ]);
      const loaded = Session.restore((await store.load(session.id))!, noFlags);
      expect(loaded.polls()[0].answerCount).toBe(3);
      expect(loaded.polls()[0].snapshot().answers).toContainEqual([ballot(1), { kind: 'single', optionId: 'meh' }]);
    });

    it('holds no trace of the order answers arrived in', async () => {
      const keys = [5, 1, 9, 3, 7].map(ballot);
      const inOrder = async (order: string[]) => {
        const session = newSession();
        session.openPoll(polls.single(), 2_000);
        await store.commit(writesOf(session));
        for (const key of order) {
          session.submitAnswer('mood', key, { kind: 'single', optionId: 'good' }, 3_000);
          await store.commit([
            {
              kind: 'answer',
              sessionId: session.id,
              pollId: 'mood',
              ballotKey: key,
              answer: { kind: 'single', optionId: 'good' },
            },
          ]);
        }
        const loaded = await store.load(session.id);
        await store.commit([{ kind: 'delete', sessionId: session.id }]);
        return loaded!.polls[0].answers;
      };
      const forwards = await inOrder(keys);
      expect(await inOrder([...keys].reverse())).toEqual(forwards);
      expect(forwards.map(([key]) => key)).toEqual([...keys].sort());
    });

    it('moves the last activity forward only, without touching the rest', async () => {
      const session = answered(2);
      await store.commit(writesOf(session));
      await store.commit([{ kind: 'touch', sessionId: session.id, lastActivityAt: 9_000 }]);
      await store.commit([{ kind: 'touch', sessionId: session.id, lastActivityAt: 5_000 }]);
      const loaded = await store.load(session.id);
      expect(loaded?.lastActivityAt).toBe(9_000);
      expect(loaded?.polls[0].answers).toHaveLength(2);
      // A touch for a session the store does not hold is no error: it may have just been deleted.
      await store.commit([{ kind: 'touch', sessionId: 'gone-000000000000', lastActivityAt: 1 }]);
      expect(await store.loadAll()).toHaveLength(1);
    });

    it('applies a commit whole or not at all', async () => {
      const session = answered(2);
      const failing = store.commit([
        ...writesOf(session),
        {
          kind: 'answer',
          sessionId: 'unknown-0000000000',
          pollId: 'mood',
          ballotKey: ballot(1),
          answer: { kind: 'single', optionId: 'good' },
        },
      ]);
      await expect(failing).rejects.toThrow();
      expect(await store.loadAll()).toEqual([]);
    });

    it('keeps separate sessions apart, even with the same poll ids and ballot keys', async () => {
      const a = answered(3);
      const b = answered(5);
      await store.commit([...writesOf(a), ...writesOf(b)]);
      expect((await store.load(a.id))?.polls[0].answers).toHaveLength(3);
      expect((await store.load(b.id))?.polls[0].answers).toHaveLength(5);
    });

    it('drops the raw answers when a session ends and keeps only tallies and approved texts', async () => {
      const session = answered(6);
      session.openPoll(polls.open(), 4_000);
      session.submitAnswer('advice', ballot(1), { kind: 'open', text: 'Block and report' }, 4_001);
      session.submitAnswer('advice', ballot(2), { kind: 'open', text: 'my number is 0470 12 34 56' }, 4_002);
      const approved = session.moderationEntries().find((entry) => entry.text === 'Block and report')!;
      session.approve(approved.id, 4_003);
      await store.commit(writesOf(session));

      session.end(5_000);
      await store.commit([
        { kind: 'record', record: splitSnapshot(session.snapshot()).record },
        { kind: 'drop-answers', sessionId: session.id },
      ]);
      await reopen();
      const loaded = (await store.load(session.id))!;
      expect(loaded.polls.every((poll) => poll.answers.length === 0)).toBe(true);
      expect(loaded.polls.find((poll) => poll.definition.id === 'mood')?.final?.answerCount).toBe(6);
      expect(JSON.stringify(loaded)).not.toContain(ballot(1));
      expect(JSON.stringify(loaded)).not.toContain('0470');
      expect(Session.restore(loaded, noFlags).approvedTexts(Session.restore(loaded, noFlags).polls()[1])).toEqual([
        { text: 'Block and report', count: 1 },
      ]);
    });

    it('deletes a session and all that is left of it', async () => {
      const kept = answered(2);
      const gone = answered(4);
      await store.commit([...writesOf(kept), ...writesOf(gone)]);
      await store.commit([{ kind: 'delete', sessionId: gone.id }]);
      await store.maintain();
      await reopen();
      expect(await store.load(gone.id)).toBeNull();
      expect((await store.loadAll()).map((s) => s.id)).toEqual([kept.id]);
    });

    it('replaces a record and keeps its answers', async () => {
      const session = answered(4);
      await store.commit(writesOf(session));
      session.closePoll('mood', 6_000);
      session.revealPoll('mood', 6_001);
      await store.commit([{ kind: 'record', record: splitSnapshot(session.snapshot()).record }]);
      expect(await store.load(session.id)).toEqual(session.snapshot());
    });
  });
}
