/**
 * Connections as an attacker on the same network would open them, against a real server on loopback: too
 * many from one address, half-open handshakes, a client that never reads, a flood, a DNS-rebinding page.
 * Each flood is bounded (a few thousand messages at most) and every wait is for a state, not for a time.
 */
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { ConnectionGuard, isKitOrigin } from './connection-guard';
import {
  connect,
  connected,
  disconnectAll,
  removeDir,
  startTestServer,
  type ClientSocket,
  type TestServer,
} from './test-harness';

interface RawResponse {
  status: number;
  body: string;
}

/** One plain HTTP request to the server, with whatever headers a hostile client would send. */
function raw(
  server: TestServer,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An engine.io long-polling handshake that is never followed up: what a half-open flood sends. */
const handshake = (server: TestServer) => raw(server, '/socket.io/?EIO=4&transport=polling');

function sidOf(response: RawResponse): string {
  return (JSON.parse(response.body.slice(1)) as { sid: string }).sid;
}

/** Waits until `test` holds, checking again on every turn of the event loop (never a fixed time). */
async function until(test: () => boolean, what: string, tries = 20_000): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never happened: ${what}`);
}

const servers: TestServer[] = [];
async function serve(options: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  disconnectAll();
  for (const server of servers.splice(0)) {
    await server.stop();
    removeDir(server.dataDir);
  }
});

const engineClients = (server: TestServer) => server.app.io.engine.clientsCount;

describe('connections per address', () => {
  it('holds no more than the cap from one address and tells the refused phone why', async () => {
    const server = await serve({
      connectionLimits: { maxConnectionsPerAddress: 5, handshakeBurst: 1000, handshakesPerSecond: 1000 },
    });
    const held = Array.from({ length: 5 }, () => connect(server.url));
    await Promise.all(held.map(connected));

    // A browser starts with long-polling: the refusal is in the body of the handshake's answer.
    // (A browser's XHR hands the page the answer's body; Node's client keeps only the status.)
    const refused = connect(server.url, { transports: ['polling'] });
    const error = await new Promise<Error & { description?: unknown }>((resolve) =>
      refused.once('connect_error', resolve),
    );
    refused.disconnect();
    expect(error.description).toBe(403);

    const flood = await Promise.all(Array.from({ length: 50 }, () => handshake(server)));
    expect(flood.every((response) => response.status === 403)).toBe(true);
    expect(JSON.parse(flood[0]!.body)).toMatchObject({ message: 'too_many_connections' });
    expect(engineClients(server)).toBe(5);

    // A phone that leaves makes room for the next one.
    held[0]!.disconnect();
    await until(() => server.app.connections.connectionsFrom('127.0.0.1') === 4, 'a connection closed');
    const next = connect(server.url);
    await connected(next);
  });

  it('refuses handshakes past the per-address rate', async () => {
    const server = await serve({
      connectionLimits: { maxConnectionsPerAddress: 1000, handshakeBurst: 10, handshakesPerSecond: 0.001 },
    });
    const answers = await Promise.all(Array.from({ length: 30 }, () => handshake(server)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(10);
    const refused = answers.filter((answer) => answer.status === 403);
    expect(refused).toHaveLength(20);
    expect(refused[0]!.body).toContain('too_many_handshakes');
  });
});

describe('half-open long-polling handshakes', () => {
  it('holds at most the cap and lets go of each one that never polls', async () => {
    const server = await serve({ connectionLimits: { handshakeTimeoutMs: 300 } });
    // Past both the default cap (300) and the default burst (200), in sequence as one flooder sends them.
    const answers: RawResponse[] = [];
    for (let i = 0; i < 8; i++)
      answers.push(...(await Promise.all(Array.from({ length: 50 }, () => handshake(server)))));
    const accepted = answers.filter((answer) => answer.status === 200).length;
    expect(accepted).toBeLessThanOrEqual(300);
    expect(engineClients(server)).toBeLessThanOrEqual(300);
    // Each is closed once its short handshake time is over: nothing of the flood is left.
    await until(() => engineClients(server) === 0, 'every half-open handshake closed');
    expect(server.app.connections.connectionsFrom('127.0.0.1')).toBe(0);
    // A real phone still gets in (the burst refills; the flood's addresses are not banned for good).
    const phone = connect(server.url);
    await connected(phone);
  }, 30_000);
});

describe('clients that never read', () => {
  it('cuts off a long-polling client that sends but never collects what it is sent', async () => {
    const server = await serve({
      // Refusals do not cut it off here, so that only its unread output can.
      limits: { refusalBurst: 1_000_000, eventsPerSecond: 1_000_000, eventBurst: 1_000_000 },
      connectionLimits: { maxQueuedBytes: 64 * 1024 },
    });
    const sid = sidOf(await handshake(server));
    const path = `/socket.io/?EIO=4&transport=polling&sid=${sid}`;
    expect((await raw(server, path, { method: 'POST', body: '40' })).status).toBe(200);
    // Every unknown event with an ack id gets an answer (about 80 bytes), queued until the client polls.
    const batch = Array.from({ length: 40 }, (_, i) => `42${i}["no-such-event"]`).join('\x1e');
    let posts = 0;
    for (; posts < 100; posts++) {
      const answer = await raw(server, path, { method: 'POST', body: batch });
      if (answer.status !== 200) break; // the server forgot this connection
    }
    // 100 × 40 answers would be about 320 kB; the bound is 64 kB.
    expect(posts).toBeLessThan(100);
    expect(server.app.connections.cutOff).toBe(1);
    expect((await raw(server, path)).status).toBe(400); // its buffer is gone with it
    await until(() => engineClients(server) === 0, 'the connection released');
    expect(server.app.connections.connectionsFrom('127.0.0.1')).toBe(0);
  });

  it('cuts off a WebSocket client that sends but stops reading, once the unsent output passes the bound', async () => {
    const server = await serve({
      limits: { refusalBurst: 1_000_000, eventsPerSecond: 1_000_000, eventBurst: 1_000_000 },
      connectionLimits: { maxQueuedBytes: 64 * 1024 },
    });
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/socket.io/?EIO=4&transport=websocket`);
    socket.on('error', () => {}); // the server drops it: expected
    // Joins the namespace as a real client does (events sent before its acceptance would be refused).
    await new Promise((resolve) => socket.once('open', resolve));
    const accepted = new Promise((resolve) =>
      socket.on('message', (data: Buffer) => {
        if (data.toString().startsWith('40')) resolve(null);
      }),
    );
    socket.send('40');
    await accepted;
    // Then it stops reading: what the server sends piles up in the kernel's buffers, then in the server.
    (socket as unknown as { _socket: { pause(): void } })._socket.pause();
    // About 9 MB of answers (each about 90 bytes): past the loopback's socket buffers and the 64 kB bound.
    for (let i = 0; i < 100_000; i++) socket.send(`42${i}["session:join",{"joinCode":"222222"}]`);
    await until(() => server.app.connections.cutOff === 1, 'the non-reading client cut off');
    await until(() => engineClients(server) === 0, 'the connection released');
    expect(server.app.connections.connectionsFrom('127.0.0.1')).toBe(0);
    socket.terminate();
  }, 60_000);
});

describe('flooders', () => {
  it('are cut off for their refusals over time, however many messages get through between them', async () => {
    const server = await serve({});
    const socket: ClientSocket = connect(server.url);
    await connected(socket);
    let reason: string | undefined;
    socket.once('disconnect', (why) => (reason = why));
    const emit = (event: string, payload: unknown) =>
      (socket.timeout(4000) as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> })
        .emitWithAck(event, payload)
        .catch(() => null);

    // Rounds of 150 refused messages (fewer than the old 500 "in a row"), each followed by one that passes
    // the rate limit and validation (a wrong code), which used to reset the count.
    for (let round = 0; round < 10 && reason === undefined; round++) {
      await Promise.all(Array.from({ length: 150 }, () => emit('ballot:key', { pollId: 'p1' })));
      for (let tries = 0; tries < 200 && reason === undefined; tries++) {
        const answer = (await emit('session:join', { joinCode: '222222' })) as {
          error?: { message?: string };
        } | null;
        if (answer !== null && !answer.error?.message?.includes('slow down')) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    await until(() => reason !== undefined, 'the flooder cut off');
    expect(reason).toBe('io server disconnect');
  });
});

describe('the Origin check', () => {
  it('refuses a DNS-rebinding page whose Host and Origin match each other but not the kit', async () => {
    const server = await serve({ publicUrl: 'http://kit.school.example:8080/' });
    const from = (host: string) =>
      raw(server, '/socket.io/?EIO=4&transport=polling', { headers: { Host: host, Origin: `http://${host}` } });
    const rebinding = await from(`evil.example:${server.port}`);
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).toContain('origin_not_allowed');
    expect((await from(`127.0.0.1:${server.port}`)).status).toBe(200);
    expect((await from(`localhost:${server.port}`)).status).toBe(200);
    expect((await from('kit.school.example:8080')).status).toBe(200);
    // Another page's Origin, even with the kit's own Host, stays refused.
    const crossSite = await raw(server, '/socket.io/?EIO=4&transport=polling', {
      headers: { Host: `127.0.0.1:${server.port}`, Origin: 'http://evil.example' },
    });
    expect(crossSite.status).toBe(403);
  });

  it('knows the kit by its own addresses, PUBLIC_URL and loopback, whatever the port', () => {
    const own = () => ['192.168.43.10', 'kit.school.example', 'fe80::1'];
    expect(isKitOrigin('http://192.168.43.10:8080', '192.168.43.10:8080', own)).toBe(true);
    expect(isKitOrigin('http://[::1]:8080', '[::1]:8080', () => ['::1'])).toBe(true);
    expect(isKitOrigin('http://127.0.0.2:8080', '127.0.0.2:8080', own)).toBe(true);
    expect(isKitOrigin('http://kit.school.example', 'kit.school.example', own)).toBe(true);
    expect(isKitOrigin('http://192.168.43.99:8080', '192.168.43.99:8080', own)).toBe(false);
    expect(isKitOrigin(undefined, 'anything', own)).toBe(true); // not a browser: no Origin to check
  });
});

describe('addresses the guard remembers', () => {
  it('forgets an address within a minute of its handshake allowance being whole again', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const guard = new ConnectionGuard({ handshakeBurst: 2, handshakesPerSecond: 1 });
      expect(guard.admit('10.0.0.1')).toBeNull();
      expect(guard.addressesHeld).toBe(1);
      // Refilled after a second; still remembered until the minute's pruning.
      vi.advanceTimersByTime(30_000);
      expect(guard.admit('10.0.0.2')).toBeNull();
      expect(guard.addressesHeld).toBe(2);
      vi.advanceTimersByTime(31_000);
      expect(guard.admit('10.0.0.3')).toBeNull();
      expect(guard.addressesHeld).toBe(1); // 10.0.0.1 and 10.0.0.2 forgotten, 10.0.0.3 just counted
    } finally {
      vi.useRealTimers();
    }
  });
});
