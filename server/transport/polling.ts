/**
 * The socket.io side of class polling. Every handler runs the same steps: rate limit, access check,
 * validation against protocol/, the domain, the store (awaited), the acknowledgement, then the broadcasts.
 *
 * Nothing here logs or keeps an address or a connection id next to an answer: the only address kept is in
 * the failed-join limiter, in memory, for as long as its owner keeps failing.
 */
import type { Server, Socket } from 'socket.io';
import { clientEvents, type ClientAck, type ClientEventName, type ClientPayload } from '../../protocol/client-events';
import type { DeckSlide } from '../../protocol/deck';
import { failure, type AckFailure } from '../../protocol/errors';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/events';
import { parse } from '../../protocol/parse';
import { serverEvents, type ServerEventName, type ServerPayload } from '../../protocol/server-events';
import {
  DEFAULT_LIFETIME,
  renderSessionExport,
  Session,
  textFilterFor,
  validateAnswer,
  type LifetimePolicy,
  type ModerationChange,
  type RandomBytes,
} from '../domain';
import type { SessionStore } from '../store/session-store';
import { CommitQueue } from './commit-queue';
import { restoreSession, type LiveSessions } from './live-sessions';
import { Throttle } from './throttle';
import { KeyedLimiter, TokenBucket } from './token-bucket';

export type PollingServer = Server<ClientToServerEvents, ServerToClientEvents>;
type PollingSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
type Role = 'student' | 'facilitator';

export interface PollingLimits {
  /** Every event a connection sends takes a token: a burst of this many, then `eventsPerSecond`. */
  readonly eventBurst: number;
  readonly eventsPerSecond: number;
  /** A connection refused this many times in a row is flooding, not clicking: it is cut off. */
  readonly disconnectAfterRefusals: number;
  /** Failed joins (unknown code, wrong key) allowed per address and per connection: a burst, then a trickle. */
  readonly joinFailureBurst: number;
  readonly joinFailuresPerMinute: number;
  /** Sessions one address may start: a burst, then a trickle. */
  readonly sessionStartBurst: number;
  readonly sessionStartsPerHour: number;
  readonly maxActiveSessions: number;
  /** At most one tally update per poll, and one presence count per session, in this interval. */
  readonly tallyIntervalMs: number;
  readonly presenceIntervalMs: number;
}

export const DEFAULT_POLLING_LIMITS: PollingLimits = {
  eventBurst: 40,
  eventsPerSecond: 20,
  disconnectAfterRefusals: 500,
  // A student mistyping a code a few times is fine; 10 a minute makes guessing one of 31⁶ codes hopeless.
  joinFailureBurst: 10,
  joinFailuresPerMinute: 10,
  sessionStartBurst: 20,
  sessionStartsPerHour: 60,
  maxActiveSessions: 2000,
  tallyIntervalMs: 75,
  presenceIntervalMs: 250,
};

export interface PollingOptions {
  readonly store: SessionStore;
  readonly sessions: LiveSessions;
  readonly clock: () => number;
  readonly random: RandomBytes;
  readonly limits?: Partial<PollingLimits>;
  readonly lifetime?: LifetimePolicy;
  /** Operational messages only (errors); never a payload. */
  readonly log?: (message: string) => void;
}

export interface Polling {
  /** Ends sessions idle past the limit and deletes those past retention. */
  sweep(): Promise<void>;
  /** Resolves once every queued write is committed. */
  idle(): Promise<void>;
  close(): void;
}

const sessionRoom = (id: string) => `session:${id}`;
const facilitatorRoom = (id: string) => `facilitators:${id}`;

/** What the server knows of one connection, for as long as it lasts. */
class Connection {
  sessionId: string | null = null;
  role: Role | null = null;
  /** Poll id → the ballot key this connection answered it with: one ballot per poll per connection. */
  ballots = new Map<string, string>();
  refusals = 0;
  readonly events: TokenBucket;
  readonly joinFailures: TokenBucket;

  constructor(limits: PollingLimits, now: number) {
    this.events = new TokenBucket(limits.eventBurst, limits.eventsPerSecond, now);
    this.joinFailures = new TokenBucket(limits.joinFailureBurst, limits.joinFailuresPerMinute / 60, now);
  }
}

type Handler<E extends ClientEventName> = (
  payload: ClientPayload<E>,
  context: { session: Session | null; after: (then: () => void) => void },
) => ClientAck<E> | AckFailure | Promise<ClientAck<E> | AckFailure>;

const noop = () => {};
/** Rate limits run on the machine's monotonic clock: the injected clock is for session lifetimes. */
const monotonic = () => performance.now();

export function attachPolling(io: PollingServer, options: PollingOptions): Polling {
  const { store, sessions, clock, random } = options;
  const limits = { ...DEFAULT_POLLING_LIMITS, ...options.limits };
  const lifetime = options.lifetime ?? DEFAULT_LIFETIME;
  const log = options.log ?? ((message: string) => console.error(message));

  const commits = new CommitQueue(store);
  const joinFailures = new KeyedLimiter(limits.joinFailureBurst, limits.joinFailuresPerMinute / 60);
  const starts = new KeyedLimiter(limits.sessionStartBurst, limits.sessionStartsPerHour / 3600);
  const students = new Map<string, number>();
  const slides = new Map<string, DeckSlide>();
  /** Sessions whose last write failed: refused (as a transient error) until reloaded from the store. */
  const reloading = new Set<string>();

  function broadcast<E extends ServerEventName>(sessionId: string, name: E, payload: ServerPayload<E>): void {
    const room = serverEvents[name].audience === 'session' ? sessionRoom(sessionId) : facilitatorRoom(sessionId);
    (io.to(room) as unknown as { emit(event: string, payload: unknown): boolean }).emit(name, payload);
  }

  function send<E extends ServerEventName>(socket: PollingSocket, name: E, payload: ServerPayload<E>): void {
    (socket as unknown as { emit(event: string, payload: unknown): boolean }).emit(name, payload);
  }

  const tallyKey = (sessionId: string, pollId: string) => `${sessionId}\n${pollId}`;
  const tallies = new Throttle<string>(limits.tallyIntervalMs, (key) => {
    const [sessionId, pollId] = key.split('\n');
    // The group's view: the presenter in this room is on the projector.
    const view = sessions.get(sessionId)?.pollView(pollId, 'group');
    if (view) broadcast(sessionId, 'tally:updated', { view });
  });
  const presence = new Throttle<string>(limits.presenceIntervalMs, (sessionId) => {
    broadcast(sessionId, 'presence:changed', { students: students.get(sessionId) ?? 0 });
  });

  const requestTally = (sessionId: string, pollId: string) => tallies.request(tallyKey(sessionId, pollId));

  commits.onFailure = (sessionIds, error) => {
    log(`[polling] a write to the store failed (${errorMessage(error)}); reloading ${sessionIds.size} session(s)`);
    for (const id of sessionIds) {
      if (reloading.has(id)) continue;
      reloading.add(id);
      void commits
        .idle()
        .then(() => store.load(id))
        .then((snapshot) => {
          if (snapshot) sessions.add(restoreSession(snapshot));
          else sessions.remove(id);
        })
        .catch((reloadError: unknown) => log(`[polling] reloading a session failed: ${errorMessage(reloadError)}`))
        .finally(() => reloading.delete(id));
    }
  };

  function announce(session: Session, changes: readonly ModerationChange[], decided = false): void {
    let questions = false;
    for (const change of changes) {
      if (change.type === 'removed') {
        broadcast(session.id, 'moderation:removed', { entryId: change.entryId });
        continue;
      }
      const { entry } = change;
      broadcast(session.id, change.type === 'queued' ? 'moderation:queued' : 'moderation:updated', { entry });
      if (entry.pollId !== null) requestTally(session.id, entry.pollId);
      if (entry.source === 'question' && (decided || entry.status === 'approved')) questions = true;
    }
    if (questions) broadcast(session.id, 'questions:updated', { questions: session.approvedQuestions() });
  }

  function touch(session: Session): void {
    if (session.state !== 'active') return;
    session.touch(clock());
    commits.touch(session.id, session.lastActivityAt);
  }

  function changeStudents(sessionId: string, delta: number): void {
    students.set(sessionId, Math.max(0, (students.get(sessionId) ?? 0) + delta));
    presence.request(sessionId);
  }

  /** Everything a facilitator screen needs after (re)joining: it may have missed events while away. */
  function catchUp(socket: PollingSocket, session: Session): void {
    send(socket, 'presence:changed', { students: students.get(session.id) ?? 0 });
    for (const entry of session.moderationEntries()) send(socket, 'moderation:queued', { entry });
    send(socket, 'questions:updated', { questions: session.approvedQuestions() });
    for (const poll of session.polls()) {
      const view = session.pollView(poll.id, 'group');
      if (view) send(socket, 'tally:updated', { view });
    }
    const slide = slides.get(session.id);
    if (slide) send(socket, 'deck:reported', slide);
  }

  function endedBroadcasts(session: Session, closedPollIds: readonly string[], reason: 'ended' | 'expired'): void {
    for (const pollId of closedPollIds) broadcast(session.id, 'poll:closed', { pollId });
    for (const poll of session.polls()) {
      tallies.forget(tallyKey(session.id, poll.id));
      const view = session.pollView(poll.id, 'group');
      if (view) broadcast(session.id, 'tally:updated', { view });
    }
    broadcast(session.id, 'session:ended', { reason });
  }

  io.on('connection', (socket: PollingSocket) => {
    const connection = new Connection(limits, monotonic());
    // Held for the failed-join limiter only; never stored, never logged.
    const address = socket.handshake.address;

    function leave(): void {
      const { sessionId, role } = connection;
      if (sessionId === null) return;
      void socket.leave(sessionRoom(sessionId));
      void socket.leave(facilitatorRoom(sessionId));
      if (role === 'student') changeStudents(sessionId, -1);
      connection.sessionId = null;
      connection.role = null;
      connection.ballots = new Map();
    }

    function refuse(ack: (response: unknown) => void, error: AckFailure): void {
      ack(error);
      if (++connection.refusals >= limits.disconnectAfterRefusals) socket.disconnect(true);
    }

    function on<E extends ClientEventName>(name: E, handler: Handler<E>): void {
      const { access, payload: schema } = clientEvents[name];
      (socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(
        name,
        (...args: unknown[]) => {
          const last = args.at(-1);
          const ack = typeof last === 'function' ? (last as (response: unknown) => void) : noop;
          const raw = typeof args[0] === 'function' ? undefined : args[0];
          if (!connection.events.take(monotonic())) {
            refuse(ack, failure('rate_limited', 'too many messages: slow down'));
            return;
          }
          const sessionId = connection.sessionId;
          if (sessionId !== null && reloading.has(sessionId)) {
            ack(failure('internal', 'the session is being reloaded: try again'));
            return;
          }
          const session = sessionId === null ? null : (sessions.get(sessionId) ?? null);
          if (access !== 'public' && !session) {
            refuse(ack, failure('forbidden', 'join a session first'));
            return;
          }
          if (access === 'facilitator' && connection.role !== 'facilitator') {
            refuse(ack, failure('forbidden', 'only the facilitator may do this'));
            return;
          }
          // Every payload is an object; valibot's strictObject({}) (session:end) would take an array.
          const parsed = Array.isArray(raw) ? failure('invalid_payload', 'a payload is an object') : parse(schema, raw);
          if (!parsed.ok) {
            refuse(ack, parsed);
            return;
          }
          connection.refusals = 0;
          const followUps: (() => void)[] = [];
          Promise.resolve()
            .then(() => handler(parsed.value as ClientPayload<E>, { session, after: (then) => followUps.push(then) }))
            .then(
              (response) => {
                ack(response);
                if (response.ok) for (const then of followUps) then();
              },
              (error: unknown) => {
                log(`[polling] ${name} failed: ${errorMessage(error)}`);
                ack(failure('internal', 'the server could not do this: try again'));
              },
            );
        },
      );
    }

    socket.onAny((event: string, ...args: unknown[]) => {
      if (event in clientEvents) return;
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as (response: unknown) => void) : noop;
      connection.events.take(monotonic());
      refuse(ack, failure('invalid_payload', 'unknown event'));
    });

    socket.on('disconnect', () => {
      leave();
    });

    on('session:start', async ({ language, country, deckId }) => {
      const now = clock();
      if (!starts.take(address, monotonic())) return failure('rate_limited', 'too many sessions started: wait a while');
      if (sessions.activeCount >= limits.maxActiveSessions) {
        return failure('rate_limited', 'this server runs as many sessions as it can');
      }
      const { session, facilitatorKey } = Session.start({ language, country, deckId }, now, {
        random,
        flagText: textFilterFor(language),
        isJoinCodeTaken: sessions.isCodeTaken,
      });
      sessions.add(session);
      await commits.write({ session });
      return { ok: true, sessionId: session.id, joinCode: session.joinCode, facilitatorKey };
    });

    on('session:join', ({ joinCode, facilitatorKey }, { after }) => {
      const now = monotonic();
      // While limited, even the right code is refused: otherwise a guesser would still learn when it hit.
      if (!connection.joinFailures.has(now) || !joinFailures.has(address, now)) {
        return failure('rate_limited', 'too many wrong codes: wait a minute');
      }
      const failed = (error: AckFailure) => {
        connection.joinFailures.take(now);
        joinFailures.take(address, now);
        return error;
      };
      const session = sessions.byCode(joinCode);
      if (!session) return failed(failure('not_found', 'no session with this code'));
      if (reloading.has(session.id)) return failure('internal', 'the session is being reloaded: try again');
      if (facilitatorKey !== undefined && !session.isFacilitatorKey(facilitatorKey)) {
        return failed(failure('forbidden', 'this is not the facilitator key of this session'));
      }
      const role: Role = facilitatorKey === undefined ? 'student' : 'facilitator';
      if (connection.sessionId !== session.id || connection.role !== role) {
        leave();
        connection.sessionId = session.id;
        connection.role = role;
        void socket.join(
          role === 'facilitator' ? [sessionRoom(session.id), facilitatorRoom(session.id)] : sessionRoom(session.id),
        );
        if (role === 'student') changeStudents(session.id, +1);
      }
      touch(session);
      if (role === 'facilitator') after(() => catchUp(socket, session));
      return {
        ok: true,
        sessionId: session.id,
        role,
        language: session.settings.language,
        country: session.settings.country,
        state: session.state,
        poll: session.currentPoll(),
      };
    });

    on('poll:open', async ({ poll }, { session, after }) => {
      const opened = session!.openPoll(poll, clock());
      if (!opened.ok) return opened;
      await commits.write({ session: session! });
      after(() => {
        for (const pollId of opened.value.closedPollIds) {
          broadcast(session!.id, 'poll:closed', { pollId });
          requestTally(session!.id, pollId);
        }
        broadcast(session!.id, 'poll:opened', { poll: opened.value.poll });
        requestTally(session!.id, poll.id);
      });
      return { ok: true, pollId: poll.id };
    });

    on('poll:close', async ({ pollId }, { session, after }) => {
      const closed = session!.closePoll(pollId, clock());
      if (!closed.ok) return closed;
      if (!closed.value.changed) return { ok: true };
      await commits.write({ session: session! });
      after(() => {
        broadcast(session!.id, 'poll:closed', { pollId });
        requestTally(session!.id, pollId);
      });
      return { ok: true };
    });

    on('poll:reveal', async ({ pollId }, { session, after }) => {
      const revealed = session!.revealPoll(pollId, clock());
      if (!revealed.ok) return revealed;
      if (!revealed.value.changed) return { ok: true };
      await commits.write({ session: session! });
      after(() => {
        const view = session!.pollView(pollId, 'group');
        if (view) broadcast(session!.id, 'results:revealed', { view });
      });
      return { ok: true };
    });

    on('answer:submit', async ({ pollId, ballotKey, answer }, { session, after }) => {
      const s = session!;
      const earlier = connection.ballots.get(pollId);
      if (earlier !== undefined && earlier !== ballotKey) {
        return failure('conflict', 'this connection already answered this poll with another ballot');
      }
      const submitted = s.submitAnswer(pollId, ballotKey, answer, clock());
      if (!submitted.ok) return submitted;
      connection.ballots.set(pollId, ballotKey);
      const definition = s.polls().find((poll) => poll.id === pollId)!.definition;
      // The canonical form, as the domain recorded it (the domain does not hand it back).
      const recorded = validateAnswer(definition, answer);
      const { moderation, replaced } = submitted.value;
      commits.touch(s.id, s.lastActivityAt);
      await commits.write({
        session: moderation.length > 0 ? s : undefined,
        writes: [{ kind: 'answer', sessionId: s.id, pollId, ballotKey, answer: recorded.ok ? recorded.value : answer }],
      });
      after(() => {
        announce(s, moderation);
        requestTally(s.id, pollId);
      });
      return { ok: true, pollId, replaced };
    });

    on('question:ask', async ({ text }, { session, after }) => {
      const asked = session!.askQuestion(text, clock());
      if (!asked.ok) return asked;
      await commits.write({ session: session! });
      after(() => announce(session!, asked.value.moderation));
      return { ok: true };
    });

    for (const name of ['moderation:approve', 'moderation:reject'] as const) {
      on(name, async ({ entryId }, { session, after }) => {
        const s = session!;
        const decided = name === 'moderation:approve' ? s.approve(entryId, clock()) : s.reject(entryId, clock());
        if (!decided.ok) return decided;
        await commits.write({ session: s });
        after(() => announce(s, decided.value.moderation, true));
        return { ok: true };
      });
    }

    on('session:end', async (_payload, { session, after }) => {
      const s = session!;
      if (s.state === 'ended') return { ok: true };
      const ended = s.end(clock());
      if (!ended.ok) return ended;
      await commits.write({ session: s, writes: [{ kind: 'drop-answers', sessionId: s.id }] });
      after(() => endedBroadcasts(s, ended.value.closedPollIds, 'ended'));
      return { ok: true };
    });

    on('session:export', ({ format }, { session }) => {
      return { ok: true, ...renderSessionExport(session!, format) };
    });

    on('deck:goto', (move, { session }) => {
      touch(session!);
      // The console moves the deck; the presenter (the other facilitator screen) follows.
      socket.to(facilitatorRoom(session!.id)).emit('deck:moved', move);
      return { ok: true };
    });

    on('deck:report', (slide, { session }) => {
      touch(session!);
      slides.set(session!.id, slide);
      socket.to(facilitatorRoom(session!.id)).emit('deck:reported', slide);
      return { ok: true };
    });
  });

  async function sweep(): Promise<void> {
    const now = clock();
    const pending: Promise<void>[] = [];
    for (const session of [...sessions.all()]) {
      if (reloading.has(session.id)) continue;
      const openPollId = session.currentPoll()?.id;
      if (session.state === 'active' && session.expireIfIdle(now, lifetime)) {
        pending.push(
          commits
            .write({ session, writes: [{ kind: 'drop-answers', sessionId: session.id }] })
            .then(() => endedBroadcasts(session, openPollId === undefined ? [] : [openPollId], 'expired')),
        );
      } else if (session.isPastRetention(now, lifetime)) {
        sessions.remove(session.id);
        students.delete(session.id);
        slides.delete(session.id);
        presence.forget(session.id);
        for (const poll of session.polls()) tallies.forget(tallyKey(session.id, poll.id));
        io.in(sessionRoom(session.id)).socketsLeave([sessionRoom(session.id), facilitatorRoom(session.id)]);
        pending.push(commits.write({ writes: [{ kind: 'delete', sessionId: session.id }] }));
      }
    }
    joinFailures.prune(monotonic());
    starts.prune(monotonic());
    const results = await Promise.allSettled(pending);
    for (const result of results) {
      if (result.status === 'rejected') log(`[polling] sweep: ${errorMessage(result.reason)}`);
    }
  }

  return {
    sweep,
    idle: () => commits.idle(),
    close() {
      tallies.close();
      presence.close();
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
