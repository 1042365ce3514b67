/**
 * The socket.io side of class polling: the composition of its parts. Each group of client events has its module
 * in handlers/ (session, polls, answers, questions and moderation, co-facilitators, deck); handlers/handler.ts is
 * the one wrapper every event goes through (rate limit, access, validation, commit, acknowledgement, broadcast:
 * ADR 18); the domain says what a change writes and announces (domain/session-changes.ts); session-rooms.ts
 * turns that into socket.io events.
 *
 * Nothing here logs or keeps an address or a connection id next to an answer: the only address kept is in
 * the per-address limiters, in memory, for as long as its owner keeps hitting them.
 */
import type { Server, Socket } from 'socket.io';
import type { ClientEventName } from '../../protocol/client-events';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/events';
import { DEFAULT_LIFETIME, type LifetimePolicy, type RandomBytes, type Session } from '../domain';
import { deleted, expired, recordChanged, type SessionChange } from '../domain/session-changes';
import type { SessionStore, SessionWrite } from '../store/session-store';
import { BallotSigning } from './ballot-signing';
import { CommitQueue } from './commit-queue';
import { DEFAULT_FAILED_JOIN_BUDGET, FailedJoinBudget, type FailedJoinBudgetLimits } from './failed-join-budget';
import { answerHandlers } from './handlers/answer-handlers';
import { coFacilitatorHandlers } from './handlers/co-facilitator-handlers';
import { Connection } from './handlers/connection';
import { deckHandlers } from './handlers/deck-handlers';
import { errorMessage, listen, monotonic, type HandlerGroup, type PollingContext } from './handlers/handler';
import { pollHandlers } from './handlers/poll-handlers';
import { questionHandlers } from './handlers/question-handlers';
import { sessionHandlers } from './handlers/session-handlers';
import { restoreSession, type LiveSessions } from './live-sessions';
import { DEFAULT_QUESTION_QUOTAS, QuestionGuard, type QuestionQuotas } from './question-guard';
import { sessionRoom, SessionRooms } from './session-rooms';
import { SignerPool } from './signer-pool';
import { DEFAULT_START_BUDGET, StartBudget, type StartBudgetLimits } from './start-budget';
import { KeyedLimiter } from './token-bucket';

export type PollingServer = Server<ClientToServerEvents, ServerToClientEvents>;
export type PollingSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

export interface PollingLimits extends FailedJoinBudgetLimits, StartBudgetLimits, QuestionQuotas {
  /** Every event a connection sends takes a token: a burst of this many, then `eventsPerSecond`. */
  readonly eventBurst: number;
  readonly eventsPerSecond: number;
  /**
   * Refused messages a connection may send: a burst, then a trickle. Past that it is flooding, not clicking,
   * and is cut off, however many of its messages got through in between.
   */
  readonly refusalBurst: number;
  readonly refusalsPerSecond: number;
  /** Failed joins (unknown code, wrong key) allowed per address and per connection: a burst, then a trickle. */
  readonly joinFailureBurst: number;
  readonly joinFailuresPerMinute: number;
  /**
   * Successful student joins per connection (bouncing `session:join`) and per address (a class behind one
   * router rejoins at once after a restart: room for that), and new seats per connection and per address:
   * one connection can never hold enough seats to pass a poll's minimum number of answers alone.
   */
  readonly joinBurst: number;
  readonly joinsPerMinute: number;
  readonly addressJoinBurst: number;
  readonly addressJoinsPerMinute: number;
  readonly connectionSeatBurst: number;
  readonly connectionSeatsPerHour: number;
  readonly addressSeatBurst: number;
  readonly addressSeatsPerMinute: number;
  readonly maxActiveSessions: number;
  /** At most one tally update per poll, and one presence count per session, in this interval. */
  readonly tallyIntervalMs: number;
  readonly presenceIntervalMs: number;
}

export const DEFAULT_POLLING_LIMITS: PollingLimits = {
  ...DEFAULT_FAILED_JOIN_BUDGET,
  ...DEFAULT_START_BUDGET,
  ...DEFAULT_QUESTION_QUOTAS,
  eventBurst: 40,
  eventsPerSecond: 20,
  refusalBurst: 100,
  refusalsPerSecond: 2,
  // A student mistyping a code a few times is fine; 10 a minute makes guessing one of 31⁶ codes hopeless.
  joinFailureBurst: 10,
  joinFailuresPerMinute: 10,
  joinBurst: 5,
  joinsPerMinute: 6,
  addressJoinBurst: 120,
  addressJoinsPerMinute: 120,
  // Two seats at most from one connection (a phone whose storage was wiped may need a second), far below the
  // smallest minimum number of answers that hides anything (5: DEFAULT_MIN_RESPONSES).
  connectionSeatBurst: 2,
  connectionSeatsPerHour: 2,
  // A whole class behind one school router joins within a minute; a phone farming seats soon waits.
  addressSeatBurst: 40,
  addressSeatsPerMinute: 20,
  maxActiveSessions: 2000,
  // The facilitator sees a count within a few ms of its commit: a class's answers committed together cost one
  // update, and a burst at most one per poll every 10 ms (issue 10: 75 ms here was most of the wait).
  tallyIntervalMs: 10,
  presenceIntervalMs: 250,
};

export interface PollingOptions {
  readonly store: SessionStore;
  readonly sessions: LiveSessions;
  readonly clock: () => number;
  readonly random: RandomBytes;
  readonly limits?: Partial<PollingLimits>;
  readonly lifetime?: LifetimePolicy;
  /** Join codes' length: 6 on a laptop, longer where a server hosts many sessions (protocol/join-code.ts). */
  readonly joinCodeLength?: number;
  /** The size of each poll's ballot signing key (ADR 10). */
  readonly ballotKeyBits?: number;
  /** Operational messages only (errors); never a payload. */
  readonly log?: (message: string) => void;
}

export interface Polling {
  /** Ends sessions idle past the limit and deletes those past retention. */
  sweep(): Promise<void>;
  /** Resolves once every queued write is committed. */
  idle(): Promise<void>;
  /**
   * Hands a session over to another node (ADR 13): forgets it here, closes its connections (they come back
   * through the load balancer to the session's new node) and resolves once its last writes are in.
   */
  release(sessionId: string): Promise<void>;
  close(): void;
}

/** Every client event, answered by the module of its group; the type fails the build when one is missing. */
const handlers: HandlerGroup<ClientEventName> = {
  ...sessionHandlers,
  ...pollHandlers,
  ...answerHandlers,
  ...questionHandlers,
  ...coFacilitatorHandlers,
  ...deckHandlers,
};

export function attachPolling(io: PollingServer, options: PollingOptions): Polling {
  const { store, sessions, clock } = options;
  const limits = { ...DEFAULT_POLLING_LIMITS, ...options.limits };
  const lifetime = options.lifetime ?? DEFAULT_LIFETIME;
  const log = options.log ?? ((message: string) => console.error(message));
  const commits = new CommitQueue(store);
  const rooms = new SessionRooms(io, sessions, limits);
  const signers = new SignerPool(options.ballotKeyBits);
  const reloading = new Set<string>();

  /** Turns a change's writes, in the domain's words, into this session's writes to the store. */
  function write(session: Session, { writes }: SessionChange<unknown>): Promise<void> {
    let record = false;
    const batch: SessionWrite[] = [];
    for (const change of writes) {
      if (change.kind === 'record') record = true;
      else if (change.kind === 'activity') commits.touch(session.id, session.lastActivityAt);
      else if (change.kind === 'answer') batch.push({ ...change, sessionId: session.id });
      else batch.push({ kind: change.kind, sessionId: session.id });
    }
    if (!record && batch.length === 0) return Promise.resolve();
    return commits.write({ session: record ? session : undefined, writes: batch });
  }

  const polling: PollingContext = {
    sessions,
    clock,
    random: options.random,
    limits,
    joinCodeLength: options.joinCodeLength,
    rooms,
    signers,
    signing: new BallotSigning(),
    reloading,
    guards: {
      joinFailures: new KeyedLimiter(limits.joinFailureBurst, limits.joinFailuresPerMinute / 60),
      serverJoinFailures: new FailedJoinBudget(limits, monotonic()),
      starts: new StartBudget(limits, monotonic()),
      addressJoins: new KeyedLimiter(limits.addressJoinBurst, limits.addressJoinsPerMinute / 60),
      addressSeats: new KeyedLimiter(limits.addressSeatBurst, limits.addressSeatsPerMinute / 60),
      questions: new QuestionGuard(limits),
    },
    write,
    touch(session) {
      if (session.state !== 'active') return;
      session.touch(clock());
      commits.touch(session.id, session.lastActivityAt);
    },
    async adopt(joinCode) {
      const session = await sessions.adopt(joinCode);
      // Its next poll's key is made now, as at a start.
      if (session?.state === 'active') signers.prepare(session.id);
      return session;
    },
    async admitWaiting(session) {
      const queue = rooms.waiting.get(session.id);
      const admitted: (() => void)[] = [];
      for (const [seat, grants] of queue ?? []) {
        const claim = session.claimSeat(seat, clock());
        if (!claim.ok || claim.value === 'full') break;
        queue?.delete(seat);
        admitted.push(...grants);
      }
      if (admitted.length > 0) await write(session, recordChanged);
      for (const grant of admitted) grant();
      rooms.requestPresence(session.id);
    },
  };

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

  io.on('connection', (socket: PollingSocket) => {
    const connection = new Connection(socket, polling, limits, monotonic());
    listen(connection, polling, handlers, log);
    socket.on('disconnect', () => connection.leave());
  });

  /** Forgets everything the server holds in memory of a session (the caller deletes it from the store). */
  function remove(session: Session): void {
    sessions.remove(session.id);
    rooms.forget(session);
    signers.forget(session.id);
    polling.guards.questions.forget(session.id);
  }

  async function sweep(): Promise<void> {
    const now = clock();
    const pending: Promise<void>[] = [];
    for (const session of [...sessions.all()]) {
      if (reloading.has(session.id)) continue;
      const openPollId = session.currentPoll()?.id;
      // Nobody holds it and nothing ever happened in it: nothing to keep for export either, so it goes at once.
      const held = rooms.facilitators.has(session.id) || (rooms.students.get(session.id) ?? 0) > 0;
      // A teacher on one slide before the class joins is quiet, not gone: a restart then must not end it.
      if (held && session.state === 'active' && session.isUnused()) polling.touch(session);
      if (session.state === 'active' && !held && session.expireIfUnused(now, lifetime)) {
        remove(session);
        pending.push(write(session, deleted));
      } else if (session.state === 'active' && session.expireIfIdle(now, lifetime)) {
        const ending = expired(openPollId === undefined ? [] : [openPollId]);
        pending.push(write(session, ending).then(() => rooms.announce(session, ending.events)));
      } else if (session.isPastRetention(now, lifetime)) {
        remove(session);
        pending.push(write(session, deleted));
      }
    }
    const { joinFailures, serverJoinFailures, starts, addressJoins, addressSeats } = polling.guards;
    for (const limiter of [joinFailures, serverJoinFailures, starts, addressJoins, addressSeats]) {
      limiter.prune(monotonic());
    }
    const results = await Promise.allSettled(pending);
    for (const result of results) {
      if (result.status === 'rejected') log(`[polling] sweep: ${errorMessage(result.reason)}`);
    }
  }

  return {
    sweep,
    idle: () => commits.idle(),
    async release(sessionId) {
      const session = sessions.get(sessionId);
      if (session) {
        // Their transport is closed, not their socket.io session: a client told "io server disconnect" would not
        // reconnect, one whose transport closed comes back by itself, through nginx, to the session's new node.
        for (const socket of io.of('/').sockets.values()) {
          if (socket.rooms.has(sessionRoom(sessionId))) socket.conn.close();
        }
        remove(session);
      }
      await commits.idle();
    },
    close() {
      polling.signing.close();
      rooms.close();
    },
  };
}
