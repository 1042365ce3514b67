/**
 * A noisy neighbour (#10.4): one phone of a class sends 1,000 messages a second, from a thread of its own, and
 * connects again each time it is cut off, while the 30 other phones of the class answer two polls. The flooder
 * is cut off for its refusals; every answer of the class is acknowledged and counted. How much slower the class
 * gets is measured by `npm run bench:floods -- --only noisy`, not asserted here (a busy machine would fail it).
 */
import { afterEach, expect, it } from 'vitest';
import { classUnderFlood } from './floods';
import { disconnectAll, removeDir, startTestServer, type TestServer } from './test-harness';

let server: TestServer | null = null;

afterEach(async () => {
  disconnectAll();
  await server?.stop();
  if (server) removeDir(server.dataDir);
  server = null;
});

it('cuts the flooding phone off while every answer of its class is counted', async () => {
  server = await startTestServer();
  const run = await classUnderFlood(server.url, { students: 30, polls: 2, flood: true });
  expect(run.flooder!.sent).toBeGreaterThan(140); // past its burst (40) and its refusals' (100)
  expect(run.flooder!.cutOffs).toBeGreaterThanOrEqual(1);
  expect(run.class.refused).toBe(0);
  expect(run.class.counted).toEqual([30, 30]);
}, 60_000);
