/**
 * The session store of a kit run as several Node processes (nodes) behind a load balancer: Redis holds what
 * SQLite holds on one laptop, so that a node's death loses no acknowledged answer and another node can take
 * its sessions over (ADR 13).
 *
 * Layout, under a prefix (`pb:` by default):
 * - `s:<id>`: a hash, `record` (JSON, answers left out), `activity` (last activity, ms), `code`, `ended` (1 once
 *   the record says the session ended);
 * - `a:<id>`: a hash, poll id → that poll's answers as one value, lines `<ballot key> <answer JSON>` sorted by
 *   ballot key. Not a field per ballot key: a small Redis hash keeps its fields in the order they were added
 *   (listpack), in memory and in its snapshots, and that would be the order students answered (ADR 8);
 * - `c:<join code>`: the session id, so that any node finds a session by the code a phone typed;
 * - `l:<id>`: the node holding the session (session-leases.ts); a commit from a node that lost it fails.
 *
 * One Lua script applies a commit: it checks everything first (sessions exist, leases, codes), then writes,
 * so a commit is whole or nothing (Redis does not roll a script back). Retention is Redis expiry: every write
 * gives an active session's raw answers the idle limit to live and its record that plus retention; an ended
 * session's record lives the retention. The sweeps of the node holding a session end and delete it on time;
 * expiry is for a session no node holds any more.
 */
import type { Redis } from 'ioredis';
import type { BallotKey } from '../../protocol/ballot-key';
import { DEFAULT_LIFETIME, type LifetimePolicy, type SessionSnapshot } from '../domain';
import {
  joinSnapshot,
  type SessionRecord,
  type SessionStore,
  type SessionWrite,
  type StoredAnswer,
} from './session-store';

export interface RedisSessionStoreOptions {
  /** A connected ioredis client; the store closes it on close(). */
  readonly redis: Redis;
  readonly prefix?: string;
  /** Sets how long Redis keeps what no node deletes (the idle limit, retention). */
  readonly lifetime?: LifetimePolicy;
  /**
   * The node's name in session leases: when set, a commit touching a session another node holds fails, and
   * one touching a session nobody holds takes it for this node for `leaseMs`.
   */
  readonly owner?: string;
  readonly leaseMs?: number;
  /** Replicas that must hold each commit before it resolves (Redis's WAIT), for durability beyond Redis's memory. */
  readonly waitReplicas?: number;
  readonly waitTimeoutMs?: number;
}

/** A commit refused because another node holds one of its sessions. */
export class NotOwnerError extends Error {
  constructor(readonly sessionId: string) {
    super(`another node holds session ${sessionId}`);
  }
}

// ARGV: prefix, owner ('' for none), lease ms, idle ms, retention ms, then the writes, each an operation letter
// and its fields: R id code record ended lastActivity | T id at | A id poll ballot answer | D id | X id.
const COMMIT_SCRIPT = `
local prefix, owner = ARGV[1], ARGV[2]
local leaseMs, idleMs, retentionMs = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local function sk(id) return prefix .. 's:' .. id end
local function ak(id) return prefix .. 'a:' .. id end
local function ck(code) return prefix .. 'c:' .. code end
local function lk(id) return prefix .. 'l:' .. id end
local widths = { R = 6, T = 3, A = 5, D = 2, X = 2 }

-- Checks: nothing is written unless the whole commit can be.
local exists, checked, ids = {}, {}, {}
local function known(id)
  if exists[id] == nil then exists[id] = redis.call('EXISTS', sk(id)) == 1 end
  return exists[id]
end
local i = 6
while i <= #ARGV do
  local op, id = ARGV[i], ARGV[i + 1]
  if widths[op] == nil then return redis.error_reply('ERR unknown write ' .. tostring(op)) end
  if not checked[id] then
    checked[id] = true
    ids[#ids + 1] = id
    if owner ~= '' then
      local holder = redis.call('GET', lk(id))
      if holder and holder ~= owner then return redis.error_reply('NOTOWNER ' .. id) end
    end
  end
  if op == 'R' then
    local holder = redis.call('GET', ck(ARGV[i + 2]))
    if holder and holder ~= id then return redis.error_reply('ERR join code taken') end
    exists[id] = true
  elseif op == 'A' then
    if not known(id) then return redis.error_reply('ERR no session ' .. id) end
  elseif op == 'X' then
    known(id)
    exists[id] = false
  end
  i = i + widths[op]
end

-- A poll's answers: one value, lines sorted by ballot key, rewritten whole.
local function merge(value, ballot, answer)
  local byKey, keys = {}, {}
  if value then
    for line in string.gmatch(value, '[^\\n]+') do
      local space = string.find(line, ' ', 1, true)
      local key = string.sub(line, 1, space - 1)
      if byKey[key] == nil then keys[#keys + 1] = key end
      byKey[key] = string.sub(line, space + 1)
    end
  end
  if byKey[ballot] == nil then keys[#keys + 1] = ballot end
  byKey[ballot] = answer
  table.sort(keys)
  local lines = {}
  for n, key in ipairs(keys) do lines[n] = key .. ' ' .. byKey[key] end
  return table.concat(lines, '\\n')
end

i = 6
while i <= #ARGV do
  local op, id = ARGV[i], ARGV[i + 1]
  if op == 'R' then
    local key = sk(id)
    local before = tonumber(redis.call('HGET', key, 'activity') or '0')
    local at = tonumber(ARGV[i + 5])
    redis.call('HSET', key, 'record', ARGV[i + 3], 'code', ARGV[i + 2])
    if at > before or before == 0 then redis.call('HSET', key, 'activity', ARGV[i + 5]) end
    redis.call('SET', ck(ARGV[i + 2]), id)
    if ARGV[i + 4] == '1' and redis.call('HGET', key, 'ended') ~= '1' then
      redis.call('HSET', key, 'ended', '1')
      redis.call('PEXPIRE', key, retentionMs)
      redis.call('PEXPIRE', ck(ARGV[i + 2]), retentionMs)
    end
  elseif op == 'T' then
    local key = sk(id)
    if redis.call('EXISTS', key) == 1 then
      local before = tonumber(redis.call('HGET', key, 'activity') or '0')
      if tonumber(ARGV[i + 2]) > before then redis.call('HSET', key, 'activity', ARGV[i + 2]) end
    end
  elseif op == 'A' then
    local key = ak(id)
    redis.call('HSET', key, ARGV[i + 2], merge(redis.call('HGET', key, ARGV[i + 2]), ARGV[i + 3], ARGV[i + 4]))
  elseif op == 'D' then
    redis.call('DEL', ak(id))
  elseif op == 'X' then
    local code = redis.call('HGET', sk(id), 'code')
    if code and redis.call('GET', ck(code)) == id then redis.call('DEL', ck(code)) end
    redis.call('DEL', sk(id), ak(id), lk(id))
  end
  i = i + widths[op]
end

-- Expiry, and the lease of every session this commit wrote.
for _, id in ipairs(ids) do
  local key = sk(id)
  if redis.call('EXISTS', key) == 1 then
    if owner ~= '' then redis.call('SET', lk(id), owner, 'PX', leaseMs) end
    if redis.call('HGET', key, 'ended') ~= '1' then
      redis.call('PEXPIRE', key, idleMs + retentionMs)
      redis.call('PEXPIRE', ck(redis.call('HGET', key, 'code')), idleMs + retentionMs)
      redis.call('PEXPIRE', ak(id), idleMs)
    end
  end
end
return #ids
`;

/** What the commit script is given for one write. */
function argumentsOf(write: SessionWrite): string[] {
  switch (write.kind) {
    case 'record': {
      const { record } = write;
      return [
        'R',
        record.id,
        record.joinCode,
        JSON.stringify(record),
        record.ended ? '1' : '0',
        String(record.lastActivityAt),
      ];
    }
    case 'touch':
      return ['T', write.sessionId, String(write.lastActivityAt)];
    case 'answer':
      return ['A', write.sessionId, write.pollId, write.ballotKey, JSON.stringify(write.answer)];
    case 'drop-answers':
      return ['D', write.sessionId];
    case 'delete':
      return ['X', write.sessionId];
  }
}

interface CommitCommand {
  pbCommit(...args: string[]): Promise<number>;
}

export class RedisSessionStore implements SessionStore {
  readonly redis: Redis;
  readonly prefix: string;
  readonly #options: RedisSessionStoreOptions;
  readonly #lifetime: LifetimePolicy;
  #reachable: { at: number; answer: Promise<boolean> } | undefined;

  constructor(options: RedisSessionStoreOptions) {
    this.#options = options;
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'pb:';
    this.#lifetime = options.lifetime ?? DEFAULT_LIFETIME;
    // ioredis sends the script's digest, and the script itself only when Redis does not know it yet.
    this.redis.defineCommand('pbCommit', { numberOfKeys: 0, lua: COMMIT_SCRIPT });
  }

  async commit(writes: readonly SessionWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const { owner = '', leaseMs = 5_000, waitReplicas = 0, waitTimeoutMs = 1_000 } = this.#options;
    try {
      await (this.redis as unknown as CommitCommand).pbCommit(
        this.prefix,
        owner,
        String(leaseMs),
        String(this.#lifetime.idleLimitMs),
        String(this.#lifetime.retentionMs),
        ...writes.flatMap(argumentsOf),
      );
    } catch (error) {
      const notOwner = /NOTOWNER (\S+)/.exec(String((error as Error).message));
      throw notOwner ? new NotOwnerError(notOwner[1]) : error;
    }
    if (waitReplicas > 0) {
      const replicas = await this.redis.wait(waitReplicas, waitTimeoutMs);
      if (replicas < waitReplicas)
        throw new Error(`only ${replicas} of ${waitReplicas} Redis replicas took the commit`);
    }
  }

  async load(sessionId: string): Promise<SessionSnapshot | null> {
    const [snapshot] = await this.#loadMany([sessionId]);
    return snapshot ?? null;
  }

  async loadAll(): Promise<SessionSnapshot[]> {
    const ids: string[] = [];
    const sessionKeys = `${this.prefix}s:`;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${sessionKeys}*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) ids.push(key.slice(sessionKeys.length));
    } while (cursor !== '0');
    return (await this.#loadMany(ids.sort())).filter((snapshot) => snapshot !== null);
  }

  /** The id of the session a join code opens, from whichever node started it. */
  async sessionIdByCode(joinCode: string): Promise<string | null> {
    return this.redis.get(`${this.prefix}c:${joinCode}`);
  }

  /**
   * Whether Redis answers a PING within `timeoutMs`, for the node's /healthz. Asked of Redis at most once a
   * second, whatever the number of /healthz requests (a monitor on every node, or a flood of them).
   */
  reachable(timeoutMs = 1_000): Promise<boolean> {
    const now = performance.now();
    if (this.#reachable && now - this.#reachable.at < 1_000) return this.#reachable.answer;
    const answer = new Promise<boolean>((resolve) => {
      // A command meanwhile waits in ioredis's queue while it reconnects: a closed Redis shows as a timeout.
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.redis.ping().then(
        (reply) => (clearTimeout(timer), resolve(reply === 'PONG')),
        () => (clearTimeout(timer), resolve(false)),
      );
    });
    this.#reachable = { at: now, answer };
    return answer;
  }

  /** Nothing to fold: Redis snapshots and expires on its own. */
  async maintain(): Promise<void> {}

  async close(): Promise<void> {
    if (this.redis.status === 'end') return;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  async #loadMany(ids: readonly string[]): Promise<(SessionSnapshot | null)[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(`${this.prefix}s:${id}`).hgetall(`${this.prefix}a:${id}`);
    const replies = (await pipeline.exec()) ?? [];
    return ids.map((_, n) => {
      const [[sessionError, session], [answersError, polls]] = [replies[2 * n], replies[2 * n + 1]];
      if (sessionError) throw sessionError;
      if (answersError) throw answersError;
      const fields = session as Record<string, string>;
      if (!fields.record) return null;
      const record = JSON.parse(fields.record) as SessionRecord;
      const answers: StoredAnswer[] = [];
      for (const [pollId, value] of Object.entries(polls as Record<string, string>)) {
        for (const line of value.split('\n')) {
          const space = line.indexOf(' ');
          answers.push({
            pollId,
            ballotKey: line.slice(0, space) as BallotKey,
            answer: JSON.parse(line.slice(space + 1)),
          });
        }
      }
      return joinSnapshot({ ...record, lastActivityAt: Number(fields.activity ?? record.lastActivityAt) }, answers);
    });
  }
}

export interface RedisConnectionOptions {
  /** `redis://[:password@]host:port[/db]` (REDIS_URL). */
  readonly url: string;
}

/**
 * Connects to Redis (ioredis is loaded here, only when a deployment names a Redis: the laptop's start does not
 * pay for it) and resolves once the connection is ready. A command fails after two retries instead of
 * waiting for Redis without end: the phone's answer then stays "sending" and goes again.
 */
export async function connectRedis({ url }: RedisConnectionOptions): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true, connectionName: 'payboy-kit' });
  await redis.connect();
  return redis;
}
