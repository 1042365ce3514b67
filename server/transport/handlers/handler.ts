/**
 * What every event handler of class polling gets, and the one wrapper that runs them (ADR 18). A handler module
 * exports a group of handlers, one per client event it answers; the wrapper, for every message:
 *
 * 1. takes a token from the connection's event bucket (refused: `rate_limited`);
 * 2. refuses while the connection's session is being reloaded after a failed write;
 * 3. checks access: a joined session for `participant` events, the facilitator role for `facilitator` ones, and
 *    hands the handler that session, checked (no `!` in handlers);
 * 4. validates the payload against protocol/ (a bad one is refused and changes nothing);
 * 5. runs the handler; what it commits is durable before the acknowledgement;
 * 6. acknowledges with the handler's result (a thrown error: `internal`, logged without the payload);
 * 7. after a successful acknowledgement only, tells the screens what the change did.
 *
 * Refusals count against the connection's refusal budget: past it the connection is cut off.
 */
import type { AckFailure } from '../../../protocol/errors';
import {
  clientEvents,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
} from '../../../protocol/client-events';
import { failure } from '../../../protocol/errors';
import { parse } from '../../../protocol/parse';
import type { RandomBytes, Session } from '../../domain';
import type { SessionChange } from '../../domain/session-changes';
import type { BallotSigning } from '../ballot-signing';
import type { FailedJoinBudget } from '../failed-join-budget';
import type { LiveSessions } from '../live-sessions';
import type { PollingLimits } from '../polling';
import type { QuestionGuard } from '../question-guard';
import type { SessionRooms } from '../session-rooms';
import type { SignerPool } from '../signer-pool';
import type { StartBudget } from '../start-budget';
import type { KeyedLimiter } from '../token-bucket';
import type { Connection } from './connection';

/** What the handlers of every connection share: the server's sessions, limits, store queue and rooms. */
export interface PollingContext {
  readonly sessions: LiveSessions;
  readonly clock: () => number;
  readonly random: RandomBytes;
  readonly limits: PollingLimits;
  readonly joinCodeLength: number | undefined;
  readonly rooms: SessionRooms;
  readonly signers: SignerPool;
  readonly signing: BallotSigning;
  /** Sessions whose last write failed: refused (as a transient error) until reloaded from the store. */
  readonly reloading: ReadonlySet<string>;
  /** Per-address limits, shared by every connection from that address (in memory only). */
  readonly guards: {
    readonly joinFailures: KeyedLimiter;
    readonly serverJoinFailures: FailedJoinBudget;
    readonly starts: StartBudget;
    readonly addressJoins: KeyedLimiter;
    readonly addressSeats: KeyedLimiter;
    readonly questions: QuestionGuard;
  };
  /** Commits a change's writes for this session; resolves once they are durable. The only way to the store. */
  write(session: Session, change: SessionChange<unknown>): Promise<void>;
  /** A join or a slide change: the session is not idle (no write waits for it). */
  touch(session: Session): void;
  /** A session taken over from another node (ADR 13). */
  adopt(joinCode: string): Promise<Session | undefined>;
  /** Gives the waiting phones the seats the facilitator just made free, first come first served. */
  admitWaiting(session: Session): Promise<void>;
}

type Access<E extends ClientEventName> = (typeof clientEvents)[E]['access'];

/** What one call of a handler gets. */
export interface Call<E extends ClientEventName> {
  /** The connection's session, checked: present for every event but `public` ones. */
  readonly session: Access<E> extends 'public' ? Session | null : Session;
  readonly connection: Connection;
  readonly polling: PollingContext;
  /**
   * Commits the change's writes (awaited, so nothing is acknowledged that a crash could lose) and queues its
   * events for after the acknowledgement; returns the change's value.
   */
  commit<T>(session: Session, change: SessionChange<T>): Promise<T>;
  /** Runs once the acknowledgement went, and only if it was a success (a catch-up, a message to this phone). */
  after(then: () => void): void;
}

export type Handler<E extends ClientEventName> = (
  payload: ClientPayload<E>,
  call: Call<E>,
) => ClientAck<E> | AckFailure | Promise<ClientAck<E> | AckFailure>;

/** A handler module's export: the handlers of its group of events. */
export type HandlerGroup<E extends ClientEventName> = { readonly [K in E]: Handler<K> };

type Ack = (response: unknown) => void;
const noop: Ack = () => {};
/** Rate limits run on the machine's monotonic clock: the injected clock is for session lifetimes. */
export const monotonic = () => performance.now();

/** Wires every client event of one connection to its handler, through the wrapper's steps (see above). */
export function listen(
  connection: Connection,
  polling: PollingContext,
  handlers: HandlerGroup<ClientEventName>,
  log: (message: string) => void,
): void {
  const { socket } = connection;
  const on = socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void };
  for (const name of Object.keys(clientEvents) as ClientEventName[]) {
    on.on(name, (...args: unknown[]) => run(name, args));
  }

  socket.onAny((event: string, ...args: unknown[]) => {
    // Own names only: `in` would also find `constructor`, `toString`… on Object's prototype, which have no
    // handler, so they went unanswered and unlimited.
    if (Object.hasOwn(clientEvents, event)) return;
    const ack = ackOf(args);
    if (!connection.events.take(monotonic())) refuse(ack, failure('rate_limited', 'too many messages: slow down'));
    else refuse(ack, failure('invalid_payload', 'unknown event'));
  });

  function refuse(ack: Ack, error: AckFailure): void {
    ack(error);
    if (!connection.refusals.take(monotonic())) socket.disconnect(true);
  }

  function run<E extends ClientEventName>(name: E, args: unknown[]): void {
    const { access, payload: schema } = clientEvents[name];
    const ack = ackOf(args);
    const raw = typeof args[0] === 'function' ? undefined : args[0];
    if (!connection.events.take(monotonic())) {
      refuse(ack, failure('rate_limited', 'too many messages: slow down'));
      return;
    }
    const sessionId = connection.sessionId;
    if (sessionId !== null && polling.reloading.has(sessionId)) {
      ack(failure('internal', 'the session is being reloaded: try again'));
      return;
    }
    const session = sessionId === null ? null : (polling.sessions.get(sessionId) ?? null);
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
    const call: Call<E> = {
      // Checked above: null only for a public event.
      session: session as Call<E>['session'],
      connection,
      polling,
      async commit(changed, change) {
        await polling.write(changed, change);
        if (change.events.length > 0) followUps.push(() => polling.rooms.announce(changed, change.events));
        return change.value;
      },
      after: (then) => followUps.push(then),
    };
    const handler = handlers[name] as Handler<E>;
    Promise.resolve()
      .then(() => handler(parsed.value as ClientPayload<E>, call))
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
  }
}

function ackOf(args: unknown[]): Ack {
  const last = args.at(-1);
  return typeof last === 'function' ? (last as Ack) : noop;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
