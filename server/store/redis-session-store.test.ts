import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisSnapshot, startRedisServer, type RedisProcess } from '../../scripts/redis-process';
import { Session } from '../domain';
import { ballot, polls } from '../domain/test-fixtures';
import { orderIn } from './raw-pages';
import { connectRedis, NotOwnerError, RedisSessionStore } from './redis-session-store';
import { splitSnapshot } from './session-store';
import { describeSessionStoreContract } from './session-store.contract';

let redis: RedisProcess;
let backings = 0;

beforeAll(async () => {
  // Uncompressed snapshots, so that the test reads the ballot keys in them as they lie.
  redis = await startRedisServer({ args: ['--rdbcompression', 'no'] });
}, 30_000);

afterAll(async () => {
  await redis?.stop();
});

/** A store on the test's Redis, under a prefix of its own. */
async function openStore(prefix: string, options: Partial<ConstructorParameters<typeof RedisSessionStore>[0]> = {}) {
  return new RedisSessionStore({ redis: await connectRedis({ url: redis.url }), prefix, ...options });
}

describeSessionStoreContract('Redis', async () => {
  const prefix = `test${++backings}:`;
  return {
    open: () => openStore(prefix),
    dispose: async () => {
      const client = await connectRedis({ url: redis.url });
      const keys = await client.keys(`${prefix}*`);
      if (keys.length) await client.del(...keys);
      await client.quit();
    },
  };
});

function newSession() {
  return Session.start({ language: 'en', country: 'BE', deckId: 'welcome' }, 1_000, {
    random: (length) => crypto.getRandomValues(new Uint8Array(length)),
    flagText: () => [],
  }).session;
}

/** A session with a poll open and one answer in it, its record and that answer committed to `store`. */
async function sessionWithOneAnswer(store: RedisSessionStore): Promise<Session> {
  const session = newSession();
  session.openPoll(polls.single(), 2_000);
  session.submitAnswer('mood', ballot(1), { kind: 'single', optionId: 'good' }, 2_001);
  const { record, answers } = splitSnapshot(session.snapshot());
  await store.commit([
    { kind: 'record', record },
    { kind: 'answer', sessionId: session.id, ...answers[0] },
  ]);
  return session;
}

describe('the Redis store', () => {
  it('keeps no order of arrival in Redis’s snapshot file: each poll’s ballot keys appear sorted', async () => {
    const store = await openStore('order:');
    const session = newSession();
    session.openPoll(polls.single(), 2_000);
    await store.commit([{ kind: 'record', record: splitSnapshot(session.snapshot()).record }]);
    const keys = [17, 3, 29, 8, 21, 1, 12, 40, 5, 33].map(ballot);
    for (const key of keys) {
      const answer = { kind: 'single' as const, optionId: 'good' };
      await store.commit([{ kind: 'answer', sessionId: session.id, pollId: 'mood', ballotKey: key, answer }]);
    }
    await store.redis.save();
    expect(orderIn(redisSnapshot(redis), keys)).toEqual([...keys].sort());
    // And no append-only log, which would list every write in the order it came (deploy/redis.conf).
    expect(await store.redis.config('GET', 'appendonly')).toEqual(['appendonly', 'no']);
    await store.close();
  });

  it('sets Redis expiry: raw answers the idle limit, the record that plus retention, an ended one retention', async () => {
    const lifetime = { idleLimitMs: 60_000, retentionMs: 3_600_000 };
    const store = await openStore('expiry:', { lifetime });
    const session = await sessionWithOneAnswer(store);
    const ttl = (key: string) => store.redis.pttl(`expiry:${key}`);
    expect(await ttl(`a:${session.id}`)).toBeGreaterThan(50_000);
    expect(await ttl(`a:${session.id}`)).toBeLessThanOrEqual(60_000);
    expect(await ttl(`s:${session.id}`)).toBeGreaterThan(3_600_000);
    expect(await ttl(`c:${session.joinCode}`)).toBeGreaterThan(3_600_000);

    session.end(3_000);
    await store.commit([
      { kind: 'record', record: splitSnapshot(session.snapshot()).record },
      { kind: 'drop-answers', sessionId: session.id },
    ]);
    expect(await store.redis.exists(`expiry:a:${session.id}`)).toBe(0);
    expect(await ttl(`s:${session.id}`)).toBeLessThanOrEqual(3_600_000);
    expect(await ttl(`s:${session.id}`)).toBeGreaterThan(3_500_000);
    await store.close();
  });

  it('leaves nothing in Redis of a session whose node died and that no node took, once idle limit and retention are over', async () => {
    const lifetime = { idleLimitMs: 300, retentionMs: 300 };
    const store = await openStore('orphan:', { lifetime, owner: 'node-gone', leaseMs: 200 });
    await sessionWithOneAnswer(store);
    expect(await store.redis.keys('orphan:*')).toHaveLength(4); // record, answers, join code, lease
    // The node dies: nothing ends the session, nothing deletes it; Redis's expiry alone does.
    const watcher = await connectRedis({ url: redis.url });
    store.redis.disconnect();
    const deadline = performance.now() + 20_000;
    while ((await watcher.keys('orphan:*')).length > 0 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await watcher.keys('orphan:*')).toEqual([]);
    await watcher.quit();
  });

  it('finds a session by its join code from any node', async () => {
    const store = await openStore('codes:');
    const session = newSession();
    await store.commit([{ kind: 'record', record: splitSnapshot(session.snapshot()).record }]);
    expect(await store.sessionIdByCode(session.joinCode)).toBe(session.id);
    expect(await store.sessionIdByCode('ZZZZZZ')).toBeNull();
    await store.commit([{ kind: 'delete', sessionId: session.id }]);
    expect(await store.sessionIdByCode(session.joinCode)).toBeNull();
    await store.close();
  });

  it('refuses, whole, a commit touching a session another node holds; takes a free one for its node', async () => {
    const nodeA = await openStore('lease:', { owner: 'node-a', leaseMs: 60_000 });
    const nodeB = await openStore('lease:', { owner: 'node-b', leaseMs: 60_000 });
    const held = newSession();
    const other = newSession();
    await nodeA.commit([{ kind: 'record', record: splitSnapshot(held.snapshot()).record }]);
    expect(await nodeA.redis.get(`lease:l:${held.id}`)).toBe('node-a');

    const conflicting = nodeB.commit([
      { kind: 'record', record: splitSnapshot(other.snapshot()).record },
      { kind: 'touch', sessionId: held.id, lastActivityAt: 9_000 },
    ]);
    await expect(conflicting).rejects.toBeInstanceOf(NotOwnerError);
    expect(await nodeB.load(other.id)).toBeNull();
    expect((await nodeB.load(held.id))?.lastActivityAt).toBe(1_000);
    await nodeA.close();
    await nodeB.close();
  });

  it('refuses a new session whose join code another session holds', async () => {
    const store = await openStore('taken:');
    const first = newSession();
    await store.commit([{ kind: 'record', record: splitSnapshot(first.snapshot()).record }]);
    const second = { ...splitSnapshot(newSession().snapshot()).record, joinCode: first.joinCode };
    await expect(store.commit([{ kind: 'record', record: second }])).rejects.toThrow(/join code taken/);
    expect(await store.load(second.id)).toBeNull();
    await store.close();
  });
});
