/**
 * How every kit page connects to the class-poll server (socket.io-client's options), in one place: the join
 * page, the console and the presenter use them, and scripts/bench-restart.ts measures them.
 */
import type { ManagerOptions, SocketOptions } from 'socket.io-client';

/**
 * After a dropped connection socket.io tries again after `reconnectionDelay`, doubling each time up to
 * `reconnectionDelayMax`, each wait spread by ±`randomizationFactor` so that a class does not knock at once.
 */
export const RECONNECTION = {
  reconnectionDelay: 300,
  reconnectionDelayMax: 1500,
  randomizationFactor: 0.5,
} as const satisfies Partial<ManagerOptions>;

/** Connect on the first join (not on page load), then reconnect by itself; same origin, default path. */
export const LIVE_SOCKET_OPTIONS = {
  autoConnect: false,
  ...RECONNECTION,
} as const satisfies Partial<ManagerOptions & SocketOptions>;

/**
 * Names the class session in the connection's address (`?session=ABC234`), so that a load balancer in front of
 * several server nodes sends every connection of one session, WebSocket or long-polling, to the same node
 * (ADR 13, deploy/nginx.conf). Taken at the next connection or reconnection; a single server ignores it.
 */
export function routeToSession(socket: { io?: { opts?: { query?: object } } }, joinCode: string): void {
  const options = socket.io?.opts;
  if (options) options.query = { ...options.query, session: joinCode };
}
