/**
 * Which node serves which session, when the kit runs as several nodes over Redis (ADR 13). A node holds a
 * session while the lease `l:<id>` names it; the Redis store's commits check that lease, so a node that lost it
 * can acknowledge nothing. Leases of the sessions a node has in memory are renewed every `renewEveryMs`; a node
 * that dies stops renewing, and its sessions are free `leaseMs` later.
 *
 * A node takes a session when a connection joins it there: nginx sends every connection of a session to one
 * node, so that is the node the session should live on. If another node holds it, it is asked (pub/sub) to hand
 * it over, and does: it forgets the session, waits for its last commits, closes its connections (they come back
 * through nginx) and frees the lease.
 */
import type { Redis } from 'ioredis';
import type { SessionSnapshot } from '../domain';
import type { RedisSessionStore } from '../store/redis-session-store';

export interface SessionLeasesOptions {
  readonly store: RedisSessionStore;
  /** A second connection, for the hand-over requests this node listens to (a subscribed client does nothing else). */
  readonly subscriber: Redis;
  /** This node's name, unique among the nodes (e.g. host and process id). */
  readonly node: string;
  readonly leaseMs?: number;
  readonly renewEveryMs?: number;
  /** How long a join waits for another node to hand a session over, or for a dead node's lease to run out. */
  readonly takeTimeoutMs?: number;
  readonly log?: (message: string) => void;
}

// ARGV: node, lease ms, then session ids. Renews this node's leases, takes back those that ran out while it
// was busy, and names those another node has taken since.
const RENEW_SCRIPT = `
local lost = {}
for n = 3, #ARGV do
  local key = KEYS[1] .. ARGV[n]
  local holder = redis.call('GET', key)
  if holder == ARGV[1] or not holder then
    redis.call('SET', key, ARGV[1], 'PX', ARGV[2])
  else
    lost[#lost + 1] = ARGV[n]
  end
end
return lost
`;

// Frees a lease only if this node still holds it.
const FREE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** The least time a node keeps a session it took before handing it over again. */
const MIN_HOLD_MS = 2_000;

interface LeaseCommands {
  pbRenew(prefix: string, node: string, leaseMs: string, ...ids: string[]): Promise<string[]>;
  pbFree(key: string, node: string): Promise<number>;
}

export class SessionLeases {
  readonly node: string;
  readonly leaseMs: number;
  /** The ids of the sessions this node has in memory (set by the application). */
  held: () => Iterable<string> = () => [];
  /** Called when another node asks for a session, or took it: forget it here and let its writes finish. */
  onRelease: (sessionId: string) => Promise<void> = async () => {};
  readonly #options: SessionLeasesOptions;
  readonly #redis: Redis & LeaseCommands;
  readonly #taking = new Map<string, Promise<SessionSnapshot | null>>();
  /** When this node took each session it holds (monotonic ms), for the least time it keeps one. */
  readonly #takenAt = new Map<string, number>();
  readonly #timer: ReturnType<typeof setInterval>;
  #renewing: Promise<void> | null = null;
  #closed = false;

  private constructor(options: SessionLeasesOptions) {
    this.#options = options;
    this.node = options.node;
    this.leaseMs = options.leaseMs ?? 5_000;
    this.#redis = options.store.redis as Redis & LeaseCommands;
    this.#redis.defineCommand('pbRenew', { numberOfKeys: 1, lua: RENEW_SCRIPT });
    this.#redis.defineCommand('pbFree', { numberOfKeys: 1, lua: FREE_SCRIPT });
    this.#timer = setInterval(() => void this.renew(), options.renewEveryMs ?? 1_000);
    this.#timer.unref();
  }

  /** Starts listening for hand-over requests to this node. */
  static async start(options: SessionLeasesOptions): Promise<SessionLeases> {
    const leases = new SessionLeases(options);
    const channel = leases.#channel(leases.node);
    options.subscriber.on('message', (from: string, sessionId: string) => {
      if (from === channel) void leases.#handOver(sessionId);
    });
    await options.subscriber.subscribe(channel);
    return leases;
  }

  /**
   * The session a join code opens, once this node holds it (null: no such session, or it could not be taken
   * in time). Joins of one session arriving together wait for one take.
   */
  async take(joinCode: string): Promise<SessionSnapshot | null> {
    const sessionId = await this.#options.store.sessionIdByCode(joinCode);
    if (sessionId === null) return null;
    let taking = this.#taking.get(sessionId);
    if (!taking) {
      taking = this.#take(sessionId).finally(() => this.#taking.delete(sessionId));
      this.#taking.set(sessionId, taking);
    }
    return taking;
  }

  /** Renews every lease this node holds; hands over those another node took meanwhile. */
  renew(): Promise<void> {
    this.#renewing ??= (async () => {
      const ids = [...this.held()];
      for (const sessionId of this.#takenAt.keys()) if (!ids.includes(sessionId)) this.#takenAt.delete(sessionId);
      if (ids.length === 0 || this.#closed) return;
      const lost = await this.#redis.pbRenew(this.#leaseKey(''), this.node, String(this.leaseMs), ...ids);
      for (const sessionId of lost) await this.onRelease(sessionId);
    })()
      .catch((error: unknown) => this.#log(`[cluster] renewing leases failed: ${String(error)}`))
      .finally(() => (this.#renewing = null));
    return this.#renewing;
  }

  /** For the node's /healthz: a node whose Redis does not answer can take, keep and commit no session. */
  async health(): Promise<{ ok: boolean; redis: 'reachable' | 'unreachable' }> {
    const reachable = await this.#options.store.reachable();
    return { ok: reachable, redis: reachable ? 'reachable' : 'unreachable' };
  }

  /** Stops renewing and frees the leases of the sessions still held (a clean stop: no wait for the others). */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#timer);
    await this.#renewing;
    await this.#options.subscriber.quit().catch(() => this.#options.subscriber.disconnect());
    for (const sessionId of this.held()) {
      await this.#redis.pbFree(this.#leaseKey(sessionId), this.node).catch(() => {});
    }
  }

  async #take(sessionId: string): Promise<SessionSnapshot | null> {
    const key = this.#leaseKey(sessionId);
    const deadline = performance.now() + (this.#options.takeTimeoutMs ?? this.leaseMs + 3_000);
    let askedHolder: string | null = null;
    for (;;) {
      const taken = await this.#redis.set(key, this.node, 'PX', this.leaseMs, 'NX');
      const holder = taken === 'OK' ? this.node : await this.#redis.get(key);
      if (holder === this.node) {
        this.#takenAt.set(sessionId, performance.now());
        return this.#options.store.load(sessionId);
      }
      if (holder !== null && holder !== askedHolder) {
        // Alive, it hands the session over within milliseconds. Nobody listening on its channel: its process
        // is gone (Redis closed its connections), so the lease is freed now rather than when it runs out. Had
        // it only lost its connection, its commits now fail on the lease: it acknowledges nothing more.
        const listeners = await this.#redis.publish(this.#channel(holder), sessionId);
        if (listeners === 0) await this.#redis.pbFree(key, holder);
        else askedHolder = holder;
        continue;
      }
      if (performance.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async #handOver(sessionId: string): Promise<void> {
    try {
      // A session just taken stays a moment: a client that does not route by session (an old page) would
      // otherwise have two nodes hand it back and forth at every reconnection; this keeps that to a trickle.
      const kept = (this.#takenAt.get(sessionId) ?? -Infinity) + MIN_HOLD_MS - performance.now();
      if (kept > 0) await new Promise((resolve) => setTimeout(resolve, kept));
      this.#takenAt.delete(sessionId);
      await this.onRelease(sessionId);
      // A renewal under way could otherwise take the lease back just after it was freed.
      await this.#renewing;
      await this.#redis.pbFree(this.#leaseKey(sessionId), this.node);
    } catch (error) {
      this.#log(`[cluster] handing a session over failed: ${String(error)}`);
    }
  }

  #leaseKey(sessionId: string): string {
    return `${this.#options.store.prefix}l:${sessionId}`;
  }

  #channel(node: string): string {
    return `${this.#options.store.prefix}handover:${node}`;
  }

  #log(message: string): void {
    (this.#options.log ?? console.error)(message);
  }
}
