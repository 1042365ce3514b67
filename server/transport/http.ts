/**
 * The kit's HTTP side: the built kit (sirv), the health check and the network addresses the join QR shows.
 * socket.io attaches to the same server and takes its own path before these routes see a request.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * The one inline script the kit runs: reveal.js's speaker-notes window is written into about:blank, which
 * inherits this policy. Allowed by its hash alone (http.test.ts recomputes it from the installed reveal.js).
 */
export const SPEAKER_NOTES_SCRIPT_HASH = "'sha256-GzCveToXhSIzS3M5eQeRm3McVRB7cYneYKwTkzA3wDk='";

// A Host header that is a plain host[:port] (anything else gets no WebSocket line of its own).
const PLAIN_HOST = /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i;

/**
 * Nothing may leave the machine: the browser itself refuses any other origin, whatever a page tries. The
 * page's own host is named for WebSockets too, for browsers whose 'self' does not cover ws: (Safari < 15.4).
 */
export function contentSecurityPolicy(host: string | undefined): string {
  const ownSocket = host !== undefined && PLAIN_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${SPEAKER_NOTES_SCRIPT_HASH}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${ownSocket}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The pages with polls counted by hand, whose "Scan cards" reads the webcam. */
const CARD_SCANNING_PAGES = new Set(['/present.html', '/present', '/activities.html', '/activities']);

function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.headers.host));
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // The presenter (and the activity gallery) may open the laptop's webcam to read answer cards, in the page
  // itself; no other page, and never a student's phone, may use a camera.
  const path = (req.url ?? '/').split('?')[0];
  const camera = CARD_SCANNING_PAGES.has(path!) ? 'camera=(self)' : 'camera=()';
  res.setHeader('Permissions-Policy', `${camera}, microphone=(), geolocation=(), interest-cohort=()`);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '::0']);

/**
 * The base URLs a phone on the same network can open: every LAN address when the server listens on all
 * interfaces, the one it is bound to when that is a LAN address, none when it listens on loopback only.
 */
export function networkUrls(address: AddressInfo | string | null, lanAddresses: readonly string[]): string[] {
  if (address === null || typeof address === 'string') return [];
  const hosts = WILDCARD_HOSTS.has(address.address)
    ? lanAddresses
    : lanAddresses.filter((lan) => lan === address.address);
  return hosts.map((host) => `http://${host}:${address.port}/`);
}

export interface KitRoutesOptions {
  /** The folder `vite build` wrote the kit to. */
  readonly distDir: string;
  /** This machine's LAN IPv4 addresses, asked on each request (a laptop moves between networks). */
  readonly lanAddresses: () => string[];
  /** The base URL phones should use first (`PUBLIC_URL`, e.g. `http://192.168.43.10:8080/`), before the others. */
  readonly publicUrl?: string;
  /** On a node over Redis (ADR 13), whether its Redis answers: /healthz says so, with 503 when it does not. */
  readonly health?: () => Promise<{ readonly ok: boolean }>;
}

export function createKitRoutes(
  server: () => Server,
  { distDir, lanAddresses, publicUrl, health }: KitRoutesOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const assets = sirv(distDir, {
    extensions: ['html'],
    etag: true,
    setHeaders(res, pathname) {
      // Vite names built assets by content hash: cache them for good; pages are always revalidated.
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  return (req, res) => {
    setSecurityHeaders(req, res);
    // The kit is read-only over HTTP: socket.io took its own path (with its POSTs) before this.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (health) void health().then((status) => sendJson(res, status.ok ? 200 : 503, status));
      else sendJson(res, 200, { ok: true });
      return;
    }
    if (path === '/api/network') {
      const urls = networkUrls(server().address(), lanAddresses());
      sendJson(res, 200, { urls: publicUrl ? [publicUrl, ...urls.filter((url) => url !== publicUrl)] : urls });
      return;
    }
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  };
}
