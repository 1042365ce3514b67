/**
 * What makes a kit process one node of several (ADR 13): the Redis store, with this node's name on its
 * commits, and the session leases. Loaded by server/main.ts only when `REDIS_URL` is set.
 */
import { hostname } from 'node:os';
import { connectRedis, RedisSessionStore } from '../store/redis-session-store';
import { SessionLeases } from './session-leases';

export interface ClusterNode {
  readonly store: RedisSessionStore;
  readonly leases: SessionLeases;
  /** Redis's address without its password, for the start-up message. */
  readonly where: string;
}

export async function openClusterNode(options: {
  url: string;
  /** Unique among the nodes; by default the host name and process id, with a random tail for restarts. */
  name?: string;
  waitReplicas?: number;
  leaseMs?: number;
}): Promise<ClusterNode> {
  const redis = await connectRedis({ url: options.url });
  const node = options.name || `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const leaseMs = options.leaseMs ?? 5_000;
  const store = new RedisSessionStore({ redis, owner: node, leaseMs, waitReplicas: options.waitReplicas });
  const leases = await SessionLeases.start({ store, subscriber: redis.duplicate(), node, leaseMs });
  const url = new URL(options.url);
  return { store, leases, where: `${url.hostname}:${url.port || 6379}` };
}
