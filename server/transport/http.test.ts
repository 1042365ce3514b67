import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SPEAKER_NOTES_SCRIPT_HASH, contentSecurityPolicy } from './http';
import { sharedTestServer } from './test-harness';

const server = sharedTestServer();

describe('the kit over HTTP', () => {
  it('answers 405 to anything but reading', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of ['/', '/index.html', '/healthz', '/api/network']) {
        const res = await fetch(`${server.url}${path}`, { method, body: method === 'DELETE' ? undefined : 'x' });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
      }
    }
    expect((await fetch(`${server.url}/index.html`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  it('lets pages run only their own scripts and connect only to their own server', async () => {
    const res = await fetch(`${server.url}/`);
    const policy = res.headers.get('content-security-policy')!;
    const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));
    expect(directive('script-src')).toBe(`script-src 'self' ${SPEAKER_NOTES_SCRIPT_HASH}`);
    // Its own host for WebSockets, for browsers whose 'self' does not cover ws:; no other host.
    expect(directive('connect-src')).toBe(
      `connect-src 'self' ws://127.0.0.1:${server.port} wss://127.0.0.1:${server.port}`,
    );
    expect(contentSecurityPolicy('evil"; script-src *')).toContain("connect-src 'self';");
  });

  it('lets only the presenter and the activity gallery use the webcam (answer cards), never a phone’s page', async () => {
    const camera = async (path: string) =>
      /camera=\(([^)]*)\)/.exec((await fetch(`${server.url}${path}`)).headers.get('permissions-policy')!)![1];
    expect(await camera('/present.html?deck=welcome&lang=en')).toBe('self');
    expect(await camera('/activities.html')).toBe('self');
    for (const path of ['/', '/join', '/join.html?code=ABC234', '/console.html', '/network'])
      expect(await camera(path), path).toBe('');
  });

  it("allows exactly the speaker-notes window's script of the installed reveal.js", () => {
    // reveal.js writes its speaker view (one inline script) into about:blank, which inherits the policy.
    const require = createRequire(import.meta.url);
    const plugin = readFileSync(require.resolve('reveal.js/plugin/notes'), 'utf8');
    const open = plugin.indexOf('<script>');
    const literal = plugin.slice(plugin.lastIndexOf('`', open), plugin.indexOf('`', open) + 1);
    const html = (0, eval)(literal) as string; // the template literal as the browser receives it
    const script = html.slice(html.indexOf('<script>') + '<script>'.length, html.indexOf('</script>'));
    const hash = createHash('sha256').update(script).digest('base64');
    expect(SPEAKER_NOTES_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
  });
});
