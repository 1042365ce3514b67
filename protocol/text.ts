import * as v from 'valibot';

// Control characters (tab and newline aside) and the bidi overrides that can make a text display as another.
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
// Half of a character (a UTF-16 surrogate without its pair, e.g. an emoji cut in two by a script): with the
// u flag only unpaired ones match. Replaced, not refused, so a student's words are kept; never stored as is,
// since such a string is no valid UTF-8 and would come back from the store or an export as another text.
const LONE_SURROGATE = /\p{Cs}/gu;

function sanitise(raw: string, multiline: boolean): string {
  const text = raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE, (char) => (char === '\n' || char === '\t' ? char : ' '));
  if (multiline) {
    // Keep paragraphs, but no wall of blank lines on the projector.
    return text
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Length as a person counts it on a phone keyboard (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/**
 * A human-written string: refused past `maxChars` characters, trimmed, NFC-normalised, stripped of control
 * and bidi-override characters, a lone surrogate replaced by U+FFFD, whitespace collapsed (newlines kept only when `multiline`), never empty.
 */
export function textField(maxChars: number, { multiline = false }: { multiline?: boolean } = {}) {
  return v.pipe(
    v.string(),
    // Cheap bound before any work: a character is at most two UTF-16 units, padding spaces get trimmed.
    v.maxLength(maxChars * 4, `at most ${maxChars} characters`),
    v.transform((raw: string) => sanitise(raw, multiline)),
    v.minLength(1, 'must not be empty'),
    v.check((text: string) => characterCount(text) <= maxChars, `at most ${maxChars} characters`),
  );
}
