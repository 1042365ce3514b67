/**
 * After a SIGKILL and a restart, the whole class is back by itself with the join page's own code and settings,
 * and the tally holds each phone's one answer. No timing is asserted here (CI machines are busy):
 * `npm run bench:restart` measures how fast.
 */
import { describe, expect, it } from 'vitest';
import { runRestartDrill } from './restart-drill';

describe('a class whose server is killed mid-poll and started again', () => {
  it('has every phone back, every acknowledged answer counted once', { timeout: 240_000 }, async () => {
    const result = await runRestartDrill({ phones: 30, patienceMs: 120_000 });
    expect(result.notBack).toBe(0);
    expect(result.backMs).toHaveLength(30);
    expect(result.consoleBackMs).toBeDefined();
    // Some answers were acknowledged before the crash, so the check below is about them too.
    expect(result.ackedBeforeCrash).toBeGreaterThanOrEqual(15);
    expect(result.lost).toBe(0);
    expect(result.doubled).toBe(0);
  });
});
