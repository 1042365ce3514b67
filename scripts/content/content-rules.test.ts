import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECK_ELEMENTS } from '../../components/catalog.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { compileDeck } from '../decks/compile-deck.ts';
import { contentProblems } from './check-content.ts';
import { checkDeckContent } from './content-rules.ts';

let root: string;
const deckDir = (): string => join(root, 'decks', 'session');
// The rules do not depend on what the help card looks like: a catalogue entry is enough here.
const elements = { ...DECK_ELEMENTS, 'pb-help-card': { activity: false, required: [] } };

interface Parts {
  groundRules?: boolean;
  helpCard?: boolean;
  closing?: boolean;
  closingFirst?: boolean;
  extra?: string;
}

/** A session deck with the parts asked for; `extra` is added to the second slide's notes. */
function session(lang: string, parts: Parts = {}): string {
  const { groundRules = true, helpCard = true, closing = true, closingFirst = false, extra = '' } = parts;
  const help = [
    '## Help',
    '',
    helpCard ? '<pb-help-card country="BE"></pb-help-card>' : 'Ask an adult.',
    '',
    'Note: Point at the card.',
  ];
  const close = [
    closing ? '<!-- .slide: data-part="closing" -->' : '',
    '',
    '## One thing I learnt',
    '',
    'Note: Go round the room.',
  ];
  return [
    '---',
    `title: Session ${lang}`,
    'summary: A session.',
    'objectives:',
    '  - know the steps',
    '---',
    '',
    groundRules ? '<!-- .slide: data-part="ground-rules" -->' : '',
    '',
    '## Our rules',
    '',
    'Note: Recall the rules.',
    '',
    '---',
    '',
    '## The steps',
    '',
    '- Never pay',
    '',
    `Note: Talk it through. ${extra}`,
    '',
    '---',
    '',
    ...(closingFirst ? close : help),
    '',
    '---',
    '',
    ...(closingFirst ? help : close),
    '',
  ].join('\n');
}

function writeSession(parts: Parts = {}, only?: string): void {
  mkdirSync(deckDir(), { recursive: true });
  writeFileSync(join(deckDir(), 'deck.json'), JSON.stringify({ ages: [12, 18], minutes: 50, session: true }));
  for (const lang of LANGUAGES)
    writeFileSync(join(deckDir(), `${lang}.md`), session(lang, only && only !== lang ? {} : parts));
}

function problems(): string[] {
  const deck = compileDeck(deckDir(), root, elements);
  return checkDeckContent(deck, deckDir(), root).map((e) => e.message);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pb-content-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the content checker', () => {
  it('passes a session with ground rules, help card, closing and known help numbers', () => {
    writeSession({ extra: 'Child Focus answers on 116 000; in Dutch, Awel (102). It is not your own fault.' });
    expect(problems()).toEqual([]);
  });

  it('passes the kit’s own decks and role-plays', () => {
    const kitRoot = join(import.meta.dirname, '../..');
    expect(contentProblems(join(kitRoot, 'decks'), kitRoot).map((p) => p.message)).toEqual([]);
  });

  it('fails a session without ground rules', () => {
    writeSession({ groundRules: false });
    expect(problems()).toContainEqual(
      expect.stringMatching(/^decks\/session\/fr\.md:1: a session opens with its ground rules/),
    );
  });

  it('fails a session without the help card', () => {
    writeSession({ helpCard: false });
    expect(problems()).toContainEqual(
      expect.stringMatching(/^decks\/session\/nl\.md:1: a session shows the help card/),
    );
  });

  it('fails a session without a closing activity, or with it before the help card', () => {
    writeSession({ closing: false });
    expect(problems()).toContainEqual(
      expect.stringMatching(/^decks\/session\/en\.md:1: a session ends with a closing/),
    );
    writeSession({ closingFirst: true });
    expect(problems()).toContainEqual(
      expect.stringMatching(/^decks\/session\/de\.md:\d+: the closing activity comes after the help card/),
    );
  });

  it('fails a help number that the help data does not list, at its line', () => {
    writeSession({ extra: 'Or call 0800 12 34 56.' }, 'nl');
    expect(problems()).toEqual([
      expect.stringMatching(
        /^decks\/session\/nl\.md:20: the number "0800 12 34 56" is not in content\/help-resources\.json/,
      ),
    ]);
  });

  it('fails a victim-blaming wording in each language, but not its negation', () => {
    writeSession({ extra: "Sinon, c'est de ta faute." }, 'fr');
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/session\/fr\.md:20: "c'est de ta faute" blames the young person/),
    ]);
    writeSession({ extra: 'Dann bist du selbst schuld.' }, 'de');
    expect(problems()).toEqual([expect.stringMatching(/^decks\/session\/de\.md:20: "selbst schuld"/)]);
    writeSession({ extra: 'Du bist nicht selbst schuld.' }, 'de');
    expect(problems()).toEqual([]);
    writeSession({ extra: 'Had je maar beter opgelet.' }, 'nl');
    expect(problems()).toEqual([expect.stringMatching(/^decks\/session\/nl\.md:20: "had je maar"/)]);
    writeSession({ extra: 'You should have known better.' }, 'en');
    expect(problems()).toEqual([expect.stringMatching(/^decks\/session\/en\.md:20: "you should have known"/)]);
  });

  it('reads role-plays too, except a choice the story marks as hurtful', () => {
    writeSession();
    writeFileSync(
      join(deckDir(), 'kim.en.ink'),
      'Hello.\nIt’s your own fault, Max. # from: kim\n* [“It’s your fault.” # response: hurts]\n',
    );
    expect(problems()).toEqual([expect.stringMatching(/^decks\/session\/kim\.en\.ink:2: "it's your own fault"/)]);
  });

  it('fails a role-play path that does not end with the help card', () => {
    writeSession({ helpCard: false });
    writeFileSync(join(deckDir(), 'deck.json'), JSON.stringify({ ages: [12, 18], minutes: 50 }));
    const story = (lang: string): string =>
      [
        '# title: Kim',
        '# phone: max',
        '# character: max = Max',
        '# character: kim = Kim',
        '',
        `Hi (${lang}). # from: kim`,
        '-> END',
        '',
      ].join('\n');
    for (const lang of LANGUAGES) writeFileSync(join(deckDir(), `kim.${lang}.ink`), story(lang));
    expect(contentProblems(join(root, 'decks'), root).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^decks\/session\/kim\.fr\.ink:\d+: .*does not end with "# help"/),
    );
  });
});
