/**
 * Behind a load balancer every connection comes from the balancer's address, so the per-address limits
 * (connections, handshakes, joins, seats, sessions started) would count a whole country as one school. The
 * balancer names the phone's address in `X-Real-IP` (deploy/nginx.conf); it is believed only from the
 * addresses given (`TRUST_PROXY`), never from anyone else, who could name any address they like.
 *
 * The address is put on the connection itself, where engine.io and the connection guard read it, before they
 * see the request: nginx opens one connection to a node per request or WebSocket (no upstream keepalive), so a
 * connection never carries two phones' requests.
 */
import type { IncomingMessage, Server } from 'node:http';
import { isIP } from 'node:net';

export function trustProxy(server: Server, proxies: readonly string[]): void {
  if (proxies.length === 0) return;
  const trusted = new Set(proxies.map(plain));
  const relabel = (req: IncomingMessage) => {
    const peer = plain(req.socket.remoteAddress ?? '');
    const named = req.headers['x-real-ip'];
    if (!trusted.has(peer) || typeof named !== 'string' || isIP(named.trim()) === 0) return;
    Object.defineProperty(req.socket, 'remoteAddress', { value: named.trim(), configurable: true });
  };
  // Before engine.io's own listeners, which read the address at the handshake.
  server.prependListener('request', relabel);
  server.prependListener('upgrade', relabel);
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, as an IPv4 peer appears on a dual-stack socket. */
function plain(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}
