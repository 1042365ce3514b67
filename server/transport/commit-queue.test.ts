import { describe, expect, it } from 'vitest';
import type { SessionStore, SessionWrite } from '../store/session-store';
import { CommitQueue } from './commit-queue';

function recordingStore(fail = () => false) {
  const batches: SessionWrite[][] = [];
  const store: SessionStore = {
    async commit(writes) {
      if (fail()) throw new Error('disk full');
      batches.push([...writes]);
    },
    load: async () => null,
    loadAll: async () => [],
    maintain: async () => {},
    close: async () => {},
  };
  return { store, batches };
}

const answer = (n: number): SessionWrite => ({
  kind: 'answer',
  sessionId: 's',
  pollId: 'q',
  ballotKey: String(n).padStart(64, '0'),
  answer: { kind: 'single', optionId: 'a' },
});

describe('the commit queue', () => {
  it('commits what one turn of the event loop asked for in one batch, and resolves after it', async () => {
    const { store, batches } = recordingStore();
    const queue = new CommitQueue(store);
    const done: number[] = [];
    const writes = [1, 2, 3].map((n) => queue.write({ writes: [answer(n)] }).then(() => done.push(n)));
    queue.touch('s', 5);
    queue.touch('s', 9);
    queue.touch('s', 7);
    expect(batches).toEqual([]);
    await Promise.all(writes);
    expect(done).toEqual([1, 2, 3]);
    expect(batches).toEqual([[answer(1), answer(2), answer(3), { kind: 'touch', sessionId: 's', lastActivityAt: 9 }]]);
    await queue.write({ writes: [answer(4)] });
    expect(batches).toHaveLength(2);
  });

  it('rejects every write of a failed batch and names its sessions', async () => {
    let failing = true;
    const { store, batches } = recordingStore(() => failing);
    const queue = new CommitQueue(store);
    const failed: string[] = [];
    queue.onFailure = (ids) => failed.push(...ids);
    const first = queue.write({ writes: [answer(1)] });
    const second = queue.write({ writes: [{ kind: 'drop-answers', sessionId: 't' }] });
    await expect(first).rejects.toThrow('disk full');
    await expect(second).rejects.toThrow('disk full');
    expect(failed.sort()).toEqual(['s', 't']);
    failing = false;
    await queue.write({ writes: [answer(2)] });
    await queue.idle();
    expect(batches).toEqual([[answer(2)]]);
  });

  it('commits activity marks on their own only after a while, and with the next write otherwise', async () => {
    const { store, batches } = recordingStore();
    const queue = new CommitQueue(store, { touchDelayMs: 30 });
    queue.touch('s', 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(batches).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(batches).toEqual([[{ kind: 'touch', sessionId: 's', lastActivityAt: 1 }]]);
    queue.touch('s', 2);
    await queue.write({ writes: [answer(1)] });
    expect(batches[1]).toEqual([answer(1), { kind: 'touch', sessionId: 's', lastActivityAt: 2 }]);
  });
});
