/**
 * Limits on connections themselves, below the class-poll events: how many one address holds at once, how
 * fast it may open new ones, how long a connection may stay half-open, and how much the server queues for
 * a client that does not read. Each refusal happens before the server keeps anything for the connection.
 *
 * Addresses are counted under their key (address-key.ts: IPv6 by /64) in memory only, and forgotten when
 * their last connection closes.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { addressKey } from './address-key';
import { KeyedLimiter } from './token-bucket';

export interface ConnectionLimits {
  /** Connections open at once from one address: a whole school behind one router still fits. */
  readonly maxConnectionsPerAddress: number;
  /** New connections (handshakes) one address may open: a burst, then a steady rate. */
  readonly handshakeBurst: number;
  readonly handshakesPerSecond: number;
  /** A connection that has not joined the class-poll namespace by then is closed (a half-open handshake). */
  readonly handshakeTimeoutMs: number;
  /** What the server may hold unsent for one client (bytes): past it, the client is not reading and is cut off. */
  readonly maxQueuedBytes: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnectionsPerAddress: 300,
  // A class joins within a minute; a school reconnecting after a restart retries with backoff (socket-options.ts).
  handshakeBurst: 200,
  handshakesPerSecond: 20,
  // A phone on bad Wi-Fi sends its connect packet right after the handshake: 10 s is many round trips.
  handshakeTimeoutMs: 10_000,
  // The console's catch-up (every moderation entry at once) is well under this; acks alone never come near.
  maxQueuedBytes: 4 * 1024 * 1024,
};

/** What a refused handshake answers (engine.io puts it in the JSON body of its 403): the join page reads it. */
export type ConnectionRefusal = 'too_many_connections' | 'too_many_handshakes' | 'origin_not_allowed';

/** The part of an engine.io connection the guard uses (engine.io's Socket). */
interface EngineConnection {
  readonly remoteAddress: string;
  readonly transport: { readonly name: string; readonly socket?: { bufferedAmount?: number; terminate?: () => void } };
  on(event: 'packetCreate', listener: (packet: { data?: unknown }) => void): void;
  on(event: 'flush' | 'close' | 'packet', listener: () => void): void;
  close(discard?: boolean): void;
}

interface Engine {
  on(event: 'connection', listener: (connection: EngineConnection) => void): void;
}

const monotonic = () => performance.now();

function packetBytes(data: unknown): number {
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

export class ConnectionGuard {
  readonly limits: ConnectionLimits;
  readonly #open = new Map<string, number>();
  readonly #handshakes: KeyedLimiter;
  #prunedAt = -Infinity;
  /** Connections cut off for not reading, since the server started (for the operator; no address). */
  cutOff = 0;

  constructor(limits: Partial<ConnectionLimits> = {}) {
    this.limits = { ...DEFAULT_CONNECTION_LIMITS, ...limits };
    this.#handshakes = new KeyedLimiter(this.limits.handshakeBurst, this.limits.handshakesPerSecond);
  }

  /** Whether one more connection from this address may start its handshake; the refusal when not. */
  admit(remoteAddress: string | undefined): ConnectionRefusal | null {
    const key = addressKey(remoteAddress ?? '');
    const now = monotonic();
    // An address whose handshakes are whole again is forgotten within a minute (and at once past 1,000 of them):
    // a phone that came once is not remembered for the life of the server.
    if (this.#handshakes.size > 1000 || now - this.#prunedAt > 60_000) {
      this.#handshakes.prune(now);
      this.#prunedAt = now;
    }
    if ((this.#open.get(key) ?? 0) >= this.limits.maxConnectionsPerAddress) return 'too_many_connections';
    if (!this.#handshakes.take(key, now)) return 'too_many_handshakes';
    return null;
  }

  /** Counts every engine.io connection while it lasts and cuts off one whose unsent output passes the bound. */
  watch(engine: Engine): void {
    engine.on('connection', (connection) => {
      const key = addressKey(connection.remoteAddress);
      this.#open.set(key, (this.#open.get(key) ?? 0) + 1);
      // Bytes queued in engine.io's write buffer since its last flush to the transport; what the transport
      // could not hand to the network yet (a WebSocket's bufferedAmount) comes on top.
      let queued = 0;
      let closing = false;
      // A handshake never followed by a packet (no connect, no poll answered) is closed soon, discarded: a
      // long-polling transport would otherwise wait for a poll that never comes before it lets go.
      let heard = false;
      const halfOpen = setTimeout(() => {
        if (!heard) connection.close(true);
      }, this.limits.handshakeTimeoutMs);
      halfOpen.unref();
      connection.on('packet', () => {
        heard = true;
        clearTimeout(halfOpen);
      });
      connection.on('flush', () => (queued = 0));
      connection.on('packetCreate', (packet) => {
        queued += packetBytes(packet.data);
        const unsent = queued + (connection.transport.socket?.bufferedAmount ?? 0);
        if (closing || unsent <= this.limits.maxQueuedBytes) return;
        closing = true;
        this.cutOff += 1;
        // After this packet is queued: closing from inside engine.io's send would run under its caller.
        queueMicrotask(() => {
          const raw = connection.transport.socket;
          connection.close(true); // discard: do not wait for a drain that will never come
          raw?.terminate?.(); // a WebSocket's closing handshake would wait for the same client
        });
      });
      connection.on('close', () => {
        clearTimeout(halfOpen);
        const left = (this.#open.get(key) ?? 1) - 1;
        if (left > 0) this.#open.set(key, left);
        else this.#open.delete(key);
      });
    });
  }

  connectionsFrom(remoteAddress: string): number {
    return this.#open.get(addressKey(remoteAddress)) ?? 0;
  }

  /** How many addresses the guard holds anything for: open connections or a handshake allowance in use. */
  get addressesHeld(): number {
    return this.#open.size + this.#handshakes.size;
  }
}

/** The host names this machine answers to by itself: loopback, its own interfaces' addresses, its name. */
function machineHosts(): string[] {
  const name = hostname().toLowerCase();
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  return ['localhost', name, `${name}.local`, ...addresses];
}

function bareHost(hostAndPort: string): string {
  const host = hostAndPort.toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return isIP(host) === 6 ? host : host.replace(/:\d*$/, '');
}

/**
 * Whether a browser request comes from one of the kit's own pages. The Origin must match the Host, and the
 * Host must be one of the kit's own addresses: a DNS-rebinding page (`evil.example` made to resolve to this
 * machine) sends a matching Origin and Host, so matching alone proves nothing. No Origin: not a browser.
 */
export function isKitOrigin(
  origin: string | undefined,
  host: string | undefined,
  ownHosts: () => readonly string[],
): boolean {
  if (origin === undefined) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === undefined || originHost !== host.toLowerCase()) return false;
  const bare = bareHost(host);
  if (bare.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(bare)) return true;
  return ownHosts().some((own) => bareHost(own) === bare || own.toLowerCase() === bare);
}

/** The kit's own host names: the machine's, and those of `PUBLIC_URL` when it is set. */
export function kitHosts(publicUrl: string | undefined, lanAddresses: () => readonly string[]): () => string[] {
  let publicHost: string[] = [];
  try {
    if (publicUrl) publicHost = [new URL(publicUrl).hostname.replace(/^\[|\]$/g, '')];
  } catch {
    // an invalid PUBLIC_URL is reported where it is read; it adds no host
  }
  return () => [...publicHost, ...lanAddresses(), ...machineHosts(), '::1'];
}

/** engine.io's allowRequest: the Origin check, then the per-address limits; the refusal's name goes in the 403. */
export function allowRequest(
  guard: ConnectionGuard,
  ownHosts: () => readonly string[],
): (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void) => void {
  return (req, callback) => {
    if (!isKitOrigin(req.headers.origin, req.headers.host, ownHosts)) {
      callback('origin_not_allowed', false);
      return;
    }
    const refusal = guard.admit(req.socket.remoteAddress);
    callback(refusal, refusal === null);
  };
}
