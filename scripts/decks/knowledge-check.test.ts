import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages.ts';
import { compileDeck } from './compile-deck.ts';
import { deckFolderPerTest } from './test-deck.ts';

const kit = deckFolderPerTest('check');

const BEFORE = [
  '<pb-poll id="pay-before" kind="quiz" question="Paying makes it stop." min-responses="5">',
  '<pb-option id="true">True</pb-option>',
  '<pb-option id="false" correct>False</pb-option>',
  '</pb-poll>',
];

/** A deck whose first slide asks `BEFORE` and whose second slide holds `after` (lines of Markdown). */
function deck(after: readonly string[]): string {
  const front = ['---', 'title: Check', 'summary: A knowledge check.', 'objectives:', '  - know', '---', ''];
  return [
    ...front,
    '## Before',
    '',
    ...BEFORE,
    '',
    'Note: Ask.',
    '',
    '---',
    '',
    '## After',
    '',
    ...after,
    '',
    'Note: Ask again.',
    '',
  ].join('\n');
}

function problems(en: readonly string[], others: readonly string[] = en): string[] {
  kit.write((lang) => deck(lang === 'en' ? en : others));
  return kit.problems();
}

// The "after" poll starts on line 20 of each file: 7 lines of front matter, the first slide, its notes.
const AFTER_LINE = 21;

describe('the knowledge check in a deck', () => {
  it('builds when the second asking repeats the first one, with its own id', () => {
    const after = [...BEFORE];
    after[0] = after[0]!.replace('id="pay-before"', 'id="pay-after" baseline="pay-before"');
    expect(problems(after)).toEqual([]);
    expect(compileDeck(kit.dir, kit.root).html.en).toContain('baseline="pay-before"');
  });

  it('fails at the file and line of a second asking whose right answer differs', () => {
    const after = [
      '<pb-poll id="pay-after" baseline="pay-before" kind="quiz" question="Paying makes it stop." min-responses="5">',
      '<pb-option id="true" correct>True</pb-option>',
      '<pb-option id="false">False</pb-option>',
      '</pb-poll>',
    ];
    const found = problems(after, after);
    expect(found).toHaveLength(LANGUAGES.length);
    expect(found).toContain(
      `decks/check/en.md:${AFTER_LINE}: <pb-poll id="pay-after" baseline="pay-before">: asks something else than "pay-before" (line 10): the question, the options, the right answer and the scale must be the same`,
    );
  });

  it('fails in the one language whose question is worded differently', () => {
    const after = [...BEFORE];
    after[0] = after[0]!.replace('id="pay-before"', 'id="pay-after" baseline="pay-before"');
    const reworded = [after[0]!.replace('Paying makes it stop.', 'Paying stops it.'), ...after.slice(1)];
    const found = problems(after, reworded);
    expect(found).toHaveLength(LANGUAGES.length - 1);
    expect(found.every((message) => message.includes('asks something else'))).toBe(true);
    expect(found.some((message) => message.startsWith('decks/check/en.md'))).toBe(false);
  });

  it('fails on a baseline that names no earlier poll, and on a kind without a measure of change', () => {
    const unknown = [...BEFORE];
    unknown[0] = unknown[0]!.replace('id="pay-before"', 'id="pay-after" baseline="pay-start"');
    expect(problems(unknown)).toContain(
      `decks/check/en.md:${AFTER_LINE}: <pb-poll id="pay-after" baseline="pay-start">: no poll "pay-start" comes before it in this deck`,
    );
    const single = [
      '<pb-poll id="which" baseline="pay-before" kind="single" question="Which?">',
      '<pb-option id="a">A</pb-option>',
      '<pb-option id="b">B</pb-option>',
      '</pb-poll>',
    ];
    expect(problems(single).join('\n')).toContain('baseline: only a quiz or a scale');
  });

  it('refuses a rating that is not a scale', () => {
    const rating = [
      '<pb-poll id="useful" rating kind="single" question="Useful?">',
      '<pb-option id="a">Yes</pb-option>',
      '<pb-option id="b">No</pb-option>',
      '</pb-poll>',
    ];
    expect(problems(rating).join('\n')).toContain('rating: a session rating is a scale');
  });
});
