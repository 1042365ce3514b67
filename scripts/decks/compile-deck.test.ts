import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages.ts';
import { compileDeck } from './compile-deck.ts';
import { deckFolderPerTest } from './test-deck.ts';
import { compileDecks, decksPlugin } from './vite-plugin.ts';

const kit = deckFolderPerTest('sample');
const deckDir = (): string => kit.dir;

/** A small valid deck: three slides, the second with a vertical child, in every language. */
function slidesFor(lang: string): string {
  return [
    '---',
    `title: Sample ${lang}`,
    `summary: A deck to test the compiler (${lang}).`,
    'objectives:',
    `  - know the rules (${lang})`,
    '---',
    '',
    `# Welcome ${lang}`,
    '',
    'Say "stop".',
    '',
    'Note:',
    'Say hello.',
    '',
    '---',
    '',
    '## Rules',
    '',
    '<pb-timer minutes="3"></pb-timer>',
    '',
    'Note: Agree the rules.',
    '',
    '--',
    '',
    '## A rule in detail',
    '',
    '```',
    '---',
    '```',
    '',
    'Note: The separator in the code block is text.',
    '',
    '---',
    '',
    '## Thanks',
    '',
    'Note: Close.',
    '',
  ].join('\n');
}

const writeDeck = (files: Record<string, string | undefined> = {}): void => kit.write(slidesFor, files);
const problems = (): string[] => kit.problems();

describe('a valid deck', () => {
  it('compiles every language with its metadata, slides, vertical stacks and notes', () => {
    writeDeck();
    const deck = compileDeck(deckDir(), kit.root);
    expect(deck).toMatchObject({ id: 'sample', ages: [12, 18], minutes: 50, slideCount: 4 });
    expect(deck.meta.nl).toEqual({
      title: 'Sample nl',
      summary: 'A deck to test the compiler (nl).',
      objectives: ['know the rules (nl)'],
    });
    // Three stacks; the second wraps two vertical slides.
    expect(deck.html.de.match(/<section>/g)).toHaveLength(5);
    expect(deck.html.de.match(/<section><section>/g)).toHaveLength(1);
    expect(deck.html.de).toMatch(/^<section><h1>Welcome de<\/h1>/);
    expect([...deck.html.de.matchAll(/<aside class="notes"><p>(.*?)<\/p>/g)].map((m) => m[1])).toEqual([
      'Say hello.',
      'Agree the rules.',
      'The separator in the code block is text.',
      'Close.',
    ]);
    expect(deck.html.de).toContain('<pb-timer minutes="3"></pb-timer>');
    // Straight quotes become each language's own.
    expect(deck.html.fr).toContain('Say «\u00a0stop\u00a0».');
    expect(deck.html.de).toContain('Say „stop“.');
    expect(deck.html.de).toMatch(/<pre><code>---\n<\/code><\/pre>/);
  });

  it('keeps the decks of the kit itself valid', () => {
    const kitRoot = join(import.meta.dirname, '../..');
    const decks = compileDecks(join(kitRoot, 'decks'), kitRoot);
    expect(decks.map((d) => d.id)).toContain('welcome');
  });
});

describe('slide attributes', () => {
  const withPart = (lang: string, part: string): string =>
    slidesFor(lang).replace('## Thanks', `<!-- .slide: data-part="${part}" -->\n\n## Thanks`);

  it("set data- attributes on the slide, in reveal.js's own comment form", () => {
    writeDeck(Object.fromEntries(LANGUAGES.map((lang) => [`${lang}.md`, withPart(lang, 'closing')])));
    const deck = compileDeck(deckDir(), kit.root);
    expect(deck.html.nl).toContain('<section data-part="closing">');
    expect(deck.outline.nl.at(-1)!.attributes).toEqual({ 'data-part': 'closing' });
    expect(deck.outline.nl[1]!.elements).toEqual(['pb-timer']);
  });

  it('must be the same in every language, and data- attributes only', () => {
    writeDeck({
      ...Object.fromEntries(LANGUAGES.map((lang) => [`${lang}.md`, withPart(lang, 'closing')])),
      'de.md': withPart('de', 'ending'),
      'nl.md': slidesFor('nl').replace('## Thanks', '<!-- .slide: class="x" -->\n\n## Thanks'),
    });
    const found = problems();
    expect(found).toContainEqual(
      expect.stringMatching(/nl\.md:\d+: slide 3: only data- attributes may be set on a slide, not "class"/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/de\.md:\d+: slide 3: slide attributes .*ending.* differ from decks\/sample\/fr\.md/),
    );
  });
});

describe('a broken deck names the file and the line', () => {
  it('when a language is missing', () => {
    writeDeck({ 'de.md': undefined });
    expect(problems()).toEqual([expect.stringMatching(/^decks\/sample\/de\.md:1: missing/)]);
  });

  it('when a slide has no speaker notes', () => {
    writeDeck({ 'nl.md': slidesFor('nl').replace('Note: Agree the rules.', '') });
    expect(problems()).toEqual([expect.stringMatching(/^decks\/sample\/nl\.md:17: slide 2 has no speaker notes/)]);
  });

  it('when a language has a slide more than the others', () => {
    writeDeck({ 'en.md': `${slidesFor('en')}\n---\n\n## Extra\n\nNote: extra.\n` });
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/sample\/en\.md:41: 5 slides here, 4 in decks\/sample\/fr\.md/),
    ]);
  });

  it('when the vertical structure differs', () => {
    writeDeck({ 'nl.md': slidesFor('nl').replace('\n--\n', '\n---\n') });
    expect(problems()[0]).toMatch(
      /^decks\/sample\/nl\.md:25: slide 3 stands where decks\/sample\/fr\.md has slide 2\.2/,
    );
  });

  it('when an element is unknown', () => {
    writeDeck({
      'fr.md': slidesFor('fr').replace('<pb-timer minutes="3"></pb-timer>', '<pb-timr minutes="3"></pb-timr>'),
    });
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/sample\/fr\.md:19: slide 2: unknown element <pb-timr>/),
    ]);
  });

  it('when an element lacks a required attribute or carries a script', () => {
    writeDeck({ 'fr.md': slidesFor('fr').replace('<pb-timer minutes="3">', '<pb-timer onclick="alert(1)">') });
    expect(problems()).toEqual([
      expect.stringMatching(/fr\.md:19: slide 2: <pb-timer> with a script/),
      expect.stringMatching(/fr\.md:19: slide 2: <pb-timer> needs the attribute "minutes"/),
    ]);
  });

  it('when activity ids differ between languages', () => {
    const catalog = { 'pb-vote': { activity: true, required: [] } };
    const withVote = (lang: string, id: string): string =>
      slidesFor(lang).replace('<pb-timer minutes="3"></pb-timer>', `<pb-vote id="${id}"></pb-vote>`);
    writeDeck(
      Object.fromEntries(LANGUAGES.map((lang) => [`${lang}.md`, withVote(lang, lang === 'de' ? 'vote-b' : 'vote-a')])),
    );
    let message = '';
    try {
      compileDeck(deckDir(), kit.root, catalog);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(
      'decks/sample/de.md:17: slide 2: activity ids differ from decks/sample/fr.md; missing vote-a; extra vote-b',
    );
  });

  it('compiles a poll written as attributes and <pb-option> lines, and checks it against the protocol', () => {
    const poll = [
      '<pb-poll id="blame" kind="quiz" question="Who is to blame?" min-responses="5">',
      '<pb-option id="blackmailer" correct>The blackmailer</pb-option>',
      '<pb-option id="victim">The one who sent the photo</pb-option>',
      '</pb-poll>',
    ].join('\n');
    writeDeck(
      Object.fromEntries(
        LANGUAGES.map((lang) => [`${lang}.md`, slidesFor(lang).replace('<pb-timer minutes="3"></pb-timer>', poll)]),
      ),
    );
    expect(problems()).toEqual([]);
    expect(compileDeck(deckDir(), kit.root).html.en).toContain('<pb-option id="blackmailer" correct>The blackmailer');
  });

  it('when a poll is not valid: bad kind values, a stray option, options split by a blank line', () => {
    const broken = [
      '<pb-poll id="feel" kind="scale" question="How sure are you?" min="1" max="20" min-label="Not">',
      '<pb-option id="a">A</pb-option>',
      '</pb-poll>',
      '',
      '<pb-poll id="pick" kind="multiple" question="Pick" max-choices="x">',
      '<pb-option id="a">A</pb-option>',
      '',
      '<pb-option id="b">B</pb-option>',
      '</pb-poll>',
    ].join('\n');
    const withPolls = (lang: string): string =>
      slidesFor(lang).replace('<pb-timer minutes="3"></pb-timer>', lang === 'fr' ? broken : '');
    writeDeck(Object.fromEntries(LANGUAGES.map((lang) => [`${lang}.md`, withPolls(lang)])));
    const found = problems().filter((p) => p.includes('fr.md'));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/fr\.md:19: slide 2: a "scale" poll takes no <pb-option>/),
        expect.stringMatching(/fr\.md:23: slide 2: <pb-poll id="pick">: max-choices: Invalid type/),
        expect.stringMatching(/fr\.md:23: slide 2: <pb-poll id="pick">: options: at least 2 options/),
        expect.stringMatching(/fr\.md:26: slide 2: <pb-option> stands only inside <pb-poll>/),
      ]),
    );
  });

  it('when the front matter lacks a title', () => {
    writeDeck({ 'en.md': slidesFor('en').replace('title: Sample en\n', '') });
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/sample\/en\.md:2: front matter: "title" must be a text/),
    ]);
  });
});

describe('the build', () => {
  it('fails on a broken deck, with the file and line in the message', async () => {
    writeDeck({ 'nl.md': slidesFor('nl').replace('Note: Close.', '') });
    writeFileSync(join(kit.root, 'index.html'), '<script type="module">import "virtual:pb-decks";</script>');
    const run = build({
      root: kit.root,
      configFile: false,
      logLevel: 'silent',
      plugins: [decksPlugin()],
      build: { write: false },
    });
    await expect(run).rejects.toThrow(/decks\/sample\/nl\.md:\d+: slide 3 has no speaker notes/);
  });

  it('succeeds on a valid deck and splits every deck language into its own chunk', async () => {
    writeDeck();
    writeFileSync(
      join(kit.root, 'index.html'),
      '<script type="module">import { deckLoaders } from "virtual:pb-decks"; deckLoaders["sample/fr"]().then(console.log);</script>',
    );
    const output = await build({
      root: kit.root,
      configFile: false,
      logLevel: 'silent',
      plugins: [decksPlugin()],
      build: { write: false },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    const deckChunks = chunks.filter((c) => c.type === 'chunk' && c.code.includes('Welcome fr'));
    expect(deckChunks).toHaveLength(1);
    expect(chunks.filter((c) => c.type === 'chunk' && c.code.includes('Welcome'))).toHaveLength(4);
  });
});
