// A phone's session for the join page's component tests: its state set by the test, its actions recorded.
import { vi } from 'vitest';
import type { StudentSession, StudentState } from '../student-session';

/** `set` changes the state and tells the page, as the live connection does; "me too" shows as sending. */
export function fakeStudentSession(state: StudentState) {
  const listeners = new Set<() => void>();
  const session = {
    state,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
    join: vi.fn(),
    answer: vi.fn(),
    ask: vi.fn(async () => ({ ok: true as const })),
    meToo: vi.fn((questionId: string) =>
      session.set({ meToo: { ...session.state.meToo, [questionId]: 'sending' as const } }),
    ),
    leave: vi.fn(),
    set(patch: Partial<StudentState>) {
      session.state = { ...session.state, ...patch };
      for (const listener of listeners) listener();
    },
  };
  return session as StudentSession & typeof session;
}
