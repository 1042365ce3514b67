/**
 * The composition root of the kit's one Node process: the HTTP server (the built kit, the health check, the
 * network addresses) with class polling (socket.io) on the same port, the store injected.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server as SocketServer } from 'socket.io';
import { HOSTED_JOIN_CODE_LENGTH, JOIN_CODE_LENGTH } from '../protocol/join-code';
import { LIMITS } from '../protocol/limits';
import { lanAddresses as machineLanAddresses } from './addresses';
import type { SessionLeases } from './cluster/session-leases';
import { DEFAULT_LIFETIME, type LifetimePolicy, type RandomBytes } from './domain';
import type { SessionStore } from './store/session-store';
import { allowRequest, ConnectionGuard, kitHosts, type ConnectionLimits } from './transport/connection-guard';
import { createKitRoutes } from './transport/http';
import { LiveSessions } from './transport/live-sessions';
import { attachPolling, type Polling, type PollingLimits, type PollingServer } from './transport/polling';
import { trustProxy } from './transport/trusted-proxy';

export interface ApplicationOptions {
  /** The folder `vite build` wrote the kit to. */
  readonly distDir: string;
  readonly store: SessionStore;
  /** Milliseconds since the epoch; tests move it forward to expire sessions. */
  readonly clock?: () => number;
  readonly random?: RandomBytes;
  readonly limits?: Partial<PollingLimits>;
  /** Connections per address, handshakes, half-open time, unsent output (transport/connection-guard.ts). */
  readonly connectionLimits?: Partial<ConnectionLimits>;
  readonly lifetime?: LifetimePolicy;
  /** How often idle sessions are ended and those past retention deleted. */
  readonly sweepIntervalMs?: number;
  readonly lanAddresses?: () => string[];
  /** The base URL phones should use first, when the machine has several addresses (`PUBLIC_URL`). */
  readonly publicUrl?: string;
  /**
   * A server that hosts many sessions at once (`HOSTED=1`), not one laptop's class: join codes get nine
   * characters instead of six, so that guessing one of thousands of live codes stays hopeless.
   */
  readonly hosted?: boolean;
  readonly log?: (message: string) => void;
  /**
   * One of several nodes over Redis (ADR 13): no session is restored at start; each is taken when a connection
   * joins it here, and handed over when another node asks for it.
   */
  readonly leases?: SessionLeases;
  /** Load balancers whose `X-Real-IP` names the phone's address (`TRUST_PROXY`; transport/trusted-proxy.ts). */
  readonly trustedProxies?: readonly string[];
}

export interface Application {
  readonly httpServer: Server;
  readonly io: PollingServer;
  readonly polling: Polling;
  readonly connections: ConnectionGuard;
  /** Listens (port 0: any free port) and resolves with the address actually bound. */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops taking connections, disconnects every client and waits for the last writes. The store stays open. */
  close(): Promise<void>;
}

const cryptoRandom: RandomBytes = (length) => randomBytes(length);

/** Builds the server and restores every session the store holds; listen() then opens the port. */
export async function createApplication({
  distDir,
  store,
  clock = Date.now,
  random = cryptoRandom,
  limits,
  connectionLimits,
  lifetime = DEFAULT_LIFETIME,
  sweepIntervalMs = 60_000,
  lanAddresses = machineLanAddresses,
  publicUrl,
  hosted = false,
  log,
  leases,
  trustedProxies = [],
}: ApplicationOptions): Promise<Application> {
  const sessions = leases ? new LiveSessions() : LiveSessions.restore(await store.loadAll());

  const health = leases && (() => leases.health());
  const routes = createKitRoutes(() => httpServer, { distDir, lanAddresses, publicUrl, health });
  const httpServer = createServer(routes);
  const connections = new ConnectionGuard(connectionLimits);
  const io: PollingServer = new SocketServer(httpServer, {
    // A message past the largest valid one is cut off by the transport itself, before any parsing.
    maxHttpBufferSize: LIMITS.maxPayloadBytes,
    // WebSocket first when it works, long-polling on school networks that block it.
    transports: ['polling', 'websocket'],
    // The join page bundles its own client: no extra route.
    serveClient: false,
    // Browsers let any web page open a WebSocket to any address: only the kit's own pages may connect, and
    // only as many at once and as fast as a school's router would.
    allowRequest: allowRequest(connections, kitHosts(publicUrl, lanAddresses)),
    // A connection that spoke but never joined the namespace; one that never spoke goes sooner (the guard):
    // socket.io's close waits for a poll first, which would keep the guard from discarding it.
    connectTimeout: 3 * connections.limits.handshakeTimeoutMs,
  });
  connections.watch(io.engine);
  trustProxy(httpServer, trustedProxies);
  const joinCodeLength = hosted ? HOSTED_JOIN_CODE_LENGTH : JOIN_CODE_LENGTH;
  const polling = attachPolling(io, { store, sessions, clock, random, limits, lifetime, joinCodeLength, log });
  if (leases) {
    sessions.adopter = (code) => leases.take(code);
    leases.held = () => [...sessions.all()].map((session) => session.id);
    leases.onRelease = (sessionId) => polling.release(sessionId);
  }

  // Sessions left idle while the server was off end now, not a minute later.
  await polling.sweep();
  const sweepAndFold = () => {
    polling
      .sweep()
      .then(() => store.maintain())
      .catch((error: unknown) => (log ?? console.error)(`[polling] housekeeping failed: ${String(error)}`));
  };
  const sweeper = setInterval(sweepAndFold, sweepIntervalMs);
  sweeper.unref();

  let closed: Promise<void> | undefined;
  return {
    httpServer,
    io,
    polling,
    connections,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve(httpServer.address() as AddressInfo);
        });
      });
    },
    close() {
      closed ??= (async () => {
        clearInterval(sweeper);
        polling.close();
        await new Promise<void>((resolve) => {
          // Closes every socket.io connection and the HTTP server (an error only says it was not listening).
          void io.close(() => resolve());
          httpServer.closeAllConnections();
        });
        await polling.idle();
      })();
      return closed;
    },
  };
}
