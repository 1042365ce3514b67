/**
 * The class session seen with the facilitator key, over socket.io: the console drives it, the presenter
 * follows it. Joins again after every reconnection (the server forgets a connection's role when it drops).
 */
import type { Socket } from 'socket.io-client';
import { routeToSession } from './socket-options';
import type { ClientAck, ClientEventName, ClientPayloadInput, ExportFormat } from '../protocol/client-events';
import type { DeckMove, DeckSlide } from '../protocol/deck';
import type { Ack, AckFailure } from '../protocol/errors';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events';
import type { ModerationEntry } from '../protocol/moderation';
import type { PollDefinitionInput, PublicPoll } from '../protocol/poll';
import type { PollView } from '../protocol/views';
import type { FacilitatorSession, FacilitatorState } from '../components/facilitator-session';

export type FacilitatorSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface FacilitatorCredentials {
  readonly joinCode: string;
  readonly facilitatorKey: string;
}

const ACK_TIMEOUT_MS = 8000;
/** Tries of a batch of answer cards before the presenter says it failed (the facilitator can scan again). */
const PAPER_ATTEMPTS = 3;

/** A random id for a batch of answer cards, the same in every retry of it: 16 bytes, base64url. */
function newBatchId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function failed(message: string): AckFailure {
  return { ok: false, error: { code: 'internal', message } };
}

/**
 * Sends one event and waits for its acknowledgement; fails at once while offline, because socket.io would
 * otherwise send it on reconnection before this connection has joined again (and the server would refuse it).
 */
export function request<E extends ClientEventName>(
  socket: FacilitatorSocket,
  event: E,
  payload: ClientPayloadInput<E>,
): Promise<ClientAck<E>> {
  if (!socket.connected) return Promise.resolve(failed('offline') as ClientAck<E>);
  // socket.io's typed emit cannot follow a generic event name; the signature above keeps callers honest.
  const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
    emit(event: string, payload: unknown, ack: (error: Error | null, response: ClientAck<E>) => void): void;
  };
  return new Promise((resolve) =>
    timed.emit(event, payload, (error, response) =>
      resolve(error ? (failed('no acknowledgement') as ClientAck<E>) : response),
    ),
  );
}

/** Waits until the socket is connected (or gives up after `timeoutMs`). */
export function connected(socket: FacilitatorSocket, timeoutMs = 10_000): Promise<boolean> {
  if (socket.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      resolve(ok);
    };
    const onConnect = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on('connect', onConnect);
    socket.connect();
  });
}

/** A view for a poll the server just opened, until its first tally arrives. */
function openedView(poll: PublicPoll, before: PollView | undefined): PollView {
  return (
    (before && { ...before, status: 'open' }) ?? {
      pollId: poll.id,
      kind: poll.kind,
      status: 'open',
      revealed: false,
      answerCount: 0,
      minResponses: poll.minResponses,
      results: { state: 'hidden' },
    }
  );
}

export class FacilitatorConnection implements FacilitatorSession {
  state: FacilitatorState;

  readonly #socket: FacilitatorSocket;
  readonly #credentials: FacilitatorCredentials;
  readonly #listeners = new Set<() => void>();
  readonly #moves = new Set<(move: DeckMove) => void>();
  readonly #joins = new Set<() => void>();

  constructor(socket: FacilitatorSocket, credentials: FacilitatorCredentials) {
    this.#socket = socket;
    this.#credentials = credentials;
    this.state = {
      online: socket.connected,
      joined: false,
      joinCode: credentials.joinCode,
      students: 0,
      views: {},
      queue: [],
      questions: [],
      ended: false,
    };
    this.#listen();
    routeToSession(socket, credentials.joinCode);
    if (socket.connected) this.#join();
    else socket.connect();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls `listener` when the console moves the deck (the presenter follows). */
  onDeckMove(listener: (move: DeckMove) => void): () => void {
    this.#moves.add(listener);
    return () => this.#moves.delete(listener);
  }

  /** Calls `listener` after every successful (re)join, e.g. to report the slide on screen again. */
  onJoined(listener: () => void): () => void {
    this.#joins.add(listener);
    return () => this.#joins.delete(listener);
  }

  moveDeck(move: DeckMove): Promise<Ack> {
    return request(this.#socket, 'deck:goto', move);
  }

  reportSlide(slide: DeckSlide): Promise<Ack> {
    return request(this.#socket, 'deck:report', slide);
  }

  /** Takes the class session on to the next deck of the lesson (ADR 12). */
  continueWith(deckId: string): Promise<Ack> {
    return request(this.#socket, 'session:continue', { deckId });
  }

  openPoll(poll: PollDefinitionInput): Promise<Ack> {
    return request(this.#socket, 'poll:open', { poll });
  }

  closePoll(pollId: string): Promise<Ack> {
    return request(this.#socket, 'poll:close', { pollId });
  }

  revealPoll(pollId: string): Promise<Ack> {
    return request(this.#socket, 'poll:reveal', { pollId });
  }

  /**
   * Adds scanned answer cards to the open poll (counts per answer, in the poll's order). A lost acknowledgement
   * is retried, once joined again, under the same batch id: the server adds a batch once.
   */
  async addPaperCounts(pollId: string, counts: readonly number[]): Promise<Ack> {
    const batch = { pollId, counts: [...counts], batchId: newBatchId() };
    for (let attempt = 1; ; attempt++) {
      const ack = await request(this.#socket, 'poll:paper-counts', batch);
      if (ack.ok || ack.error.code !== 'internal' || attempt === PAPER_ATTEMPTS) return ack;
      await this.#joinedAgain();
    }
  }

  /** Resolves once this connection is joined (at once if it is), or after a while: the caller tries anyway. */
  #joinedAgain(timeoutMs = 10_000): Promise<void> {
    if (this.#socket.connected && this.state.joined) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stop();
        resolve();
      };
      const stop = this.onJoined(done);
      const timer = setTimeout(done, timeoutMs);
    });
  }

  approve(entryId: string): Promise<Ack> {
    return request(this.#socket, 'moderation:approve', { entryId });
  }

  reject(entryId: string): Promise<Ack> {
    return request(this.#socket, 'moderation:reject', { entryId });
  }

  endSession(): Promise<Ack> {
    return request(this.#socket, 'session:end', {});
  }

  expectStudents(classSize: number): Promise<Ack> {
    return request(this.#socket, 'seats:expect', { classSize });
  }

  exportTallies(format: ExportFormat): Promise<Ack<{ filename: string; body: string }>> {
    return request(this.#socket, 'session:export', { format });
  }

  inviteCoFacilitator(): Promise<Ack<{ facilitatorKey: string }>> {
    return request(this.#socket, 'facilitator:invite', {});
  }

  revokeCoFacilitator(): Promise<Ack> {
    return request(this.#socket, 'facilitator:revoke', {});
  }

  close(): void {
    this.#socket.disconnect();
  }

  #listen(): void {
    const socket = this.#socket;
    socket.on('connect', () => {
      this.#set({ online: true });
      this.#join();
    });
    socket.on('disconnect', () => this.#set({ online: false, joined: false }));
    socket.on('presence:changed', ({ students }) => this.#set({ students }));
    socket.on('seats:changed', (seats) => this.#set({ seats }));
    socket.on('tally:updated', ({ view }) => this.#setView(view));
    socket.on('results:revealed', ({ view }) => this.#setView(view));
    socket.on('poll:opened', ({ poll }) => this.#setView(openedView(poll, this.state.views[poll.id])));
    socket.on('poll:closed', ({ pollId }) => {
      const view = this.state.views[pollId];
      if (view) this.#setView({ ...view, status: 'closed' });
    });
    socket.on('moderation:queued', ({ entry }) => this.#setEntry(entry));
    socket.on('moderation:updated', ({ entry }) => this.#setEntry(entry));
    socket.on('moderation:removed', ({ entryId }) =>
      this.#set({ queue: this.state.queue.filter((e) => e.id !== entryId) }),
    );
    socket.on('questions:updated', ({ questions }) => this.#set({ questions }));
    socket.on('deck:reported', (slide) => this.#set({ slide }));
    // The slide reported was the deck before's: the presenter reports the new deck's next.
    socket.on('deck:changed', () => this.#set({ slide: undefined }));
    socket.on('deck:moved', (move) => {
      for (const listener of this.#moves) listener(move);
    });
    socket.on('session:ended', () => this.#set({ ended: true }));
    // The server closes the connection right after: this console stays refused, as a reload would be.
    socket.on('facilitator:revoked', () => this.#set({ joined: false, revoked: true, error: 'forbidden' }));
    socket.on('evaluation:updated', (evaluation) => this.#set({ evaluation }));
  }

  async #join(): Promise<void> {
    const ack = await request(this.#socket, 'session:join', {
      joinCode: this.#credentials.joinCode,
      facilitatorKey: this.#credentials.facilitatorKey,
    });
    if (!ack.ok) {
      if (!this.#socket.connected) return; // the next connection joins again
      if (['internal', 'rate_limited', 'too_many_attempts'].includes(ack.error.code)) {
        setTimeout(() => this.#socket.connected && !this.state.joined && void this.#join(), 3000);
        return;
      }
      // A refused key or a forgotten (expired) session: nothing to retry.
      this.#set({ joined: false, error: ack.error.code });
      return;
    }
    if (ack.role !== 'facilitator') {
      this.#set({ joined: false, error: 'forbidden' });
      return;
    }
    this.#set({ joined: true, error: undefined, ended: ack.state === 'ended' });
    if (ack.poll) this.#setView(openedView(ack.poll, this.state.views[ack.poll.id]));
    for (const listener of this.#joins) listener();
  }

  #setView(view: PollView): void {
    this.#set({ views: { ...this.state.views, [view.pollId]: view } });
  }

  #setEntry(entry: ModerationEntry): void {
    const queue = this.state.queue.some((e) => e.id === entry.id)
      ? this.state.queue.map((e) => (e.id === entry.id ? entry : e))
      : [...this.state.queue, entry];
    this.#set({ queue });
  }

  #set(patch: Partial<FacilitatorState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.#listeners) listener();
  }
}
