import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Throttle } from './throttle';

describe('a throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first request at once and folds the next ones into one per interval', () => {
    const sent: string[] = [];
    const throttle = new Throttle<string>(
      100,
      (key) => sent.push(key),
      () => Date.now(),
    );
    throttle.request('a');
    expect(sent).toEqual(['a']);
    throttle.request('a');
    throttle.request('a');
    throttle.request('b');
    expect(sent).toEqual(['a', 'b']);
    vi.advanceTimersByTime(99);
    expect(sent).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['a', 'b', 'a']);
    vi.advanceTimersByTime(500);
    throttle.request('a');
    expect(sent).toEqual(['a', 'b', 'a', 'a']);
  });

  it('flushes or forgets what is pending', () => {
    const sent: string[] = [];
    const throttle = new Throttle<string>(
      100,
      (key) => sent.push(key),
      () => Date.now(),
    );
    throttle.request('a');
    throttle.request('a');
    throttle.flush('a');
    expect(sent).toEqual(['a', 'a']);
    throttle.request('a');
    throttle.forget('a');
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual(['a', 'a']);
    throttle.close();
  });
});
