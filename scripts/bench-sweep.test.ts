/** The cluster benchmark's sweep finds the largest classroom count that holds, trying few counts. */
import { describe, expect, it } from 'vitest';
import { held, largestHolding } from './bench-sweep';

/** A machine that holds up to `limit` classrooms; it notes every count tried. */
function machine(limit: number) {
  const tried: number[] = [];
  const holds = async (count: number) => (tried.push(count), count <= limit);
  return { tried, holds };
}

describe('the sweep for the largest classroom count with p95 within the limit', () => {
  it('doubles until a count fails, then halves the gap down to the step', async () => {
    const { tried, holds } = machine(137);
    expect(await largestHolding(holds, { from: 10, max: 800, step: 10 })).toBe(130);
    expect(tried).toEqual([10, 20, 40, 80, 160, 120, 140, 130]);
  });

  it('stops at the largest count it may try when every count holds', async () => {
    const { tried, holds } = machine(10_000);
    expect(await largestHolding(holds, { from: 10, max: 300, step: 10 })).toBe(300);
    expect(tried).toEqual([10, 20, 40, 80, 160, 300]);
  });

  it('says 0 when not even the first count holds', async () => {
    const { tried, holds } = machine(5);
    expect(await largestHolding(holds, { from: 10, max: 800, step: 10 })).toBe(0);
    expect(tried).toEqual([10]);
  });

  it('counts a count as holding only with every answer counted in every run and their median p95 within the limit', () => {
    const run = { nodes: 2, classrooms: 100, p95_ms: 240, lost: 0 };
    expect(held([run], 250)).toBe(true);
    expect(held([{ ...run, p95_ms: 251 }], 250)).toBe(false);
    expect(held([run, { ...run, p95_ms: 900 }, { ...run, p95_ms: 200 }], 250)).toBe(true);
    expect(held([run, { ...run, p95_ms: 900 }, { ...run, p95_ms: 260 }], 250)).toBe(false);
    expect(held([run, { ...run, lost: 1 }, run], 250)).toBe(false);
    expect(held([run, { nodes: 2, classrooms: 100, failed: 'websocket error' }], 250)).toBe(false);
    expect(held([], 250)).toBe(false);
  });
});
