/**
 * The server process dies mid-poll (SIGKILL: no clean shutdown) and starts again on the same data folder:
 * every acknowledged answer is still there, counted once, and the phones reconnect and carry on by themselves.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, killServerProcess, startServerProcess } from '../../scripts/server-process';
import { SqliteSessionStore } from '../store/sqlite-session-store';
import {
  disconnectAll,
  fakeDist,
  Inbox,
  Phone,
  removeDir,
  request,
  singlePoll,
  startSession,
  tempDir,
} from './test-harness';

/** `npm run serve` on the same port and data folder, as a child process. */
async function startServer(port: number, dataDir: string, distDir: string): Promise<ChildProcess> {
  return (await startServerProcess({ port, dataDir, distDir })).child;
}

const children = new Set<ChildProcess>();
const dirs: string[] = [];

afterAll(() => {
  disconnectAll();
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) removeDir(dir);
});

describe('a server restart mid-poll', () => {
  it('loses no acknowledged answer, counts each once, and the class carries on', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const dataDir = tempDir('pb-restart-');
    const distDir = fakeDist();
    dirs.push(dataDir, distDir);
    const url = `http://127.0.0.1:${port}`;

    let server = await startServer(port, dataDir, distDir);
    children.add(server);
    const facilitator = await startSession(url);
    // The console rejoins after every reconnection, as the real one does.
    facilitator.socket.on('connect', () => {
      void request(facilitator.socket, 'session:join', {
        joinCode: facilitator.joinCode,
        facilitatorKey: facilitator.facilitatorKey,
      }).catch(() => {});
    });
    const phones = Array.from({ length: 30 }, () => new Phone(url));
    await Promise.all(phones.map((phone) => phone.join(facilitator.joinCode)));
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q') });

    // Half the class has answered and been told "answer received".
    await Promise.all(phones.slice(0, 15).map((p) => p.answer('q', { kind: 'single', optionId: 'good' })));
    // The other half is answering when the server dies.
    const rest = phones.slice(15).map((p) => p.answer('q', { kind: 'single', optionId: 'bad' }));
    await Promise.race(rest);
    await killServerProcess(server);
    children.delete(server);
    const ackedBeforeCrash = phones.filter((p) => p.acked.has('q'));
    expect(ackedBeforeCrash.length).toBeGreaterThanOrEqual(16);

    // What the data folder holds right after the crash: every acknowledged ballot, each once.
    const store = new SqliteSessionStore({ dir: dataDir });
    const onDisk = (await store.load(facilitator.sessionId))!.polls[0].answers.map(([key]) => key);
    await store.close();
    for (const phone of ackedBeforeCrash) expect(onDisk).toContain(phone.ballotKey('q'));
    expect(new Set(onDisk).size).toBe(onDisk.length);

    const inbox = new Inbox(facilitator.socket);
    server = await startServer(port, dataDir, distDir);
    children.add(server);

    // Nobody does anything: the phones reconnect, rejoin and send what was not acknowledged.
    await Promise.all(rest);
    const tally = await inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 30, 15_000);
    expect(tally.view).toMatchObject({ pollId: 'q', status: 'open' });
    expect(phones.every((p) => p.acked.has('q'))).toBe(true);

    // And the class carries on: a changed answer still counts once.
    await phones[0].answer('q', { kind: 'single', optionId: 'meh' });
    expect(await request(facilitator.socket, 'poll:reveal', { pollId: 'q' })).toEqual({ ok: true });
    const revealed = await inbox.waitFor('results:revealed');
    expect(revealed.view.results).toEqual({
      state: 'shown',
      tally: {
        kind: 'single',
        counts: [
          { optionId: 'good', count: 14 },
          { optionId: 'meh', count: 1 },
          { optionId: 'bad', count: 15 },
        ],
      },
    });
    await killServerProcess(server);
    children.delete(server);
  });
});
