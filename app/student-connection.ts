/**
 * The class session as one phone sees it, over socket.io. It never loses an answer: an answer stays "sending"
 * (kept in the tab's storage, so a reload keeps it too) until the server acknowledges it, and is sent again
 * after every reconnection; the server counts one answer per ballot key, so sending twice counts once.
 */
import type { Socket } from 'socket.io-client';
import { routeToSession } from './socket-options';
import type { Answer } from '../protocol/answer';

import type { Ack, AckFailure, ErrorCode } from '../protocol/errors';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events';
import { blindBallot, deriveSeat, isDeviceSecret, isJoinCode, newDeviceSecret } from './student-keys';
import type { PublicPoll } from '../protocol/poll';
import { meTooBoxId } from '../protocol/me-too-box';
import { JOIN_TROUBLES, noteJoinTrouble, type JoinTrouble } from './join-trouble';
import type { StudentSession, StudentState } from '../components/student-session';

export type StudentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface StudentConnectionOptions {
  /** Opens the connection (socket.io's `io()`); called on the first join. */
  readonly connect: () => StudentSocket;
  /** Keeps the code and unacknowledged answers across a reload: the tab's sessionStorage. */
  readonly store?: Storage;
  /** Keeps the device secret: localStorage, so the phone keeps its ballot keys for a whole session. */
  readonly secretStore?: Storage;
  readonly ackTimeoutMs?: number;
  readonly retryMs?: number;
}

interface SavedAnswer {
  answer: Answer;
  acked: boolean;
}

interface Saved {
  code: string;
  sessionId?: string;
  answers: Record<string, SavedAnswer>;
  /** Question id → whether the server acknowledged this phone's "me too" (absent in tabs saved before it). */
  meToo?: Record<string, boolean>;
}

const SAVED_KEY = 'pb-join';
const SECRET_KEY = 'pb-device-secret';
// Failures that say "later", not "no": the answer stays and goes again.
const TRANSIENT: readonly ErrorCode[] = ['rate_limited', 'too_many_attempts', 'internal'];

/** 128 random bits, hex: names one question so that sending it twice counts once. */
const newAskId = () => newDeviceSecret().slice(0, 32);

/**
 * Whether a failed connection was refused by the server's per-address limits: in a browser, engine.io hands the
 * refused handshake's request over, whose body names the refusal (server/transport/connection-guard.ts).
 */
export function isConnectionRefusal(error: unknown): boolean {
  const body = (error as { context?: { responseText?: unknown } } | null)?.context?.responseText;
  return typeof body === 'string' && /"too_many_(connections|handshakes)"/.test(body);
}

function load<T>(store: Storage | undefined, key: string): T | undefined {
  try {
    const text = store?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined; // storage disabled or damaged: start afresh
  }
}

function keep(store: Storage | undefined, key: string, value: string | undefined): void {
  try {
    if (value === undefined) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // kept in memory only
  }
}

/** The canonical form of a typed join code ("abc 234" → "ABC234"). */
export function canonicalCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export class StudentConnection implements StudentSession {
  state: StudentState = { phase: 'code', online: false };

  readonly #options: StudentConnectionOptions;
  readonly #listeners = new Set<() => void>();
  #socket: StudentSocket | undefined;
  #saved: Saved | undefined;
  #joined = false;
  #secret: string | undefined;
  /** The latest send per poll: an older send's late acknowledgement must not mark a newer answer received. */
  readonly #sends: Record<string, number> = {};
  /** The question last sent and not yet acknowledged, with the ask id it goes again with. */
  #unsentQuestion: { readonly text: string; readonly askId: string } | undefined;
  /** Whether the server gave this phone its seat (ADR 10); answers wait for it. */
  #seated = false;
  /** Per session and poll, the ballot key with the poll's signature on it: asked for once, then reused. */
  #ballots: Record<string, Promise<{ ballotKey: string; signature: string } | AckFailure>> = {};

  constructor(options: StudentConnectionOptions) {
    this.#options = options;
    this.#saved = load<Saved>(options.store, SAVED_KEY);
  }

  /** Rejoins the session this tab was in before a reload, if any. */
  resume(): boolean {
    if (!this.#saved) return false;
    this.join(this.#saved.code);
    return true;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Whether the server knows this phone in its session right now (after a reconnection: once it rejoined). */
  get joined(): boolean {
    return this.#joined && this.#socket?.connected === true;
  }

  join(typed: string): void {
    const code = canonicalCode(typed);
    if (!isJoinCode(code)) {
      this.#set({ phase: 'code', joinError: 'invalid_payload' });
      return;
    }
    if (this.#saved?.code !== code) this.#saved = { code, answers: {} };
    this.#save();
    this.#set({ phase: 'joining', joinError: undefined });
    const socket = (this.#socket ??= this.#listen(this.#options.connect()));
    routeToSession(socket, code);
    if (socket.connected) this.#sendJoin();
    else socket.connect();
  }

  answer(answer: Answer): void {
    const poll = this.state.poll;
    if (this.state.phase !== 'poll' || !poll || !this.#saved) return;
    this.#saved.answers[poll.id] = { answer, acked: false };
    this.#save();
    this.#set({ answer, answerStatus: 'sending', answerError: undefined });
    this.#send(poll.id);
  }

  ask(text: string): Promise<Ack> {
    const socket = this.#socket;
    if (!socket?.connected || !this.#joined) return Promise.resolve(failed('not connected'));
    // The same question sent again (its acknowledgement was lost) keeps its ask id, so it counts once.
    const unsent = this.#unsentQuestion?.text === text ? this.#unsentQuestion : { text, askId: newAskId() };
    this.#unsentQuestion = unsent;
    return new Promise<Ack>((resolve) =>
      socket
        .timeout(this.#ackTimeout)
        .emit('question:ask', { text, askId: unsent.askId }, (error, ack) =>
          resolve(error ? failed('no acknowledgement') : ack),
        ),
    ).then((ack) => {
      if (ack.ok && this.#unsentQuestion === unsent) this.#unsentQuestion = undefined;
      return ack;
    });
  }

  meToo(questionId: string): void {
    const saved = this.#saved;
    if (!saved || saved.meToo?.[questionId] !== undefined) return;
    (saved.meToo ??= {})[questionId] = false;
    this.#save();
    this.#showMeToo();
    this.#sendMeToo(questionId);
  }

  leave(): void {
    this.#forget();
    this.#set({ phase: 'code', poll: undefined, answer: undefined, answerStatus: undefined, closed: undefined });
  }

  get #ackTimeout(): number {
    return this.#options.ackTimeoutMs ?? 8000;
  }

  #listen(socket: StudentSocket): StudentSocket {
    socket.on('connect', () => {
      this.#set({ online: true });
      if (this.#saved) this.#sendJoin();
    });
    socket.on('connect_error', (error) => {
      // The server turned the connection itself away (too many phones from this network at once): say so while
      // socket.io keeps trying; the join goes out by itself once a connection is let in.
      if (this.state.phase === 'joining' && isConnectionRefusal(error)) {
        noteJoinTrouble(this.#options.secretStore, 'too_many_connections');
        this.#set({ phase: 'code', joinError: 'too_many_attempts' });
      }
    });
    socket.on('disconnect', () => {
      // The server forgets a connection's session: the next connection joins again, then re-sends.
      this.#joined = false;
      this.#seated = false;
      this.#set({ online: false });
    });
    socket.on('poll:opened', ({ poll }) => this.#showPoll(poll));
    socket.on('questions:shown', ({ questions }) => this.#set({ questions }));
    socket.on('seat:granted', () => {
      this.#seated = true;
      noteJoinTrouble(this.#options.secretStore, undefined);
      const poll = this.state.poll;
      if (poll) this.#showPoll(poll);
      else this.#set({ phase: 'waiting', closed: undefined });
    });
    socket.on('poll:closed', ({ pollId }) => {
      if (this.state.poll?.id !== pollId) return;
      if (this.state.phase === 'admission') {
        this.#set({ poll: undefined });
        return;
      }
      const answered = this.#saved?.answers[pollId]?.acked ?? false;
      this.#set({
        phase: 'waiting',
        poll: undefined,
        answer: undefined,
        answerStatus: undefined,
        closed: { answered },
      });
    });
    // The next deck of the lesson: the phone stays in the session and waits for that deck's first question.
    socket.on('deck:changed', ({ deckId }) => {
      this.#set({
        deckId,
        closed: undefined,
        poll: undefined,
        answer: undefined,
        answerStatus: undefined,
        ...(this.state.phase === 'poll' && { phase: 'waiting' as const }),
      });
    });
    socket.on('session:ended', () => {
      this.#forget();
      socket.disconnect(); // nothing more will happen in this session: free the server's connection
      this.#set({ phase: 'ended', poll: undefined, answer: undefined, answerStatus: undefined });
    });
    return socket;
  }

  #sendJoin(): void {
    const socket = this.#socket;
    const saved = this.#saved;
    if (!socket?.connected || !saved) return;
    const seat = deriveSeat(this.#deviceSecret(), saved.code);
    socket.timeout(this.#ackTimeout).emit('session:join', { joinCode: saved.code, seat }, (error, ack) => {
      if (this.#saved !== saved) return; // the student typed another code meanwhile
      if (error || (!ack.ok && TRANSIENT.includes(ack.error.code) && saved.sessionId)) {
        this.#later(() => this.#sendJoin());
        return;
      }
      if (!ack.ok) {
        const trouble = ack.error.code as JoinTrouble;
        if (JOIN_TROUBLES.includes(trouble)) noteJoinTrouble(this.#options.secretStore, trouble);
        this.#forget();
        this.#set({ phase: 'code', joinError: ack.error.code });
        return;
      }
      this.#joined = true;
      this.#seated = ack.seat === 'seated';
      // What the network check would tell this phone: the class is full, or nothing (it got in).
      noteJoinTrouble(this.#options.secretStore, ack.seat === 'waiting' ? 'full' : undefined);
      if (saved.sessionId !== ack.sessionId) saved.meToo = {};
      this.#showMeToo();
      for (const [questionId, acked] of Object.entries(saved.meToo ?? {})) if (!acked) this.#sendMeToo(questionId);
      if (saved.sessionId !== ack.sessionId) saved.answers = {};
      saved.sessionId = ack.sessionId;
      this.#save();
      this.#set({ country: ack.country, language: ack.language });
      if (ack.state === 'ended') {
        this.#forget();
        this.#set({ phase: 'ended' });
      } else if (!this.#seated) this.#set({ phase: 'admission', poll: ack.poll ?? undefined, closed: undefined });
      else if (ack.poll) this.#showPoll(ack.poll);
      else if (this.state.phase !== 'waiting') this.#set({ phase: 'waiting', poll: undefined, closed: undefined });
    });
  }

  #showPoll(poll: PublicPoll): void {
    // Without a seat the poll waits too: it shows once the facilitator admits this phone.
    if (this.#joined && !this.#seated) {
      this.#set({ poll });
      return;
    }
    // The ballot is fetched while the student reads the question, so answering takes one round trip.
    const socket = this.#socket;
    const sessionId = this.#saved?.sessionId;
    if (socket?.connected && this.#joined && sessionId) void this.#ballot(socket, sessionId, poll.id);
    const saved = this.#saved?.answers[poll.id];
    const same = this.state.phase === 'poll' && this.state.poll?.id === poll.id;
    this.#set({
      phase: 'poll',
      poll,
      closed: undefined,
      answer: saved?.answer,
      answerStatus: saved ? (saved.acked ? 'received' : 'sending') : undefined,
      answerError: same ? this.state.answerError : undefined,
    });
    if (saved && !saved.acked) this.#send(poll.id);
  }

  #send(pollId: string): void {
    const socket = this.#socket;
    const saved = this.#saved;
    const entry = saved?.answers[pollId];
    // Offline or not joined yet: the next successful join sends it.
    if (!socket?.connected || !this.#joined || !this.#seated || !saved?.sessionId || !entry || entry.acked) return;
    const send = (this.#sends[pollId] = (this.#sends[pollId] ?? 0) + 1);
    void this.#ballot(socket, saved.sessionId, pollId).then((ballot) => {
      if (this.#sends[pollId] !== send || saved.answers[pollId] !== entry) return;
      if ('ok' in ballot) {
        this.#answered(pollId, send, ballot);
        return;
      }
      socket
        .timeout(this.#ackTimeout)
        .emit('answer:submit', { pollId, ...ballot, answer: entry.answer }, (error, ack) =>
          this.#answered(pollId, send, error ? null : ack),
        );
    });
  }

  /** A "me too" goes with this phone's ballot for that question's box, like an answer with a poll's (ADR 10). */
  #sendMeToo(questionId: string): void {
    const socket = this.#socket;
    const saved = this.#saved;
    if (!socket?.connected || !this.#joined || !this.#seated || !saved?.sessionId) return;
    void this.#ballot(socket, saved.sessionId, meTooBoxId(questionId)).then((ballot) => {
      const done = (ack: Ack | null): void => {
        if (this.#saved !== saved) return;
        if (!ack || (!ack.ok && TRANSIENT.includes(ack.error.code))) {
          this.#later(() => this.#sendMeToo(questionId));
          return;
        }
        // Refused for good (the question was withdrawn, the session ended): forgotten, the button comes back.
        if (ack.ok) saved.meToo![questionId] = true;
        else delete saved.meToo![questionId];
        this.#save();
        this.#showMeToo();
      };
      if ('ok' in ballot) done(ballot);
      else
        socket
          .timeout(this.#ackTimeout)
          .emit('question:me-too', { questionId, ...ballot }, (error, ack) => done(error ? null : ack));
    });
  }

  #showMeToo(): void {
    const entries = Object.entries(this.#saved?.meToo ?? {});
    this.#set({ meToo: Object.fromEntries(entries.map(([id, acked]) => [id, acked ? 'received' : 'sending'])) });
  }

  /** The acknowledgement of an answer, or of the ballot it needed; null when none came. */
  #answered(pollId: string, send: number, ack: Ack | null): void {
    const saved = this.#saved;
    const entry = saved?.answers[pollId];
    if (!saved || !entry || this.#sends[pollId] !== send) return;
    const current = this.state.poll?.id === pollId;
    if (!ack || (!ack.ok && TRANSIENT.includes(ack.error.code))) {
      this.#later(() => this.#send(pollId));
    } else if (ack.ok) {
      entry.acked = true;
      this.#save();
      if (current) this.#set({ answerStatus: 'received' });
    } else if (ack.error.code === 'forbidden') {
      // The server no longer knows this connection (e.g. it restarted): join again, which re-sends.
      this.#joined = false;
      this.#sendJoin();
    } else {
      delete saved.answers[pollId];
      this.#save();
      if (current) this.#set({ answerStatus: 'refused', answerError: ack.error.code });
    }
  }

  /**
   * Blinds this phone's ballot key against the poll's key and has the server sign it, once per poll: a reload
   * asks again with the same blinded message and gets the same signature. A failure is not kept.
   */
  #ballot(socket: StudentSocket, sessionId: string, pollId: string) {
    const ask = <T>(emit: (done: (error: Error | null, ack: T) => void) => void) =>
      new Promise<T | AckFailure>((resolve) =>
        emit((error, ack) => resolve(error ? failed('no acknowledgement') : ack)),
      );
    const memo = `${sessionId}\n${pollId}`;
    const ballot = (this.#ballots[memo] ??= (async () => {
      const key = await ask<Ack<{ modulus: string }>>((done) =>
        socket.timeout(this.#ackTimeout).emit('ballot:key', { pollId }, done),
      );
      if (!key.ok) return key;
      const blind = blindBallot(this.#deviceSecret(), sessionId, pollId, key.modulus);
      const signed = await ask<Ack<{ blindSignature: string }>>((done) =>
        socket.timeout(this.#ackTimeout).emit('ballot:sign', { pollId, blinded: blind.blinded }, done),
      );
      if (!signed.ok) return signed;
      const signature = blind.finish(signed.blindSignature);
      return signature ? { ballotKey: blind.ballotKey, signature } : failed('not a signature on this ballot');
    })());
    void ballot.then((result) => {
      if ('ok' in result && this.#ballots[memo] === ballot) delete this.#ballots[memo];
    });
    return ballot;
  }

  #later(retry: () => void): void {
    setTimeout(retry, this.#options.retryMs ?? 2000);
  }

  #deviceSecret(): string {
    if (this.#secret) return this.#secret;
    const stored = load<string>(this.#options.secretStore, SECRET_KEY);
    this.#secret = isDeviceSecret(stored) ? stored : newDeviceSecret();
    keep(this.#options.secretStore, SECRET_KEY, JSON.stringify(this.#secret));
    return this.#secret;
  }

  #save(): void {
    keep(this.#options.store, SAVED_KEY, this.#saved && JSON.stringify(this.#saved));
  }

  #forget(): void {
    this.#saved = undefined;
    this.#joined = false;
    this.#save();
  }

  #set(patch: Partial<StudentState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.#listeners) listener();
  }
}

function failed(message: string): AckFailure {
  return { ok: false, error: { code: 'internal', message } };
}
