import { describe, expect, it } from 'vitest';
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
