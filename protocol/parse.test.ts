import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { clientEvents } from './client-events.ts';
import { parse } from './parse.ts';

describe('parse', () => {
  const schema = clientEvents['poll:close'].payload;

  it('returns the typed value of a good payload', () => {
    expect(parse(schema, { pollId: 'q1' })).toEqual({ ok: true, value: { pollId: 'q1' } });
  });

  it('returns the invalid_payload acknowledgement naming the field', () => {
    const result = parse(schema, { pollId: 'not an id!' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_payload');
    expect(result.error.message).toMatch(/^pollId: /);
  });

  it('refuses what is not an object at all', () => {
    for (const payload of [null, undefined, 'q1', 42, ['q1']]) expect(parse(schema, payload).ok).toBe(false);
  });

  it('refuses a huge string without holding on to it', () => {
    const result = parse(v.object({ text: v.pipe(v.string(), v.maxLength(10)) }), { text: 'x'.repeat(1_000_000) });
    expect(result.ok).toBe(false);
  });

  it('keeps its message short, whatever the payload quoted in it (a typed refusal, not an echo)', () => {
    const result = parse(v.object({ size: v.number() }), { size: '💥'.repeat(10_000) + '\uD800' });
    if (result.ok) throw new Error('a string is no number');
    expect(Array.from(result.error.message).length).toBeLessThanOrEqual(200);
    expect(result.error.message).toMatch(/^size: Invalid type: Expected number but received "(💥)+…$/u);
    expect(result.error.message.isWellFormed()).toBe(true);
  });
});
