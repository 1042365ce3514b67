/**
 * French typography for the kit's French texts (decks, role-plays, pb- elements' texts and attributes): a
 * narrow no-break space (U+202F) before `; ! ?`, a no-break space (U+00A0) before `:` and inside « ». Only an
 * ordinary space is replaced, never added where there is none, so `Note:`, `22:40`, `?lang=` and ink or YAML
 * syntax stay as they are. A straight apostrophe between two letters becomes the typographic one (’).
 *
 * `npx tsx scripts/content/french-typography.ts FILE…` rewrites the files in place.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/** The places in a French line where an ordinary (breaking) space stands where a no-break one belongs. */
export const BREAKING_SPACE = /(?<=\S) (?=[;!?:»])|(?<=«) /g;

/** A straight apostrophe inside a word (l'image), where markdown's typographer does not reach (pb- elements). */
export const STRAIGHT_APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

export function frenchTypography(text: string): string {
  return text
    .replace(BREAKING_SPACE, (_space, offset: number) => (/[;!?]/.test(text[offset + 1] ?? '') ? NNBSP : NBSP))
    .replace(STRAIGHT_APOSTROPHE, '’');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file, 'utf8');
    const after = frenchTypography(before);
    if (after !== before) writeFileSync(file, after);
    console.log(`${file}: ${after === before ? 'already right' : 'fixed'}`);
  }
}
