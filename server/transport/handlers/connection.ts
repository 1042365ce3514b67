import { failure, type AckFailure } from '../../../protocol/errors';
import { seatDigest, type Session } from '../../domain';
import { recordChanged } from '../../domain/session-changes';
import { addressKey } from '../address-key';
import type { PollingLimits, PollingSocket } from '../polling';
import { facilitatorRoom, sessionRoom } from '../session-rooms';
import { TokenBucket } from '../token-bucket';
import type { PollingContext } from './handler';

export type Role = 'student' | 'facilitator';

let connections = 0;

/** What the server knows of one connection, for as long as it lasts. */
export class Connection {
  readonly socket: PollingSocket;
  /** Names this connection in the question quotas (in memory); never a socket id. */
  readonly key = String(++connections);
  /** Held for the per-address limits only; never stored, never logged. */
  readonly address: string;
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
  readonly #polling: PollingContext;
  /** Bound once: the waiting queue finds and removes this connection's grant by identity. */
  readonly #grant = () => {
    this.seated = true;
    this.#polling.rooms.send(this.socket, 'seat:granted', {});
  };

  constructor(socket: PollingSocket, polling: PollingContext, limits: PollingLimits, now: number) {
    this.socket = socket;
    this.address = addressKey(socket.handshake.address);
    this.#polling = polling;
    this.events = new TokenBucket(limits.eventBurst, limits.eventsPerSecond, now);
    this.refusals = new TokenBucket(limits.refusalBurst, limits.refusalsPerSecond, now);
    this.joinFailures = new TokenBucket(limits.joinFailureBurst, limits.joinFailuresPerMinute / 60, now);
    this.joins = new TokenBucket(limits.joinBurst, limits.joinsPerMinute / 60, now);
    this.newSeats = new TokenBucket(limits.connectionSeatBurst, limits.connectionSeatsPerHour / 3600, now);
  }

  /** Enters a session's rooms in a role, leaving the one it was in; counted in the console's presence. */
  enter(session: Session, role: Role): void {
    this.leave();
    this.sessionId = session.id;
    this.role = role;
    void this.socket.join(
      role === 'facilitator' ? [sessionRoom(session.id), facilitatorRoom(session.id)] : sessionRoom(session.id),
    );
    this.#polling.rooms.count(session.id, role, +1);
  }

  /** Leaves the session's rooms (a disconnect, or a join to another session or role). */
  leave(): void {
    const { sessionId, role } = this;
    if (sessionId === null) return;
    const { rooms } = this.#polling;
    void this.socket.leave(sessionRoom(sessionId));
    void this.socket.leave(facilitatorRoom(sessionId));
    rooms.count(sessionId, role === 'student' ? 'student' : 'facilitator', -1);
    rooms.coScreens.get(sessionId)?.delete(this.socket);
    this.#leaveSeat();
    this.sessionId = null;
    this.role = null;
  }

  /**
   * Gives this connection the phone's seat, or puts it in the queue for "admit more"; says whether the
   * seats given or waiting changed (the console's counts).
   */
  async takeSeat(session: Session, seat: string, now: number): Promise<AckFailure | boolean> {
    const { guards, rooms, clock } = this.#polling;
    const digest = seatDigest(seat);
    if (this.seat === digest) return false;
    const known = session.hasSeat(digest);
    if (!known && (!this.newSeats.has(now) || !guards.addressSeats.has(this.address, now))) {
      return failure('rate_limited', 'too many new seats from here: wait a while');
    }
    this.#leaveSeat();
    this.seat = digest;
    const claim = session.claimSeat(digest, clock());
    if (!claim.ok) return false; // an ended session: no seat needed to see that it ended
    if (claim.value === 'full') {
      let queue = rooms.waiting.get(session.id);
      if (!queue) rooms.waiting.set(session.id, (queue = new Map()));
      let grants = queue.get(digest);
      if (!grants) queue.set(digest, (grants = new Set()));
      grants.add(this.#grant);
      return true;
    }
    // Seated before the write: a join sent twice at once (connect and resume) must see the seat too.
    this.seated = true;
    if (claim.value === 'known') return false;
    this.newSeats.take(now);
    guards.addressSeats.take(this.address, now);
    await this.#polling.write(session, recordChanged);
    return true;
  }

  /** Gives up this connection's hold on its seat (the seat stays given: the phone may come back). */
  #leaveSeat(): void {
    const { sessionId, seat } = this;
    if (sessionId !== null && seat !== null) {
      const queue = this.#polling.rooms.waiting.get(sessionId);
      const grants = queue?.get(seat);
      if (grants?.delete(this.#grant) && grants.size === 0) {
        queue?.delete(seat);
        this.#polling.rooms.requestPresence(sessionId);
      }
    }
    this.seat = null;
    this.seated = false;
    this.ballots = new Map();
  }
}
