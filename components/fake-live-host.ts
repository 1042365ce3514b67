// For the activities' browser tests: a live class session stand-in, as pb-poll's tests use.
import { vi } from 'vitest';
import type { TextCount } from '../protocol/moderation';
import type { PollView } from '../protocol/views';
import type { ActivityHost } from './activity-host';

/** A live session whose poll views the test sets, as the server would send them; `country`: the session's. */
export function fakeLiveHost({ country = 'BE' }: { country?: string } = {}) {
  const listeners = new Set<() => void>();
  const views = new Map<string, PollView>();
  let questions: readonly (TextCount & { meToo?: number | null })[] = [];
  const notify = (): void => {
    for (const listener of listeners) listener();
  };
  const host = {
    state: { mode: 'live', joinCode: 'ABC234', joinUrl: 'http://192.168.1.23:8080/join', students: 24, online: true },
    country,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
    view: (id: string) => views.get(id),
    questions: () => questions,
    startSession: vi.fn(),
    continueWithoutPhones: vi.fn(),
    openPoll: vi.fn<ActivityHost['openPoll']>(async () => ({ ok: true })),
    closePoll: vi.fn<ActivityHost['closePoll']>(async () => ({ ok: true })),
    revealPoll: vi.fn<ActivityHost['revealPoll']>(async () => ({ ok: true })),
    setView(view: PollView) {
      views.set(view.pollId, view);
      notify();
    },
    /** The approved questions, as `questions:updated` would bring them. */
    setQuestions(approved: readonly (TextCount & { meToo?: number | null })[]) {
      questions = approved;
      notify();
    },
  };
  return host as unknown as ActivityHost & typeof host;
}

/** A poll view with defaults: open, not revealed, no answer yet. */
export const pollView = (patch: Partial<PollView> & Pick<PollView, 'pollId' | 'kind'>): PollView => ({
  status: 'open',
  revealed: false,
  answerCount: 0,
  minResponses: 5,
  results: { state: 'hidden' },
  ...patch,
});

/** An element as an author writes it in a deck's Markdown (not yet in the document). */
export function authored<T extends HTMLElement>(markup: string): T {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild as T;
}

/** The button of an element's shadow root whose text is `name`. */
export const buttonNamed = (element: Element, name: string): HTMLButtonElement | undefined =>
  [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
