import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisProcess } from '../../scripts/redis-process';
import { Session } from '../domain';
import { connectRedis, RedisSessionStore } from '../store/redis-session-store';
import { splitSnapshot } from '../store/session-store';
import { SessionLeases } from './session-leases';

let redis: RedisProcess;
const opened: SessionLeases[] = [];
const stores: RedisSessionStore[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
}, 30_000);

afterEach(async () => {
  for (const leases of opened.splice(0)) await leases.close();
  for (const store of stores.splice(0)) await store.close();
});

afterAll(async () => {
  await redis?.stop();
});

let prefixes = 0;

/** Two nodes on one Redis, each with the sessions it holds in memory (a set of ids). */
async function nodes(...names: string[]) {
  const prefix = `leases${++prefixes}:`;
  return Promise.all(
    names.map(async (node) => {
      const client = await connectRedis({ url: redis.url });
      const store = new RedisSessionStore({ redis: client, prefix, owner: node, leaseMs: 60_000 });
      stores.push(store);
      const leases = await SessionLeases.start({ store, subscriber: client.duplicate(), node, leaseMs: 60_000 });
      opened.push(leases);
      const held = new Set<string>();
      const released: string[] = [];
      leases.held = () => held;
      leases.onRelease = async (sessionId) => {
        held.delete(sessionId);
        released.push(sessionId);
      };
      return { node, store, leases, held, released };
    }),
  );
}

function newSession() {
  return Session.start({ language: 'en', country: 'BE' }, 1_000, {
    random: (length) => crypto.getRandomValues(new Uint8Array(length)),
    flagText: () => [],
  }).session;
}

describe('session leases', () => {
  it('hands a session over when a connection joins it on another node, which then holds it alone', async () => {
    const [a, b] = await nodes('node-a', 'node-b');
    const session = newSession();
    await a.store.commit([{ kind: 'record', record: splitSnapshot(session.snapshot()).record }]);
    a.held.add(session.id);

    // The hand-over is asked and done within a lease's first second, not when its 60 s run out.
    const taken = await b.leases.take(session.joinCode);
    expect(taken?.id).toBe(session.id);
    expect(a.released).toEqual([session.id]);
    expect(await b.store.redis.get(`${b.store.prefix}l:${session.id}`)).toBe('node-b');
    // The node that gave it up can no longer write it.
    const late = a.store.commit([{ kind: 'touch', sessionId: session.id, lastActivityAt: 5_000 }]);
    await expect(late).rejects.toThrow(/another node holds/);
  });

  it('takes a session at once from a node whose process is gone, without waiting for its lease to run out', async () => {
    const [b] = await nodes('node-b');
    const session = newSession();
    await b.store.commit([{ kind: 'record', record: splitSnapshot(session.snapshot()).record }]);
    // Held by a node that no longer listens: killed, its connections closed by Redis.
    await b.store.redis.set(`${b.store.prefix}l:${session.id}`, 'node-gone', 'PX', 60_000);
    const started = performance.now();
    expect((await b.leases.take(session.joinCode))?.id).toBe(session.id);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('gives up, at its next renewal, a session another node has taken meanwhile', async () => {
    const [a, b] = await nodes('node-a', 'node-b');
    const session = newSession();
    await a.store.commit([{ kind: 'record', record: splitSnapshot(session.snapshot()).record }]);
    a.held.add(session.id);
    await b.store.redis.set(`${b.store.prefix}l:${session.id}`, 'node-b');
    await a.leases.renew();
    expect(a.released).toEqual([session.id]);
    expect(await a.store.redis.get(`${a.store.prefix}l:${session.id}`)).toBe('node-b');
  });

  it('finds no session for a code nobody started', async () => {
    const [a] = await nodes('node-a');
    expect(await a.leases.take('ZZZZZZ')).toBeNull();
  });
});
