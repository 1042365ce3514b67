import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostState } from '../components/activity-host';
import {
  connect,
  connected as waitForConnect,
  disconnectAll,
  Phone,
  removeDir,
  request,
  startTestServer,
  type TestServer,
} from '../server/transport/test-harness';
import type { FacilitatorSocket } from './facilitator-connection';
import { LiveActivityHost, SESSION_KEY_PREFIX, type StoredSession } from './live-host';

/** A Storage that holds what the test puts in it. */
function storage(entries: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(entries));
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const stored = (patch: Partial<StoredSession> & Record<string, unknown> = {}) => ({
  [`${SESSION_KEY_PREFIX}spot-the-script`]: JSON.stringify({
    sessionId: 's1',
    joinCode: 'ABC234',
    facilitatorKey: 'key',
    startedAt: 1,
    ...patch,
  }),
});

// A speaker-notes preview: it shows the session the presenter stored, and never connects.
const host = (country: string, entries?: Record<string, string>) =>
  new LiveActivityHost({
    deckId: 'spot-the-script',
    language: 'fr',
    country,
    network: ['http://192.168.1.23:8080/'],
    origin: 'http://localhost:8080',
    storage: storage(entries),
  });

describe('the presenter’s session country', () => {
  it('is the one the presenter was opened with, before any session', () => {
    expect(host('FR').country).toBe('FR');
  });

  it('is the one a resumed session was started with, as its phones show it', () => {
    const resumed = host('BE', stored({ country: 'FR' }));
    expect(resumed.state.mode).toBe('live');
    expect(resumed.country).toBe('FR');
  });

  it('falls back to the presenter’s for a session stored without one, or with one that is not a country code', () => {
    expect(host('LU', stored()).country).toBe('LU');
    expect(host('LU', stored({ country: '<b>' })).country).toBe('LU');
  });
});

describe('the class size a session starts with', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    disconnectAll();
    for (const started of servers.splice(0)) {
      await started.stop();
      removeDir(started.dataDir);
    }
  });

  // The presenter of `deckId` on a laptop whose localStorage is `shared`, against a real server.
  const presenter = (url: string, shared: Storage, deckId = 'spot-the-script') =>
    new LiveActivityHost({
      deckId,
      language: 'en',
      country: 'BE',
      network: [`${url}/`],
      origin: url,
      storage: shared,
      connect: () => connect(url) as unknown as FacilitatorSocket,
    });

  it('gives seats up to the size typed, and keeps it after a reload, on the next deck and as the console changes it', async () => {
    const started = await startTestServer();
    servers.push(started);
    const shared = storage();
    const first = presenter(started.url, shared);
    expect(first.classSize).toBeUndefined(); // nothing chosen yet: the join slide offers the default

    expect(await first.startSession(2)).toEqual({ ok: true });
    const code = (first.state as Extract<HostState, { mode: 'live' }>).joinCode;
    for (const phone of [new Phone(started.url), new Phone(started.url)]) {
      expect(await phone.join(code)).toMatchObject({ ok: true, seat: 'seated' });
    }
    // The third phone is past the class size: it waits for "admit more".
    expect(await new Phone(started.url).join(code)).toMatchObject({ ok: true, seat: 'waiting' });

    // A reload resumes the same session, which keeps its size; the next deck offers it for its own start.
    const reloaded = presenter(started.url, shared);
    expect(reloaded.state).toMatchObject({ mode: 'live', joinCode: code });
    expect(reloaded.classSize).toBe(2);
    expect(presenter(started.url, shared, 'what-now').classSize).toBe(2);

    // The console admits one more: the presenter keeps the new size for a reload and the next deck.
    const stored = JSON.parse(shared.getItem(`${SESSION_KEY_PREFIX}spot-the-script`)!) as StoredSession;
    const console = connect(started.url);
    await waitForConnect(console);
    await request(console, 'session:join', { joinCode: code, facilitatorKey: stored.facilitatorKey });
    expect(await request(console, 'seats:expect', { classSize: 3 })).toEqual({ ok: true });
    await vi.waitFor(() => expect(reloaded.classSize).toBe(3));
    expect(presenter(started.url, shared, 'what-now').classSize).toBe(3);
  });

  it('lets the server give its default of 30 when the presenter does not say', async () => {
    const started = await startTestServer();
    servers.push(started);
    const host = presenter(started.url, storage());
    expect(await host.startSession()).toEqual({ ok: true });
    await vi.waitFor(() => expect(host.classSize).toBe(30));
  });
});
