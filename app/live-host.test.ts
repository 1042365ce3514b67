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
import { CLASS_SESSION_KEY, LiveActivityHost, type StoredSession } from './live-host';

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
  [CLASS_SESSION_KEY]: JSON.stringify({
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

  it('is not continued by a deck in another language: that is another class, which starts its own', () => {
    expect(host('FR', stored({ country: 'FR', language: 'nl' })).state.mode).toBe('ready');
    expect(host('FR', stored({ country: 'FR', language: 'fr' })).state.mode).toBe('live');
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
    const stored = JSON.parse(shared.getItem(CLASS_SESSION_KEY)!) as StoredSession;
    const console = connect(started.url);
    await waitForConnect(console);
    await request(console, 'session:join', { joinCode: code, facilitatorKey: stored.facilitatorKey });
    expect(await request(console, 'seats:expect', { classSize: 3 })).toEqual({ ok: true });
    await vi.waitFor(() => expect(reloaded.classSize).toBe(3));
    expect(presenter(started.url, shared, 'what-now').classSize).toBe(3);
  });

  it('continues the class session on the next deck: same code, same phones, the deck’s polls apart', async () => {
    const started = await startTestServer({ limits: { tallyIntervalMs: 0, presenceIntervalMs: 0 } });
    servers.push(started);
    const shared = storage();
    const welcome = presenter(started.url, shared, 'welcome');
    expect(await welcome.startSession()).toEqual({ ok: true });
    const code = (welcome.state as Extract<HostState, { mode: 'live' }>).joinCode;
    const phone = new Phone(started.url);
    expect(await phone.join(code)).toMatchObject({ ok: true, seat: 'seated' });
    const poll = { id: 'questions', kind: 'open', question: 'Anything to add?' } as const;
    await vi.waitFor(async () => expect(await welcome.openPoll(poll)).toMatchObject({ ok: true }));
    await phone.answer('welcome.questions', { kind: 'open', text: 'no' });
    await vi.waitFor(() => expect(welcome.view('questions')).toMatchObject({ pollId: 'questions', answerCount: 1 }));

    // The presenter of the next deck, on the same laptop: live at once with the same code, no second join.
    const next = presenter(started.url, shared, 'spot-the-script');
    expect(next.state).toMatchObject({ mode: 'live', joinCode: code });
    await phone.inbox.waitFor('deck:changed', ({ deckId }) => deckId === 'spot-the-script');
    await vi.waitFor(() =>
      expect((JSON.parse(shared.getItem(CLASS_SESSION_KEY)!) as StoredSession).deckId).toBe('spot-the-script'),
    );
    // Its own "questions" poll is another poll: nothing of the welcome deck's answers shows on it.
    await vi.waitFor(async () => expect(await next.openPoll(poll)).toMatchObject({ ok: true }));
    await vi.waitFor(() => expect(next.view('questions')).toMatchObject({ status: 'open', answerCount: 0 }));
    await phone.answer('spot-the-script.questions', { kind: 'open', text: 'yes' });
    await vi.waitFor(() => expect(next.view('questions')).toMatchObject({ answerCount: 1 }));
    await started.app.polling.idle();
    const sessionId = (JSON.parse(shared.getItem(CLASS_SESSION_KEY)!) as StoredSession).sessionId;
    expect((await started.store.load(sessionId))?.decks).toEqual(['welcome', 'spot-the-script']);
  });

  it('lets the server give its default of 30 when the presenter does not say', async () => {
    const started = await startTestServer();
    servers.push(started);
    const host = presenter(started.url, storage());
    expect(await host.startSession()).toEqual({ ok: true });
    await vi.waitFor(() => expect(host.classSize).toBe(30));
  });
});
