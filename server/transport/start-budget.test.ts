import { describe, expect, it } from 'vitest';
import { StartBudget } from './start-budget';

const HOUR = 3600_000;
const limits = {
  sessionStartBurst: 3,
  sessionStartsPerHour: 3,
  serverStartBurst: 5,
  serverStartsPerHour: 5,
  newcomerStartBurst: 2,
  newcomerStartsPerHour: 2,
};

describe('StartBudget', () => {
  it('holds each address to its own budget, then the server to its own', () => {
    const budget = new StartBudget(limits, 0);
    expect([1, 2, 3, 4].map(() => budget.take('a', 0))).toEqual([null, null, null, 'address']);
    expect([1, 2, 3].map(() => budget.take('b', 0))).toEqual([null, null, 'server']);
  });

  it('lets an address that started nothing in the past hour use the newcomers’ share, once', () => {
    const budget = new StartBudget(limits, 0);
    for (const address of ['a', 'a', 'a', 'b', 'b']) expect(budget.take(address, 0)).toBeNull();
    expect(budget.take('b', 0)).toBe('server'); // it started during the flood: no newcomer
    expect(budget.take('teacher', 0)).toBeNull();
    expect(budget.take('teacher', 0)).toBe('server');
    expect(budget.take('other', 0)).toBeNull();
    expect(budget.take('third', 0)).toBe('server'); // the newcomers' share is spent too
    // An hour later the budgets are back.
    expect(budget.take('teacher', HOUR)).toBeNull();
  });
});
