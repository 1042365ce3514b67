/**
 * What a flood leaves in the server's memory: each flood runs against a kit server in its own process (with
 * --expose-gc, so its heap holds nothing of the flooding clients), once small to warm it up (the first flood of a
 * kind compiles its code paths and fills Node's pool of HTTP parsers: a one-off that stays), then in full. Once
 * the flood is over (its connections closed, its sessions expired) and the heap collected, the server's heap is
 * back within 10 % of where it was before the flood. Counts and memory only: nothing here depends on time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer, type ChildServerOptions } from './child-harness';
import {
  connectionFlood,
  flooderFlood,
  halfOpenFlood,
  measure,
  nonReaderFlood,
  released,
  sessionStartFlood,
  type FloodResult,
} from './floods';
import { sleep } from './test-harness';

let server: ChildServer | null = null;

afterEach(async () => {
  await server?.stop();
  server = null;
});

async function serve(options: ChildServerOptions = {}): Promise<ChildServer> {
  server = await startChildServer(options);
  return server;
}

// Thousands of connections on both sides of one machine: minutes when other work shares its two cores. A bound
// against a hang, not a figure (the flood figures are the bench's: npm run bench:floods).
const FLOOD_TIMEOUT_MS = 300_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function expectMemoryBack<T>({ before, peak, after }: FloodResult<T>): void {
  const figures = `heap before ${mb(before.heapUsed)}, peak ${mb(peak.heapUsed)}, after ${mb(after.heapUsed)}`;
  expect(after.heapUsed, figures).toBeLessThanOrEqual(before.heapUsed * 1.1);
  expect(after.engineClients, figures).toBe(0);
  expect(after.sockets, figures).toBe(0);
}

describe('memory after a flood', () => {
  it(
    '5,000 WebSockets from one address: at most the cap held, /healthz answered throughout, memory back after they close',
    async () => {
      const child = await serve();
      await measure(child, () => connectionFlood(child, { count: 1000, address: '127.0.1.1' }));
      const result = await measure(child, () => connectionFlood(child, { count: 5000, address: '127.0.1.2' }));
      const { held, refused, failed, health } = result.figure;
      expect(held).toBeLessThanOrEqual(300);
      expect(held).toBeGreaterThan(0);
      expect(held + refused + failed).toBe(5000);
      // Refused at the handshake (a connection the kernel dropped under the burst counts as failed, not held).
      expect(refused + failed).toBeGreaterThanOrEqual(4700);
      expect(refused).toBeGreaterThan(0);
      // Responsive: every health check during the flood answered 200 (how fast is the bench's to report).
      expect(health.requests).toBeGreaterThan(0);
      expect(health.failures).toBe(0);
      expectMemoryBack(result);
      expect(child.logs).toEqual([]);
    },
    FLOOD_TIMEOUT_MS,
  );

  it(
    'session starts from 100 addresses: the teacher still starts one, and memory is back once they expired unused',
    async () => {
      const child = await serve({
        // Unused sessions end after 10 minutes; here after one second, so that the test sees them go.
        lifetime: { idleLimitMs: 12 * 3600_000, retentionMs: 24 * 3600_000, unusedLimitMs: 1000 },
      });
      const expire = async () => {
        await released(child);
        await sleep(1500); // past the unused lifetime: a slower machine only waits longer
        await child.sweep();
      };
      // Warmed up as big: each new address also costs the limiters a bucket or two until they refill (an hour).
      await measure(child, () => sessionStartFlood(child, { addresses: 100, subnet: 1 }), expire);
      const result = await measure(child, () => sessionStartFlood(child, { addresses: 100, subnet: 2 }), expire);
      // The server's burst, then one each from the newcomers' share, and what refills while it runs.
      expect(result.figure.started).toBeLessThanOrEqual(100 + 100 + 5);
      expect(result.figure.teacher).toBe('started');
      expectMemoryBack(result);
    },
    FLOOD_TIMEOUT_MS,
  );

  it(
    'a client that never reads: cut off, and nothing of its unsent output stays',
    async () => {
      const child = await serve({
        limits: { refusalBurst: 1_000_000, eventBurst: 1_000_000, eventsPerSecond: 1_000_000 },
        connectionLimits: { maxQueuedBytes: 256 * 1024 },
      });
      await measure(child, () => nonReaderFlood(child, { messages: 100_000, address: '127.3.0.1' }));
      const result = await measure(child, () => nonReaderFlood(child, { messages: 100_000, address: '127.3.0.2' }));
      expect(result.figure.cutOff).toBe(true);
      expectMemoryBack(result);
    },
    FLOOD_TIMEOUT_MS,
  );

  it(
    'half-open long-polling handshakes: never more than the cap held, each closed, memory back',
    async () => {
      const child = await serve({ connectionLimits: { handshakeTimeoutMs: 500 } });
      await measure(child, () => halfOpenFlood(child, { count: 500, address: '127.5.0.1' }));
      const result = await measure(child, () => halfOpenFlood(child, { count: 5000, address: '127.5.0.2' }));
      const { accepted, refused, seconds, heldAtEnd } = result.figure;
      // Never more than the cap at once; over the flood, the burst and the rate (each one closed after 0.5 s).
      expect(heldAtEnd).toBeLessThanOrEqual(300);
      expect(accepted).toBeLessThanOrEqual(200 + 20 * seconds + 1);
      expect(accepted + refused).toBe(5000);
      expectMemoryBack(result);
    },
    FLOOD_TIMEOUT_MS,
  );

  it(
    'a flooding phone: cut off, memory back',
    async () => {
      const child = await serve();
      await measure(child, () => flooderFlood(child, { messages: 2000 }));
      const result = await measure(child, () => flooderFlood(child, { messages: 20_000 }));
      expect(result.figure.cutOff).toBe(true);
      expectMemoryBack(result);
    },
    FLOOD_TIMEOUT_MS,
  );
});
