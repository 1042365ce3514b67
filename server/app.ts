/**
 * The kit's one Node process: serves the built kit and answers the health check. The polling layer
 * (socket.io) attaches to the same HTTP server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';

export interface KitServerOptions {
  /** The folder `vite build` wrote the kit to. */
  readonly distDir: string;
}

// Nothing may leave the machine: the browser itself refuses any other origin, whatever a page tries.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // reveal.js's speaker-notes window is written into about:blank, which inherits this policy.
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function createApplication({ distDir }: KitServerOptions): Server {
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

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      sendJson(res, 200, { ok: true });
      return;
    }
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  });
}
