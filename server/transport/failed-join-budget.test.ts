import { describe, expect, it } from 'vitest';
import { FailedJoinBudget } from './failed-join-budget';

const limits = {
  serverJoinFailureBurst: 100,
  serverJoinFailuresPerMinute: 60,
  spentJoinFailureBurst: 2,
  spentJoinFailuresPerMinute: 2,
};
const addresses = Array.from({ length: 50 }, (_, i) => `10.0.${i >> 8}.${i & 255}`);

/** Every address tries as fast as it is let through for `ms`; returns how many codes got checked. */
function guess(budget: FailedJoinBudget, from: number, ms: number): number {
  let checked = 0;
  for (let now = from; now < from + ms; now += 10) {
    for (const address of addresses) {
      if (!budget.mayTry(address, now)) continue;
      checked++;
      budget.fail(address, now);
    }
  }
  return checked;
}

describe("a server's budget of failed joins", () => {
  it('caps the codes 50 addresses can check between them', () => {
    const budget = new FailedJoinBudget(limits, 0);
    // The burst, then each address its small allowance once the budget is spent: not 50 × 10 per address.
    const first = guess(budget, 0, 1000);
    expect(first).toBeGreaterThanOrEqual(100);
    expect(first).toBeLessThanOrEqual(100 + 1 + 50 * 2);
    // The next minute: about the refill (60) and what each address's allowance regains (2).
    const minute = guess(budget, 1000, 60_000);
    expect(minute).toBeGreaterThanOrEqual(60);
    expect(minute).toBeLessThanOrEqual(60 + 1 + 50 * 2);
  });

  it('still checks a join from an address that has not been failing', () => {
    const budget = new FailedJoinBudget(limits, 0);
    for (let i = 0; i < 100; i++) expect(budget.fail('10.0.0.1', 0)).toBe(true);
    // Spent: the failing address gets its small allowance, then waits.
    expect(budget.mayTry('10.0.0.1', 0)).toBe(true);
    expect(budget.fail('10.0.0.1', 0)).toBe(false);
    expect(budget.fail('10.0.0.1', 0)).toBe(false);
    expect(budget.mayTry('10.0.0.1', 0)).toBe(false);
    // Another address is still checked (a right code gets in); failing, it learns the budget is spent.
    expect(budget.mayTry('192.168.1.20', 0)).toBe(true);
    expect(budget.fail('192.168.1.20', 0)).toBe(false);
  });

  it('counts only failures, and fills up again when the guessing stops', () => {
    const budget = new FailedJoinBudget(limits, 0);
    for (let i = 0; i < 99; i++) expect(budget.fail('10.0.0.1', 0)).toBe(true);
    expect(budget.mayTry('10.0.0.2', 0)).toBe(true);
    expect(budget.fail('10.0.0.2', 0)).toBe(true);
    expect(budget.fail('10.0.0.2', 0)).toBe(false);
    // Refilled at one a second: the address that failed last is let through again, its allowance forgotten.
    expect(budget.mayTry('10.0.0.2', 1000)).toBe(true);
    budget.prune(120_000);
    expect(budget.fail('10.0.0.2', 120_000)).toBe(true);
  });
});
