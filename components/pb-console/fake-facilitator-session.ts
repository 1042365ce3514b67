// A facilitator's session for the console's component tests: its state set by the test, every action accepted
// and recorded.
import { vi } from 'vitest';
import type { FacilitatorSession, FacilitatorState } from '../facilitator-session';

const ok = async () => ({ ok: true as const });

/** A joined console of the session ABC234; `state` adds to or replaces that. `set` changes it as the server would. */
export function fakeFacilitatorSession(state: Partial<FacilitatorState> = {}) {
  const listeners = new Set<() => void>();
  const session = {
    state: {
      online: true,
      joined: true,
      joinCode: 'ABC234',
      students: 0,
      views: {},
      queue: [],
      ended: false,
      ...state,
    } as FacilitatorState,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
    moveDeck: vi.fn(ok),
    openPoll: vi.fn(ok),
    closePoll: vi.fn(ok),
    revealPoll: vi.fn(ok),
    approve: vi.fn(ok),
    reject: vi.fn(ok),
    endSession: vi.fn(ok),
    expectStudents: vi.fn(ok),
    exportTallies: vi.fn(async () => ({
      ok: true as const,
      filename: 'payboy-ABC234.csv',
      body: 'poll,option,count\n',
    })),
    inviteCoFacilitator: vi.fn(async () => ({ ok: true as const, facilitatorKey: 'K'.repeat(43) })),
    revokeCoFacilitator: vi.fn(ok),
    set(next: Partial<FacilitatorState>) {
      session.state = { ...session.state, ...next };
      for (const listener of listeners) listener();
    },
  };
  return session as FacilitatorSession & typeof session;
}
