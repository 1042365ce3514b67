import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECK_ELEMENTS } from '../../components/catalog.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { compileDeck } from '../decks/compile-deck.ts';
import { frenchTypography } from './french-typography.ts';
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
  /** Notes written as authors do: `Note:` alone, a blank line, then these lines (from line 22). */
  notesBelow?: string;
  /** Added to the second slide's content, under its bullet (line 19). */
  slide?: string;
}

/** A session deck with the parts asked for; `extra` is added to the second slide's notes. */
function session(lang: string, parts: Parts = {}): string {
  const { groundRules = true, helpCard = true, closing = true, closingFirst = false, extra = '' } = parts;
  const notes = parts.notesBelow === undefined ? [`Note: Talk it through. ${extra}`] : ['Note:', '', parts.notesBelow];
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
    parts.slide ?? '',
    ...notes,
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

  // Compiles every deck and plays every role-play path: seconds on a busy machine, so more than the default time.
  it('passes the kit’s own decks and role-plays', { timeout: 60_000 }, () => {
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

describe('subtler victim blaming', () => {
  it('fails each language’s wordings, as a translator would inflect them, at their own line under "Note:"', () => {
    const planted: Record<string, [string, string][]> = {
      fr: [
        [frenchTypography('Pourquoi t’as envoyé ça ?'), "pourquoi t'as envoyé"],
        ['Tu n’aurais pas dû l’envoyer.', "tu n'aurais pas dû l'envoyer"],
        ['C’était vraiment bête de l’envoyer.', "c'était vraiment bête de l'envoyer"],
      ],
      nl: [
        ['Had je dat maar niet gestuurd.', 'had je dat maar niet gestuurd'],
        ['Waarom heb je die foto gestuurd?', 'waarom heb je die foto gestuurd'],
        ['Je bent echt zo goedgelovig.', 'je bent echt zo goedgelovig'],
      ],
      en: [
        ['Honestly, you shouldn’t have sent it.', "you shouldn't have sent"],
        ['Why did you send that??', 'why did you send'],
        ['It was stupid to trust her.', 'it was stupid to'],
        ['You’re so gullible.', "you're so gullible"],
      ],
      de: [
        ['Das hättest du nicht schicken sollen.', 'hättest du nicht schicken sollen'],
        ['Warum hast du das geschickt?', 'warum hast du das geschickt'],
        ['Du warst echt so naiv.', 'du warst echt so naiv'],
      ],
    };
    for (const [lang, lines] of Object.entries(planted)) {
      // Line 22 is the first line of the notes' text; the planted lines follow, one blank line apart.
      writeSession({ notesBelow: ['Talk it through.', ...lines.map(([line]) => `\n${line}`)].join('\n') }, lang);
      expect(problems()).toEqual(
        lines.map(([, phrase], i) =>
          expect.stringMatching(
            new RegExp(`^decks/session/${lang}\\.md:${24 + 2 * i}: "${phrase}" blames the young person`),
          ),
        ),
      );
    }
  });

  it('passes a wording the notes quote as what not to say, or answer right after, but not one they tell to say', () => {
    writeSession({
      notesBelow: [
        '**Students may say:** "But he shouldn’t have sent a photo." Answer: "Anyone can be tricked."',
        'Never ask, however gently: "Why did you send it?"',
        'It is not so stupid to ask for help.',
      ].join('\n'),
    });
    expect(problems()).toEqual([]);
    writeSession({ notesBelow: 'Talk it through.\nThen say: "Why did you send it? It was stupid to."' }, 'en');
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/session\/en\.md:23: "why did you send" blames/),
      expect.stringMatching(/^decks\/session\/en\.md:23: "it was stupid to" blames/),
    ]);
    writeSession({
      notesBelow: frenchTypography(
        'Ne demandez pas « Pourquoi tu l’as envoyée ? ».\nDites : « Pourquoi tu l’as envoyée ? »',
      ),
    });
    expect(problems()).toEqual([expect.stringMatching(/^decks\/session\/fr\.md:23: "pourquoi tu l'as envoyée"/)]);
  });

  it('lets a role-play show a blaming line only in the lines of a choice tagged as hurting', () => {
    writeSession();
    const story = (choice: string): string =>
      [
        'Hello. # from: max',
        `* [Ask him why # response: ${choice}]`,
        '    Why did you send that?? # from: kim',
        '    -> END',
      ].join('\n');
    writeFileSync(join(deckDir(), 'kim.en.ink'), story('hurts'));
    expect(problems()).toEqual([]);
    writeFileSync(join(deckDir(), 'kim.en.ink'), story('helps'));
    expect(problems()).toEqual([expect.stringMatching(/^decks\/session\/kim\.en\.ink:3: "why did you send" blames/)]);
  });
});

describe('French typography', () => {
  const fix = `npx tsx scripts/content/french-typography.ts decks/session/`;

  it('fails a breaking space before ; : ! ? » or after « in a French deck, slides, pb- elements and notes', () => {
    writeSession({ slide: '<pb-timer minutes="3" title="Prêts ?"></pb-timer>', extra: 'Dites : « Bonjour »' }, 'fr');
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/session\/fr\.md:19: an ordinary space where French needs a no-break one/),
      expect.stringMatching(/^decks\/session\/fr\.md:20: an ordinary space where French needs a no-break one/),
    ]);
    expect(problems()[0]).toContain(`${fix}fr.md`);
    // The other languages keep their own spacing.
    writeSession({ extra: 'Say: "Hello" ! Ready ?' }, 'en');
    expect(problems()).toEqual([]);
  });

  it('fails it in a French role-play, and passes both once the fixer ran', () => {
    writeSession({ extra: 'Dites : « Bonjour »' }, 'fr');
    writeFileSync(join(deckDir(), 'kim.fr.ink'), 'Salut. # from: kim\nÇa va ? # from: max\n-> END\n');
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/session\/fr\.md:20: /),
      expect.stringMatching(
        new RegExp(`^decks/session/kim\\.fr\\.ink:2: an ordinary space .*: run ${fix}kim\\.fr\\.ink$`),
      ),
    ]);
    for (const name of ['fr.md', 'kim.fr.ink']) {
      const path = join(deckDir(), name);
      writeFileSync(path, frenchTypography(readFileSync(path, 'utf8')));
    }
    expect(problems()).toEqual([]);
  });

  it('is applied by the build inside pb- elements, where Markdown’s typographer does not reach', () => {
    writeSession({ slide: `<pb-timer minutes="3" title="C'est l'heure"></pb-timer>` });
    const html = compileDeck(deckDir(), root, elements).html;
    expect(html.fr).toContain('title="C’est l’heure"');
    expect(html.en).toContain(`title="C'est l'heure"`);
  });
});

describe('waiting while a deadline runs', () => {
  type Wording = { deadline: string; wait: string; now: string };
  const WORDING: Record<string, Wording> = {
    fr: {
      deadline: 'Paie 200 euros avant minuit',
      wait: 'Demain, on en parle à un adulte',
      now: 'On en parle à ta mère, ce soir',
    },
    nl: {
      deadline: 'Betaal 200 euro voor middernacht',
      wait: 'Morgen praten we met een volwassene',
      now: 'We praten er vanavond nog over met je moeder',
    },
    en: {
      deadline: 'Pay 200 euros before midnight',
      wait: 'Tomorrow we talk to an adult',
      now: 'Let’s tell your mum, tonight',
    },
    de: {
      deadline: 'Zahl 200 Euro bis Mitternacht',
      wait: 'Morgen reden wir mit einem Erwachsenen',
      now: 'Wir sagen es heute Abend noch deiner Mutter',
    },
  };

  /** Line 9 announces the deadline; the helping choice is line 10, its reply line 11; the hurting one 13 and 14. */
  function writeStory(
    pick: (w: Wording, lang: string) => { deadline?: string; helps?: string; hurts?: string; choice?: string },
  ): void {
    writeSession();
    for (const lang of LANGUAGES) {
      const w = WORDING[lang]!;
      const {
        deadline = `${w.deadline} # from: kim`,
        helps = w.now,
        hurts = w.wait,
        choice = 'Find an adult',
      } = pick(w, lang);
      const story = [
        '# title: Kim',
        '# phone: max',
        '# character: max = Max',
        '# character: kim = Kim',
        '',
        '-> start',
        '',
        '=== start ===',
        deadline,
        `* [${choice} # response: helps]`,
        `    ${helps} # from: max`,
        '    -> ending',
        '* [Wait # response: hurts]',
        `    ${hurts} # from: max`,
        '    -> ending',
        '',
        '=== ending ===',
        `Max is not alone with it (${lang}).`,
        '# help',
        '-> END',
        '',
      ].join('\n');
      writeFileSync(join(deckDir(), `kim.${lang}.ink`), story);
    }
  }
  const all = (): string[] => contentProblems(join(root, 'decks'), root).map((p) => p.message);

  it('fails a helping choice that waits until tomorrow while a deadline runs, in every language, at its line', () => {
    writeStory((w) => ({ helps: w.wait }));
    expect(all()).toEqual(
      ['Demain', 'Morgen', 'Tomorrow', 'Morgen'].map((word, i) =>
        expect.stringMatching(
          new RegExp(
            `^decks/session/kim\\.${LANGUAGES[i]}\\.ink:11: a helping choice waits \\("${word}"\\) while the deadline announced at line 9 runs`,
          ),
        ),
      ),
    );
  });

  it('fails it in the choice’s own words, and with a deadline marked "# deadline"', () => {
    writeStory((_, lang) => ({
      deadline: 'She wants 200 euros # from: kim # deadline',
      choice: lang === 'en' ? 'Talk to an adult the next morning' : 'Find an adult',
    }));
    expect(all()).toEqual([
      expect.stringMatching(/^decks\/session\/kim\.en\.ink:10: a helping choice waits \("the next morning"\)/),
    ]);
  });

  it('passes help that comes tonight, waiting shown on a hurting choice, and tomorrow when no deadline runs', () => {
    writeStory(() => ({}));
    expect(all()).toEqual([]);
    writeStory((w) => ({ deadline: 'She wants 200 euros # from: kim', helps: w.wait }));
    expect(all()).toEqual([]);
  });
});
