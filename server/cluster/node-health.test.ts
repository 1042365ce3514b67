/**
 * A node's /healthz says whether its Redis answers (ADR 13): what an operator's monitoring, or a load balancer
 * with health checks, reads to take a node out that can take, keep and commit no session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisProcess } from '../../scripts/redis-process';
import { createApplication, type Application } from '../app';
import { fakeDist, removeDir } from '../transport/test-harness';
import { openClusterNode, type ClusterNode } from './cluster-node';

let redis: RedisProcess;
let node: ClusterNode;
let app: Application;
let base: string;
let distDir: string;

beforeAll(async () => {
  redis = await startRedisServer();
  distDir = fakeDist();
  node = await openClusterNode({ url: redis.url, name: 'node-health' });
  app = await createApplication({ distDir, store: node.store, leases: node.leases });
  base = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
}, 30_000);

afterAll(async () => {
  redis?.child.kill('SIGCONT');
  await app?.close();
  await node?.leases.close();
  await node?.store.close();
  await redis?.stop();
  removeDir(distDir);
}, 30_000);

async function health(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, body: await response.json() };
}

/** Asks /healthz until it answers `status` (Redis's state shows within its check's second and timeout). */
async function healthBecomes(status: number, timeoutMs = 20_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const answer = await health();
    if (answer.status === status || performance.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a node's /healthz", () => {
  it('says its Redis is reachable, then 503 while Redis does not answer, then reachable again', async () => {
    expect(await health()).toEqual({ status: 200, body: { ok: true, redis: 'reachable' } });
    // Redis frozen (as on a machine out of memory or a network cut): its connection stays open, nothing answers.
    redis.child.kill('SIGSTOP');
    expect(await healthBecomes(503)).toEqual({ status: 503, body: { ok: false, redis: 'unreachable' } });
    redis.child.kill('SIGCONT');
    expect(await healthBecomes(200)).toEqual({ status: 200, body: { ok: true, redis: 'reachable' } });
  }, 60_000);
});
