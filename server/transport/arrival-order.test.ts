import { describe, expect, it } from 'vitest';
import { orderIn, rawPages } from '../store/raw-pages';
import { request, startSession, sharedTestServer, seatedPhones } from './test-harness';

// All phones come from 127.0.0.1: the per-address limits are tested on servers of their own.
const server = sharedTestServer({ limits: { addressSeatBurst: 1000, addressJoinBurst: 1000 } });

describe('a copy of the data folder taken during a class', () => {
  it('cannot tell in which order the students answered or asked', async () => {
    const facilitator = await startSession(server.url);
    await request(facilitator.socket, 'poll:open', {
      poll: { id: 'advice', kind: 'open', question: 'Your advice?', minResponses: 0 },
    });
    const phones = await seatedPhones(server.url, facilitator.joinCode, 16);
    const questions = phones.map((_, n) => `who can help number ${String(n).padStart(2, '0')}?`);

    // One at a time, each acknowledged (so committed) before the next: the order of arrival is known.
    const keys: string[] = [];
    const check = async () => {
      await server.app.polling.idle();
      const ids = new Map<string, string>();
      for (const { entry } of facilitator.inbox.all('moderation:queued')) ids.set(entry.text, entry.id);
      for (const { name, text } of rawPages(server.dataDir)) {
        const found = orderIn(text, keys);
        expect(found, `ballot keys in ${name}`).toEqual([...found].sort());
        const texts = orderIn(text, questions);
        expect(texts, `questions in ${name}`).toEqual([...texts].sort((a, b) => (ids.get(a)! < ids.get(b)! ? -1 : 1)));
      }
    };
    for (const [n, phone] of phones.entries()) {
      await phone.answer('advice', { kind: 'open', text: `advice number ${n}` });
      keys.push(phone.ballotKey('advice'));
      expect(await request(phone.socket, 'question:ask', { text: questions[n] })).toEqual({ ok: true });
      await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.text === questions[n]);
      if (n % 5 === 4) await check();
    }
    // The arrival order was not the sorted one, so a sorted file says nothing about it.
    expect([...keys].sort()).not.toEqual(keys);
    await check();
    const entries = facilitator.inbox.all('moderation:queued').map(({ entry }) => entry.id);
    expect(entries.every((id) => /^e[A-Za-z0-9_-]{12}$/.test(id))).toBe(true);
  });
});
