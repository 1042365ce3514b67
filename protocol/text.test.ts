import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { characterCount, textField } from './text.ts';

describe('text fields', () => {
  const word = textField(25);
  const paragraph = textField(280, { multiline: true });

  it('trim and collapse spacing, so "  respect  " and "respect" are the same word', () => {
    expect(v.parse(word, '  re\tspect  ')).toBe('re spect');
    expect(v.parse(paragraph, ' first line \r\n\r\n\r\n\r\n second ')).toBe('first line\n\nsecond');
  });

  it('strip the bidi overrides that make a text display as another', () => {
    expect(v.parse(word, 'abc\u202Edef')).toBe('abc def');
  });

  it('count an emoji as one character, as the phone keyboard does', () => {
    expect(characterCount('👍🏽ok')).toBe(4);
    expect(v.safeParse(word, '😀'.repeat(25)).success).toBe(true);
    expect(v.safeParse(word, '😀'.repeat(26)).success).toBe(false);
  });

  it('replace half an emoji (a lone surrogate) by U+FFFD and keep whole ones, so no side stores broken text', () => {
    expect(v.parse(word, 'brave \uD83D')).toBe('brave \uFFFD');
    expect(v.parse(paragraph, '\uDE00 ok 😀 \uD83D\uD83D')).toBe('\uFFFD ok 😀 \uFFFD\uFFFD');
    const parsed = v.parse(paragraph, 'a\uDC00b');
    expect(parsed.isWellFormed()).toBe(true);
    expect(Buffer.from(parsed, 'utf8').toString('utf8')).toBe(parsed);
  });

  it('refuse empty and oversized text', () => {
    expect(v.safeParse(word, '   ').success).toBe(false);
    expect(v.safeParse(word, 'x'.repeat(26)).success).toBe(false);
    expect(v.safeParse(paragraph, 'x'.repeat(100_000)).success).toBe(false);
  });
});
