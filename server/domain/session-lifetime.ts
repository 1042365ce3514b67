/** How long sessions and their results live. Times are milliseconds since the epoch, passed in by the caller. */
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export interface LifetimePolicy {
  /** A session nobody has touched for this long is ended (a forgotten laptop, an abandoned code). */
  readonly idleLimitMs: number;
  /** After the end, tallies and approved texts stay this long for export, then go. */
  readonly retentionMs: number;
  /**
   * A session nothing ever happened in (no seat, no poll, no text) and no facilitator screen holds is ended
   * after this long without activity: a teacher who starts one uses it within minutes, and sessions started
   * by a script must not hold the server's room for hours. Absent: `idleLimitMs`.
   */
  readonly unusedLimitMs?: number;
}

export const DEFAULT_LIFETIME: LifetimePolicy = {
  idleLimitMs: 12 * HOUR,
  retentionMs: 24 * HOUR,
  unusedLimitMs: 10 * MINUTE,
};

export function idleDeadline(lastActivityAt: number, policy: LifetimePolicy = DEFAULT_LIFETIME): number {
  return lastActivityAt + policy.idleLimitMs;
}

export function isIdleExpired(lastActivityAt: number, now: number, policy: LifetimePolicy = DEFAULT_LIFETIME): boolean {
  return now >= idleDeadline(lastActivityAt, policy);
}

export function retentionDeadline(endedAt: number, policy: LifetimePolicy = DEFAULT_LIFETIME): number {
  return endedAt + policy.retentionMs;
}

export function isRetentionOver(endedAt: number, now: number, policy: LifetimePolicy = DEFAULT_LIFETIME): boolean {
  return now >= retentionDeadline(endedAt, policy);
}
