// The deck compiler and the activities <pb-red-flag-hunt>, <pb-myth-or-fact> and <pb-action-plan>: a deck that
// uses them compiles, and a missing part stops the build with the file and line (catalog checks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDeck } from './compile-deck.ts';
import { deckFolderPerTest } from './test-deck.ts';

const HUNT = [
  '<pb-red-flag-hunt id="lina-chat" phone="Sam">',
  '<pb-message id="hello" from="Lina">Hey! I saw you at the skatepark</pb-message>',
  '<pb-message from="Sam">Who are you?</pb-message>',
  '<pb-message id="snap" from="Lina" flag="moving-platform" explanation="Away from the others.">Add me on another app</pb-message>',
  '</pb-red-flag-hunt>',
].join('\n');

const MYTH = [
  '<pb-myth-or-fact id="paying-stops-it" statement="If you pay, they leave you alone." answer="myth">',
  'Paying rarely stops it: they come back and ask for more.',
  '</pb-myth-or-fact>',
].join('\n');

const PLAN = [
  '<pb-action-plan id="what-to-do">',
  '<pb-step id="no-pay" why="Paying rarely stops it.">Never pay</pb-step>',
  '<pb-step id="screenshots" why="Before blocking: the proof can vanish.">Take screenshots</pb-step>',
  '<pb-step id="block">Stop contact and block</pb-step>',
  '</pb-action-plan>',
].join('\n');

const kit = deckFolderPerTest('sample');
const deckDir = (): string => kit.dir;

/** A deck of three slides, the activities on the second, separated by blank lines. */
function slidesFor(lang: string, activities: readonly string[]): string {
  return [
    '---',
    `title: Sample ${lang}`,
    'summary: A deck to test the activities.',
    'objectives:',
    '  - spot the red flags',
    '---',
    '',
    '# Welcome',
    '',
    'Note: Say hello.',
    '',
    '---',
    '',
    '## Activities',
    '',
    ...activities.flatMap((activity) => [activity, '']),
    'Note: Run the activities.',
    '',
    '---',
    '',
    '## Thanks',
    '',
    'Note: Close.',
    '',
  ].join('\n');
}

/** Writes the deck: `fr.md` with `french`, the other languages with the valid activities. */
function writeDeck(french: readonly string[] = [HUNT, MYTH, PLAN]): void {
  kit.write((lang) => slidesFor(lang, lang === 'fr' ? french : [HUNT, MYTH, PLAN]));
}

const problems = (): string[] => kit.problems();

/** The line of `fr.md` on which `start` begins (1-based). */
function lineOf(start: string): number {
  const lines = readFileSync(join(deckDir(), 'fr.md'), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${start}`);
  return index + 1;
}

describe('a deck with a red flag hunt, a myth-or-fact card and an action plan', () => {
  it('compiles in every language, the authored content kept for the elements', () => {
    writeDeck();
    expect(problems()).toEqual([]);
    const html = compileDeck(deckDir(), kit.root).html.en;
    expect(html).toContain('<pb-message id="snap" from="Lina" flag="moving-platform"');
    expect(html).toContain('Paying rarely stops it: they come back and ask for more.');
    expect(html).toContain('<pb-step id="screenshots" why="Before blocking: the proof can vanish.">');
  });
});

describe('a missing part stops the build with the file and the line', () => {
  it('a myth-or-fact card without its answer, or without why', () => {
    const noAnswer = MYTH.replace(' answer="myth"', '');
    const noWhy = MYTH.replace('answer="myth"', 'answer="true"').replace(/\n.*\n/, '\n');
    writeDeck([HUNT, noAnswer, PLAN]);
    const line = lineOf('<pb-myth-or-fact');
    expect(problems()).toEqual([`decks/sample/fr.md:${line}: slide 2: <pb-myth-or-fact> needs the attribute "answer"`]);
    writeDeck([HUNT, noWhy, PLAN]);
    expect(problems()).toEqual([
      `decks/sample/fr.md:${line}: slide 2: <pb-myth-or-fact id="paying-stops-it">: answer: "true" must be "myth" or "fact"`,
      `decks/sample/fr.md:${line}: slide 2: <pb-myth-or-fact id="paying-stops-it">: write why on its own lines between <pb-myth-or-fact …> and </pb-myth-or-fact>: it is shown with the answer`,
    ]);
  });

  it('a red flag hunt without a red flag, a message without its sender or id, a wrong flag', () => {
    const broken = [
      '<pb-red-flag-hunt id="lina-chat" phone="Sam">',
      '<pb-message id="hello" from="Lina">Hey! I saw you at the skatepark</pb-message>',
      '<pb-message from="Lina">Who are you?</pb-message>',
      '<pb-message id="snap">Add me on another app</pb-message>',
      '</pb-red-flag-hunt>',
    ].join('\n');
    const wrongFlags = HUNT.replace('flag="moving-platform"', 'flag="fake-friend"').replace(
      '<pb-message from="Sam">',
      '<pb-message from="Sam" flag="nude-first">',
    );
    writeDeck([broken, MYTH, PLAN]);
    const line = lineOf('<pb-red-flag-hunt');
    expect(problems()).toEqual([
      `decks/sample/fr.md:${line}: slide 2: <pb-message> needs the attribute "from"`,
      `decks/sample/fr.md:${line}: slide 2: <pb-red-flag-hunt id="lina-chat">: <pb-message> 2 needs an "id": the class's marks are matched by it`,
      `decks/sample/fr.md:${line}: slide 2: <pb-red-flag-hunt id="lina-chat">: mark at least one <pb-message> with flag="…" (fake-peer, fast-intimacy, moving-platform, nude-first, the-flip, deadline-money, more-demands, more-images, recovery-scam)`,
    ]);
    writeDeck([wrongFlags, MYTH, PLAN]);
    expect(problems()).toEqual([
      expect.stringMatching(
        /^decks\/sample\/fr\.md:\d+: slide 2: <pb-red-flag-hunt id="lina-chat">: <pb-message> 2: a red flag marks what the other person does, never a message of the phone's owner \("Sam"\)$/,
      ),
      expect.stringMatching(/fr\.md:\d+: slide 2: .*<pb-message> 3: unknown red flag "fake-friend" \(known: fake-peer/),
    ]);
  });

  it('a message outside its hunt, a step outside its plan', () => {
    writeDeck([
      HUNT,
      MYTH,
      PLAN,
      '<pb-message id="stray" from="Lina">Hi</pb-message>',
      '<pb-step id="stray-step">Pay</pb-step>',
    ]);
    expect(problems()).toEqual([
      `decks/sample/fr.md:${lineOf('<pb-message id="stray"')}: slide 2: <pb-message> stands only inside <pb-red-flag-hunt> (keep them together, with no blank line between their lines)`,
      `decks/sample/fr.md:${lineOf('<pb-step id="stray-step"')}: slide 2: <pb-step> stands only inside <pb-action-plan> (keep them together, with no blank line between their lines)`,
    ]);
  });

  it('an action plan without a reason, with one step, or a step without an id', () => {
    const noWhy = PLAN.replace(/ why="[^"]*"/g, '');
    writeDeck([HUNT, MYTH, noWhy]);
    expect(problems()).toEqual([
      `decks/sample/fr.md:${lineOf('<pb-action-plan')}: slide 2: <pb-action-plan id="what-to-do">: say why the order matters: add why="…" to the steps whose place counts (e.g. screenshots)`,
    ]);
    const lonely = [
      '<pb-action-plan id="what-to-do">',
      '<pb-step why="Because.">Never pay</pb-step>',
      '</pb-action-plan>',
    ];
    writeDeck([HUNT, MYTH, lonely.join('\n')]);
    const line = lineOf('<pb-action-plan');
    expect(problems()).toEqual([
      `decks/sample/fr.md:${line}: slide 2: <pb-step> needs the attribute "id"`,
      `decks/sample/fr.md:${line}: slide 2: <pb-action-plan id="what-to-do">: <pb-step> 1 (id): letters, digits, "-", "_" or "." only`,
      `decks/sample/fr.md:${line}: slide 2: <pb-action-plan id="what-to-do">: steps: at least 2 options`,
    ]);
  });

  it('an activity without an id', () => {
    writeDeck([HUNT.replace(' id="lina-chat"', ''), MYTH, PLAN]);
    expect(problems()[0]).toBe(
      `decks/sample/fr.md:${lineOf('<pb-red-flag-hunt')}: slide 2: <pb-red-flag-hunt> needs an "id" so answers match across languages`,
    );
  });
});
