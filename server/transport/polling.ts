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
import { meTooBoxId } from '../../protocol/questions';
import { serverEvents, type ServerEventName, type ServerPayload } from '../../protocol/server-events';
import {
  BallotSigner,
  DEFAULT_LIFETIME,
  renderSessionExport,
  seatDigest,
  Session,
  textFilterFor,
  validateAnswer,
  ME_TOO_ANSWER,
  type LifetimePolicy,
  type ModerationChange,
  type RandomBytes,
} from '../domain';
import { isEvaluated, sessionEvaluation } from '../domain/session-evaluation';
import type { SessionStore } from '../store/session-store';
import { addressKey } from './address-key';
import { BallotSigning } from './ballot-signing';
import { CommitQueue } from './commit-queue';
import { DEFAULT_FAILED_JOIN_BUDGET, FailedJoinBudget, type FailedJoinBudgetLimits } from './failed-join-budget';
import { restoreSession, type LiveSessions } from './live-sessions';
import { DEFAULT_QUESTION_QUOTAS, QuestionGuard, type QuestionQuotas } from './question-guard';
import { DEFAULT_START_BUDGET, StartBudget, type StartBudgetLimits } from './start-budget';
import { Throttle } from './throttle';
import { KeyedLimiter, TokenBucket } from './token-bucket';

export type PollingServer = Server<ClientToServerEvents, ServerToClientEvents>;
type PollingSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
type Role = 'student' | 'facilitator';

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

const sessionRoom = (id: string) => `session:${id}`;
const facilitatorRoom = (id: string) => `facilitators:${id}`;

/** What the server knows of one connection, for as long as it lasts. */
class Connection {
  sessionId: string | null = null;
  role: Role | null = null;
  /** Joined with the session's own key (the first console, the presenter), not a co-facilitator's. */
  lead = false;
  /** Poll id → the ballot key this connection answered it with: one ballot per poll per connection. */
  ballots = new Map<string, string>();
  /** The digest of the student's seat, and whether it was given (or waits for "admit more"). */
  seat: string | null = null;
  seated = false;
  readonly events: TokenBucket;
  readonly refusals: TokenBucket;
  readonly joinFailures: TokenBucket;
  readonly joins: TokenBucket;
  readonly newSeats: TokenBucket;

  constructor(limits: PollingLimits, now: number) {
    this.events = new TokenBucket(limits.eventBurst, limits.eventsPerSecond, now);
    this.refusals = new TokenBucket(limits.refusalBurst, limits.refusalsPerSecond, now);
    this.joinFailures = new TokenBucket(limits.joinFailureBurst, limits.joinFailuresPerMinute / 60, now);
    this.joins = new TokenBucket(limits.joinBurst, limits.joinsPerMinute / 60, now);
    this.newSeats = new TokenBucket(limits.connectionSeatBurst, limits.connectionSeatsPerHour / 3600, now);
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
  const serverJoinFailures = new FailedJoinBudget(limits, monotonic());
  const starts = new StartBudget(limits, monotonic());
  const questions = new QuestionGuard(limits);
  const addressJoins = new KeyedLimiter(limits.addressJoinBurst, limits.addressJoinsPerMinute / 60);
  const addressSeats = new KeyedLimiter(limits.addressSeatBurst, limits.addressSeatsPerMinute / 60);
  /** Per session, seat digest → what to call when the facilitator admits it, in order of arrival. */
  const waiting = new Map<string, Map<string, Set<() => void>>>();
  const signers = new SignerPool(options.ballotKeyBits);
  const signing = new BallotSigning();
  const students = new Map<string, number>();
  /** Facilitator screens connected per session: a session one of them holds is not unused, only quiet. */
  const facilitators = new Map<string, number>();
  const slides = new Map<string, DeckSlide>();
  /** Per session, the consoles joined with the co-facilitator key (in memory, for as long as they are connected). */
  const coScreens = new Map<string, Set<PollingSocket>>();
  /** Tells revoked consoles so (they show it and stop reconnecting), then closes their connections. */
  function cutOff(screens: Set<PollingSocket> | undefined): void {
    for (const screen of [...(screens ?? [])]) {
      send(screen, 'facilitator:revoked', {});
      screen.disconnect(true);
    }
  }
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
    const session = sessions.get(sessionId);
    const view = session?.pollView(pollId, 'group');
    if (view) broadcast(sessionId, 'tally:updated', { view });
    // The console's knowledge check and rating follow the answers of their polls.
    if (session && isEvaluated(session.polls(), pollId)) {
      broadcast(sessionId, 'evaluation:updated', sessionEvaluation(session.polls()));
    }
  });
  const presence = new Throttle<string>(limits.presenceIntervalMs, (sessionId) => {
    broadcast(sessionId, 'presence:changed', { students: students.get(sessionId) ?? 0 });
    const session = sessions.get(sessionId);
    if (session) broadcast(sessionId, 'seats:changed', seatsView(session));
  });

  function seatsView(session: Session): ServerPayload<'seats:changed'> {
    return { ...session.seatCounts(), waiting: waiting.get(session.id)?.size ?? 0 };
  }

  /** Gives the waiting phones the seats the facilitator just made free, first come first served. */
  async function admitWaiting(session: Session): Promise<void> {
    const queue = waiting.get(session.id);
    const admitted: (() => void)[] = [];
    for (const [seat, grants] of queue ?? []) {
      const claim = session.claimSeat(seat, clock());
      if (!claim.ok || claim.value === 'full') break;
      queue!.delete(seat);
      admitted.push(...grants);
    }
    if (admitted.length > 0) await commits.write({ session });
    for (const grant of admitted) grant();
    presence.request(session.id);
  }

  /** A session taken over from another node (ADR 13): its next poll's key is made now, as at a start. */
  async function adopt(joinCode: string): Promise<Session | undefined> {
    const session = await sessions.adopt(joinCode);
    if (session?.state === 'active') signers.prepare(session.id);
    return session;
  }

  // The answers of one commit are acknowledged in one turn of the event loop: their polls' tallies go once, at its
  // end, with every one of them counted (the throttle then spaces out the updates of a poll under a burst).
  const tallyDue = new Set<string>();
  const requestTally = (sessionId: string, pollId: string) => {
    if (tallyDue.size === 0) {
      setImmediate(() => {
        for (const key of tallyDue) tallies.request(key);
        tallyDue.clear();
      });
    }
    tallyDue.add(tallyKey(sessionId, pollId));
  };

  /** Approved questions with their "me too" counts: exact to the consoles, as the group may see them to phones. */
  function questionsPayloads(session: Session) {
    const questions = session.questionsWithMeToo();
    return {
      facilitators: { questions },
      // Listed, not spread: the exact count stays with the consoles. Most shared first, by the count shown only.
      group: {
        questions: questions
          .map(({ id, text, count, meToo }) => ({ id, text, count, meToo }))
          .sort((a, b) => (b.meToo ?? 0) - (a.meToo ?? 0)),
      },
    };
  }
  // A class tapping "me too" at once: one update per session and interval, like the tallies.
  const questionUpdates = new Throttle<string>(limits.tallyIntervalMs, (sessionId) => {
    const session = sessions.get(sessionId);
    if (!session) return;
    const { facilitators, group } = questionsPayloads(session);
    broadcast(sessionId, 'questions:updated', facilitators);
    broadcast(sessionId, 'questions:shown', group);
  });

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
    if (questions) questionUpdates.request(session.id);
  }

  function touch(session: Session): void {
    if (session.state !== 'active') return;
    session.touch(clock());
    commits.touch(session.id, session.lastActivityAt);
  }

  function changeCount(counts: Map<string, number>, sessionId: string, delta: number): void {
    const count = (counts.get(sessionId) ?? 0) + delta;
    if (count > 0) counts.set(sessionId, count);
    else counts.delete(sessionId);
  }

  function changeStudents(sessionId: string, delta: number): void {
    students.set(sessionId, Math.max(0, (students.get(sessionId) ?? 0) + delta));
    presence.request(sessionId);
  }

  /** Everything a facilitator screen needs after (re)joining: it may have missed events while away. */
  function catchUp(socket: PollingSocket, session: Session): void {
    send(socket, 'presence:changed', { students: students.get(session.id) ?? 0 });
    send(socket, 'seats:changed', seatsView(session));
    for (const entry of session.moderationEntries()) send(socket, 'moderation:queued', { entry });
    send(socket, 'questions:updated', questionsPayloads(session).facilitators);
    for (const poll of session.polls()) {
      const view = session.pollView(poll.id, 'group');
      if (view) send(socket, 'tally:updated', { view });
    }
    const slide = slides.get(session.id);
    if (slide) send(socket, 'deck:reported', slide);
    send(socket, 'evaluation:updated', sessionEvaluation(session.polls()));
  }

  function endedBroadcasts(session: Session, closedPollIds: readonly string[], reason: 'ended' | 'expired'): void {
    for (const pollId of closedPollIds) broadcast(session.id, 'poll:closed', { pollId });
    for (const poll of session.polls()) {
      tallies.forget(tallyKey(session.id, poll.id));
      const view = session.pollView(poll.id, 'group');
      if (view) broadcast(session.id, 'tally:updated', { view });
    }
    broadcast(session.id, 'evaluation:updated', sessionEvaluation(session.polls()));
    broadcast(session.id, 'session:ended', { reason });
  }

  let connections = 0;

  io.on('connection', (socket: PollingSocket) => {
    const connection = new Connection(limits, monotonic());
    /** Names this connection in the question quotas (in memory); never a socket id. */
    const connectionKey = String(++connections);
    // Held for the failed-join limiter only; never stored, never logged.
    const address = addressKey(socket.handshake.address);

    function leave(): void {
      const { sessionId, role } = connection;
      if (sessionId === null) return;
      void socket.leave(sessionRoom(sessionId));
      void socket.leave(facilitatorRoom(sessionId));
      if (role === 'student') changeStudents(sessionId, -1);
      else changeCount(facilitators, sessionId, -1);
      coScreens.get(sessionId)?.delete(socket);
      leaveSeat();
      connection.sessionId = null;
      connection.role = null;
    }

    /** Gives up this connection's hold on its seat (the seat stays given: the phone may come back). */
    function leaveSeat(): void {
      const { sessionId, seat } = connection;
      const queue = sessionId === null || seat === null ? undefined : waiting.get(sessionId);
      if (queue?.get(seat!)?.delete(grant) && queue.get(seat!)!.size === 0) {
        queue.delete(seat!);
        presence.request(sessionId!);
      }
      connection.seat = null;
      connection.seated = false;
      connection.ballots = new Map();
    }

    function grant(): void {
      connection.seated = true;
      send(socket, 'seat:granted', {});
    }

    /**
     * Gives this connection the phone's seat, or puts it in the queue for "admit more"; says whether the
     * seats given or waiting changed (the console's counts).
     */
    async function takeSeat(session: Session, seat: string, now: number): Promise<AckFailure | boolean> {
      const digest = seatDigest(seat);
      if (connection.seat === digest) return false;
      const known = session.hasSeat(digest);
      if (!known && (!connection.newSeats.has(now) || !addressSeats.has(address, now))) {
        return failure('rate_limited', 'too many new seats from here: wait a while');
      }
      leaveSeat();
      connection.seat = digest;
      const claim = session.claimSeat(digest, clock());
      if (!claim.ok) return false; // an ended session: no seat needed to see that it ended
      if (claim.value === 'full') {
        let queue = waiting.get(session.id);
        if (!queue) waiting.set(session.id, (queue = new Map()));
        let grants = queue.get(digest);
        if (!grants) queue.set(digest, (grants = new Set()));
        grants.add(grant);
        return true;
      }
      // Seated before the write: a join sent twice at once (connect and resume) must see the seat too.
      connection.seated = true;
      if (claim.value === 'known') return false;
      connection.newSeats.take(now);
      addressSeats.take(address, now);
      await commits.write({ session });
      return true;
    }

    function refuse(ack: (response: unknown) => void, error: AckFailure): void {
      ack(error);
      if (!connection.refusals.take(monotonic())) socket.disconnect(true);
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
      // Own names only: `in` would also find `constructor`, `toString`… on Object's prototype, which have no
      // handler, so they went unanswered and unlimited.
      if (Object.hasOwn(clientEvents, event)) return;
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as (response: unknown) => void) : noop;
      if (!connection.events.take(monotonic())) refuse(ack, failure('rate_limited', 'too many messages: slow down'));
      else refuse(ack, failure('invalid_payload', 'unknown event'));
    });

    socket.on('disconnect', () => {
      leave();
    });

    on('session:start', async ({ language, country, deckId, classSize }) => {
      const now = clock();
      // Checked first, so a full server takes nothing from anyone's budget.
      if (sessions.activeCount >= limits.maxActiveSessions) {
        return failure('rate_limited', 'this server runs as many sessions as it can: try again in a few minutes');
      }
      const refused = starts.take(address, monotonic());
      if (refused === 'address') return failure('rate_limited', 'too many sessions started from here: wait a while');
      if (refused === 'server') {
        return failure('rate_limited', 'too many sessions started on this server just now: try again in a few minutes');
      }
      const { session, facilitatorKey } = Session.start({ language, country, deckId, classSize }, now, {
        random,
        flagText: textFilterFor(language),
        isJoinCodeTaken: sessions.isCodeTaken,
        joinCodeLength: options.joinCodeLength,
      });
      sessions.add(session);
      signers.prepare(session.id); // the first poll's key is ready by the time the class has joined
      await commits.write({ session });
      return { ok: true, sessionId: session.id, joinCode: session.joinCode, facilitatorKey };
    });

    on('session:join', async ({ joinCode, facilitatorKey, seat }, { after }) => {
      const now = monotonic();
      // While limited, even the right code is refused: otherwise a guesser would still learn when it hit.
      if (!connection.joinFailures.has(now) || !joinFailures.has(address, now)) {
        return failure('rate_limited', 'too many wrong codes: wait a minute');
      }
      const tooMany = failure('too_many_attempts', 'too many failed joins on this server: wait a minute');
      if (!serverJoinFailures.mayTry(address, now)) return tooMany;
      const failed = (error: AckFailure) => {
        connection.joinFailures.take(now);
        joinFailures.take(address, now);
        return serverJoinFailures.fail(address, now) ? error : tooMany;
      };
      const session = sessions.byCode(joinCode) ?? (await adopt(joinCode));
      if (!session) return failed(failure('not_found', 'no session with this code'));
      if (reloading.has(session.id)) return failure('internal', 'the session is being reloaded: try again');
      if (facilitatorKey !== undefined && !session.isFacilitatorKey(facilitatorKey)) {
        return failed(failure('forbidden', 'this is not the facilitator key of this session'));
      }
      const role: Role = facilitatorKey === undefined ? 'student' : 'facilitator';
      connection.lead = facilitatorKey !== undefined && session.facilitatorRole(facilitatorKey) === 'lead';
      // A co-facilitator's console is known, so that revoking its key cuts it off at once.
      if (role === 'facilitator' && !connection.lead) {
        let screens = coScreens.get(session.id);
        if (!screens) coScreens.set(session.id, (screens = new Set()));
        screens.add(socket);
      }
      if (role === 'student') {
        if (seat === undefined) return failure('invalid_payload', 'a phone joins with its seat');
        if (!connection.joins.has(now) || !addressJoins.has(address, now)) {
          return failure('rate_limited', 'too many joins: wait a minute');
        }
        connection.joins.take(now);
        addressJoins.take(address, now);
      }
      const entering = connection.sessionId !== session.id || connection.role !== role;
      if (entering) {
        leave();
        connection.sessionId = session.id;
        connection.role = role;
        void socket.join(
          role === 'facilitator' ? [sessionRoom(session.id), facilitatorRoom(session.id)] : sessionRoom(session.id),
        );
        if (role === 'student') changeStudents(session.id, +1);
        else changeCount(facilitators, session.id, +1);
      }
      if (role === 'student') {
        const taken = await takeSeat(session, seat!, now);
        if (typeof taken === 'object') return taken;
        // Counts again now the phone is seated or queued: entering asked before takeSeat, and an idle throttle
        // sends at once, so the console would miss a phone waiting for "admit more".
        if (taken) presence.request(session.id);
      }
      touch(session);
      if (role === 'facilitator') after(() => catchUp(socket, session));
      else if (session.state === 'active') {
        // A phone (re)joining sees the questions approved so far, if any.
        const { group } = questionsPayloads(session);
        if (group.questions.length > 0) after(() => send(socket, 'questions:shown', group));
      }
      return {
        ok: true,
        sessionId: session.id,
        role,
        language: session.settings.language,
        country: session.settings.country,
        state: session.state,
        poll: session.currentPoll(),
        ...(role === 'student' &&
          session.state === 'active' && { seat: connection.seated ? ('seated' as const) : ('waiting' as const) }),
      };
    });

    on('seats:expect', async ({ classSize }, { session }) => {
      const expected = session!.expectStudents(classSize, clock());
      if (!expected.ok) return expected;
      await commits.write({ session: session! });
      await admitWaiting(session!);
      return { ok: true };
    });

    on('ballot:key', ({ pollId }, { session }) => {
      const key = session!.ballotModulus(pollId);
      return key.ok ? { ok: true, modulus: key.value.modulus } : key;
    });

    on('ballot:sign', async ({ pollId, blinded }, { session }) => {
      if (!connection.seated) return failure('forbidden', 'a seat is needed to answer');
      // Signed off the event loop (a class asks all at once), then checked and recorded by the domain.
      const signer = session!.ballotSigner(pollId);
      const signedElsewhere = signer.ok ? await signing.sign(signer.value, blinded) : undefined;
      // Not written now: the list of seats signed for is stored when the poll closes (see BallotIssues).
      const issued = session!.issueBallot(pollId, connection.seat!, blinded, signedElsewhere);
      return issued.ok ? { ok: true, blindSignature: issued.value.blindSignature } : issued;
    });

    on('poll:open', async ({ poll }, { session, after }) => {
      // Two decks of one lesson may name a poll alike: each deck's ids carry its name (ADR 12).
      if (!session!.isDeckPollId(poll.id)) {
        return failure('invalid_payload', `poll "${poll.id}" is not named "<deck>.<poll>" for a deck of this session`);
      }
      // A new poll gets a key of its own; a reopened one keeps the key its phones already signed with.
      const isNew = !session!.polls().some((known) => known.id === poll.id);
      const signer = isNew ? await signers.take(session!.id) : null;
      const opened = session!.openPoll(poll, clock(), signer);
      if (!opened.ok) return opened;
      await commits.write({ session: session! });
      // Moving on from a poll without closing it first: the key after this one starts now.
      if (opened.value.closedPollIds.length > 0) signers.prepare(session!.id);
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
      signers.prepare(session!.id); // while the class discusses, not while it answers
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

    on('answer:submit', async ({ pollId, ballotKey, signature, answer }, { session, after }) => {
      const s = session!;
      // An ended session says so (the domain's answer) rather than asking for a seat it no longer gives.
      if (!connection.seated && s.state === 'active') return failure('forbidden', 'a seat is needed to answer');
      // Too late comes first, whatever else is wrong: the join page then says the question closed (an ended
      // session closed them all, and says so itself).
      if (s.state === 'active' && s.polls().find((poll) => poll.id === pollId)?.status === 'closed') {
        return failure('poll_closed', 'this poll is closed');
      }
      const earlier = connection.ballots.get(pollId);
      if (earlier !== undefined && earlier !== ballotKey) {
        return failure('conflict', 'this connection already answered this poll with another ballot');
      }
      const submitted = s.submitAnswer(pollId, { key: ballotKey, signature }, answer, clock());
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

    on('poll:paper-counts', async ({ pollId, counts, batchId }, { session, after }) => {
      const added = session!.addPaperCounts(pollId, counts, batchId, clock());
      if (!added.ok) return added;
      if (!added.value.added) return { ok: true, added: false };
      // The poll's record carries the totals: written whole, like a closing.
      await commits.write({ session: session! });
      after(() => requestTally(session!.id, pollId));
      return { ok: true, added: true };
    });

    on('question:ask', async ({ text, askId }, { session, after }) => {
      const s = session!;
      if (!connection.seated) return failure('forbidden', 'a seat is needed to ask');
      const asker = { seat: connection.seat!, connection: connectionKey, address };
      // Sent again after a lost acknowledgement: counted the first time.
      if (questions.isRepeat(s.id, asker.seat, askId)) return { ok: true };
      const pending = new Set(s.moderationEntries().flatMap((e) => (e.status === 'pending' ? [e.id] : [])));
      if (!questions.hasRoom(s.id, asker, (entryId) => pending.has(entryId))) {
        return failure('rate_limited', 'your questions wait for the facilitator: ask again once they are read');
      }
      const asked = s.askQuestion(text, clock());
      if (!asked.ok) return asked;
      const [change] = asked.value.moderation;
      questions.counted(s.id, asker, askId, change?.type === 'queued' ? change.entry.id : null);
      await commits.write({ session: s });
      after(() => announce(s, asked.value.moderation));
      return { ok: true };
    });

    on('facilitator:invite', async (_payload, { session }) => {
      if (!connection.lead) return failure('forbidden', 'only the first console may invite a co-facilitator');
      const invited = session!.inviteCoFacilitator(random, clock());
      if (!invited.ok) return invited;
      // The earlier invitation's consoles go: their key no longer opens the session.
      cutOff(coScreens.get(session!.id));
      await commits.write({ session: session! });
      return { ok: true, facilitatorKey: invited.value.facilitatorKey };
    });

    on('facilitator:revoke', async (_payload, { session }) => {
      if (!connection.lead) return failure('forbidden', 'only the first console may revoke a co-facilitator');
      if (session!.revokeCoFacilitator(clock())) await commits.write({ session: session! });
      cutOff(coScreens.get(session!.id));
      return { ok: true };
    });

    on('question:me-too', async ({ questionId, ballotKey, signature }, { session, after }) => {
      const s = session!;
      if (!connection.seated && s.state === 'active') return failure('forbidden', 'a seat is needed to say "me too"');
      const box = meTooBoxId(questionId);
      const earlier = connection.ballots.get(box);
      if (earlier !== undefined && earlier !== ballotKey) {
        return failure('conflict', 'this connection already said "me too" with another ballot');
      }
      const counted = s.meToo(questionId, { key: ballotKey, signature }, clock());
      if (!counted.ok) return counted;
      connection.ballots.set(box, ballotKey);
      if (!counted.value.counted) return { ok: true, counted: false };
      commits.touch(s.id, s.lastActivityAt);
      // Stored as an answer of the question's box: sorted by ballot key with the others, no time, no seat.
      await commits.write({
        writes: [{ kind: 'answer', sessionId: s.id, pollId: box, ballotKey, answer: ME_TOO_ANSWER }],
      });
      after(() => questionUpdates.request(s.id));
      return { ok: true, counted: true };
    });

    for (const name of ['moderation:approve', 'moderation:reject'] as const) {
      on(name, async ({ entryId }, { session, after }) => {
        const s = session!;
        // A question approved for the first time gets its "me too" box, with a key of its own (as a poll does).
        const signer = name === 'moderation:approve' && s.needsMeTooSigner(entryId) ? await signers.take(s.id) : null;
        if (signer) signers.prepare(s.id);
        const decided =
          name === 'moderation:approve' ? s.approve(entryId, clock(), signer) : s.reject(entryId, clock());
        if (!decided.ok) return decided;
        // Decided before (by another console at the same moment): nothing changed, nothing to write or announce.
        if (decided.value.moderation.length === 0) return { ok: true };
        await commits.write({ session: s });
        after(() => announce(s, decided.value.moderation, true));
        return { ok: true };
      });
    }

    on('session:continue', async ({ deckId }, { session, after }) => {
      const s = session!;
      const continued = s.continueWith(deckId, clock());
      if (!continued.ok) return continued;
      if (!continued.value.changed) return { ok: true };
      // The slide the console showed belongs to the deck before: the new presenter reports its own.
      slides.delete(s.id);
      await commits.write({ session: s });
      const { closedPollIds } = continued.value;
      if (closedPollIds.length > 0) signers.prepare(s.id);
      after(() => {
        for (const pollId of closedPollIds) {
          broadcast(s.id, 'poll:closed', { pollId });
          requestTally(s.id, pollId);
        }
        broadcast(s.id, 'deck:changed', { deckId });
      });
      return { ok: true };
    });

    on('session:end', async (_payload, { session, after }) => {
      const s = session!;
      if (s.state === 'ended') return { ok: true };
      const ended = s.end(clock());
      if (!ended.ok) return ended;
      await commits.write({ session: s, writes: [{ kind: 'drop-answers', sessionId: s.id }] });
      signers.forget(s.id);
      questions.forget(s.id);
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

  /** Forgets everything the server holds in memory of a session (the caller deletes it from the store). */
  function remove(session: Session): void {
    sessions.remove(session.id);
    students.delete(session.id);
    slides.delete(session.id);
    presence.forget(session.id);
    coScreens.delete(session.id);
    questionUpdates.forget(session.id);
    waiting.delete(session.id);
    signers.forget(session.id);
    questions.forget(session.id);
    for (const poll of session.polls()) tallies.forget(tallyKey(session.id, poll.id));
    io.in(sessionRoom(session.id)).socketsLeave([sessionRoom(session.id), facilitatorRoom(session.id)]);
  }

  async function sweep(): Promise<void> {
    const now = clock();
    const pending: Promise<void>[] = [];
    for (const session of [...sessions.all()]) {
      if (reloading.has(session.id)) continue;
      const openPollId = session.currentPoll()?.id;
      // Nobody holds it and nothing ever happened in it: nothing to keep for export either, so it goes at once.
      const held = facilitators.has(session.id) || (students.get(session.id) ?? 0) > 0;
      // A teacher on one slide before the class joins is quiet, not gone: a restart then must not end it.
      if (held && session.state === 'active' && session.isUnused()) touch(session);
      if (session.state === 'active' && !held && session.expireIfUnused(now, lifetime)) {
        remove(session);
        pending.push(commits.write({ writes: [{ kind: 'delete', sessionId: session.id }] }));
      } else if (session.state === 'active' && session.expireIfIdle(now, lifetime)) {
        pending.push(
          commits
            .write({ session, writes: [{ kind: 'drop-answers', sessionId: session.id }] })
            .then(() => endedBroadcasts(session, openPollId === undefined ? [] : [openPollId], 'expired')),
        );
      } else if (session.isPastRetention(now, lifetime)) {
        remove(session);
        pending.push(commits.write({ writes: [{ kind: 'delete', sessionId: session.id }] }));
      }
    }
    joinFailures.prune(monotonic());
    serverJoinFailures.prune(monotonic());
    starts.prune(monotonic());
    addressJoins.prune(monotonic());
    addressSeats.prune(monotonic());
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
      signing.close();
      tallies.close();
      presence.close();
      questionUpdates.close();
    },
  };
}

/**
 * Ballot signing keys, one per poll, made off the main thread (10–30 ms of one core each, more when busy). Each
 * session gets its next key ready while nobody is answering: when it starts, and when a poll closes.
 */
class SignerPool {
  readonly #bits: number | undefined;
  readonly #ready = new Map<string, Promise<BallotSigner>>();

  constructor(bits?: number) {
    this.#bits = bits;
  }

  prepare(sessionId: string): void {
    if (!this.#ready.has(sessionId)) this.#ready.set(sessionId, this.#generate());
  }

  take(sessionId: string): Promise<BallotSigner> {
    const signer = this.#ready.get(sessionId) ?? this.#generate();
    this.#ready.delete(sessionId);
    return signer;
  }

  forget(sessionId: string): void {
    this.#ready.delete(sessionId);
  }

  #generate(): Promise<BallotSigner> {
    const signer = BallotSigner.generate(this.#bits);
    signer.catch(() => {}); // a key that failed is reported by the poll:open that takes it
    return signer;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
