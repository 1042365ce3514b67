import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { ScenarioPlayer, type Segment } from '../../components/pb-scenario/scenario-player.ts';
import { FLAG_KINDS } from '../../components/pb-scenario/scenario-tags.ts';
import { HELP_COUNTRIES, firstLine, nightLine, storyHelplines } from '../../content/help-resources.ts';
import { DeckErrors } from '../decks/compile-deck.ts';
import { compileDeckScenarios, type CompiledScenario } from './compile-scenario.ts';
import { compileScenarios, scenariosPlugin } from './vite-plugin.ts';

const kitRoot = join(import.meta.dirname, '../..');

type Strings = Record<string, unknown>;
const locale = (lang: Language, namespace = 'scenario'): Strings =>
  JSON.parse(readFileSync(join(kitRoot, 'locales', lang, `${namespace}.json`), 'utf8')) as Strings;
const text = (strings: Strings, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Strings | undefined)?.[k], strings);

interface PlayedPath {
  readonly choices: readonly number[];
  readonly segments: readonly Segment[];
}

/** Every path of a story, played with the ink runtime from the JSON the presenter loads (not the build's walker). */
function playEveryPath(json: string, variables?: Parameters<typeof ScenarioPlayer.fromJson>[1]): PlayedPath[] {
  const player = ScenarioPlayer.fromJson(json, variables);
  const done: PlayedPath[] = [];
  const walk = (choices: number[]): void => {
    expect(choices.length, 'a path with more than 10 choices: does the story loop?').toBeLessThanOrEqual(10);
    const segments = player.replay(choices);
    const last = segments.at(-1)!;
    if (!last.choices.length) done.push({ choices, segments });
    for (const choice of last.choices) walk([...choices, choice.index]);
  };
  walk([]);
  return done;
}

describe('the kit’s role-plays', () => {
  const scenarios = compileScenarios(join(kitRoot, 'decks'), kitRoot);
  let played = 0;
  afterAll(() => {
    console.info(`role-plays: ${played} paths played to their end (${scenarios.length} scenarios × 4 languages)`);
  });

  it('include the three sample scenarios, in every language', () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(['noah', 'nora', 'sam']);
    for (const scenario of scenarios) expect(Object.keys(scenario.json).sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(scenarios.map((s) => [s.id, s] as [string, CompiledScenario]))('%s', (_, scenario) => {
    const paths = Object.fromEntries(LANGUAGES.map((lang) => [lang, playEveryPath(scenario.json[lang])])) as Record<
      Language,
      PlayedPath[]
    >;

    it.each(LANGUAGES)('%s: every path reaches an ending that shows the help card, with nothing missing', (lang) => {
      const meta = ScenarioPlayer.fromJson(scenario.json[lang]).meta;
      const strings = locale(lang);
      // An ending shows <pb-help-card>, whose strings are the join page's.
      const helpCard = locale(lang, 'join');
      expect(meta.title).not.toBe('');
      expect(meta.characters[meta.phone]).toBeTruthy();
      expect(paths[lang].length).toBeGreaterThan(1);
      for (const path of paths[lang]) {
        played++;
        const beats = path.segments.flatMap((s) => s.beats);
        const where = `${lang} path ${path.choices.map((c) => c + 1).join('→')}`;
        // No dead end: the path stops only at an ending, whose last line is the help card.
        expect(beats.at(-1)?.help, where).toBe(true);
        for (const key of ['title', 'notYourFault', 'askAdult'])
          expect(text(helpCard, `help.${key}`), `${where}: help.${key}`).toEqual(expect.stringMatching(/\S/));
        for (const beat of beats) {
          expect(beat.text || beat.image || beat.help, where).toBeTruthy();
          if (beat.from) expect(meta.characters[beat.from], `${where}: ${beat.from}`).toBeTruthy();
          for (const flag of beat.flags) {
            expect(FLAG_KINDS).toContain(flag);
            expect(text(strings, `flags.${flag}.name`), `${where}: ${flag}`).toEqual(expect.stringMatching(/\S/));
          }
        }
        for (const segment of path.segments.slice(0, -1))
          for (const choice of segment.choices) expect(choice.text, where).toMatch(/\S/);
      }
    });

    it('has the same paths, choice points, red flags and help in every language', () => {
      const shape = (lang: Language) =>
        paths[lang].map((p) => ({
          choices: p.choices.join(),
          steps: p.segments.map((s) => ({
            choices: s.choices.map((c) => c.response ?? '-'),
            flags: s.beats.flatMap((b) => b.flags),
            help: s.beats.some((b) => b.help),
          })),
        }));
      for (const lang of LANGUAGES) expect(shape(lang), lang).toEqual(shape('fr'));
    });

    it('is written in each language, not copied from another', () => {
      for (const [i, path] of paths.fr.entries()) {
        const lines = (lang: Language) =>
          paths[lang][i]!.segments.flatMap((s) => s.beats.map((b) => b.text)).filter(Boolean);
        for (const lang of LANGUAGES.filter((l) => l !== 'fr')) {
          const french = new Set(lines('fr'));
          const same = lines(lang).filter((line) => french.has(line));
          // Short lines ("Ok…") may be the same; a translated story is not.
          expect(same.length / lines(lang).length, `${lang} path ${path.choices.join()}`).toBeLessThan(0.1);
        }
      }
    });

    it('meets every red flag of the manipulation script on some path', () => {
      const met = new Set(paths.en.flatMap((p) => p.segments.flatMap((s) => s.beats.flatMap((b) => b.flags))));
      // Sam meets the whole financial script; Noah's friend tells its flip and deadline; Nora is blackmailed for
      // more pictures, not money.
      const expected = {
        sam: FLAG_KINDS.filter((k) => k !== 'recovery-scam' && k !== 'more-images'),
        noah: ['the-flip', 'deadline-money'],
        nora: ['the-flip', 'more-images'],
      }[scenario.id];
      expect(expected, `${scenario.id}: which red flags should it meet?`).toBeDefined();
      for (const kind of expected!) expect([...met], kind).toContain(kind);
    });
  });

  it('name the help line of the session’s country, and a line that answers at night only if one does', () => {
    const night = { fr: /la nuit/, nl: /’s nachts op/, en: /at night/, de: /nachts ran/ };
    for (const scenario of scenarios)
      for (const lang of LANGUAGES)
        for (const country of HELP_COUNTRIES) {
          const first = firstLine(country)!.name as string;
          const atNight = nightLine(country)?.name as string | undefined;
          const stories = playEveryPath(scenario.json[lang], storyHelplines(country, lang)).map((p) =>
            p.segments.flatMap((s) => [...s.beats.map((b) => b.text), ...s.choices.map((c) => c.text)]).join('\n'),
          );
          const where = `${scenario.id} ${lang} in ${country}`;
          for (const story of stories) {
            if (country !== 'BE') expect(story, where).not.toMatch(/Child Focus/);
            // Every ending names the country's first line, or the line that answers at night.
            expect(story.includes(first) || (atNight && story.includes(atNight)), where).toBeTruthy();
            // "They answer even at night" is said only of a line that does.
            for (const line of story.split('\n').filter((l) => night[lang].test(l) && !/nicht|niet|not|pas/.test(l)))
              expect(atNight && line.includes(atNight), `${where}: ${line}`).toBeTruthy();
          }
          // Where the first line sleeps at night, the night line helps that night and the first one is named later.
          if (atNight && atNight !== first)
            expect(
              stories.every((story) => story.includes(atNight) && story.includes(first)),
              where,
            ).toBe(true);
        }
    const france = playEveryPath(scenarios.find((s) => s.id === 'noah')!.json.en, storyHelplines('FR', 'en'));
    expect(france[0]!.segments[2]!.choices[0]!.text).toBe('Call 119 – Allô Enfance en danger together, right now');
    // Every path of every story, in every language, for every country: seconds of work on a busy machine.
  }, 60_000);

  it('never relieve giving in to a demand for more pictures: agreeing to send one is met by a bigger demand', () => {
    const nora = scenarios.find((s) => s.id === 'nora')!;
    for (const lang of LANGUAGES) {
      const paths = playEveryPath(nora.json[lang]);
      // The first choice's first option is agreeing to send "just one more" (the same in every language).
      const givingIn = paths.filter((p) => p.choices[0] === 0);
      expect(givingIn.length, lang).toBeGreaterThan(0);
      for (const path of givingIn) {
        expect(path.segments[0]!.choices[0]!.response, lang).toBe('hurts');
        expect(
          path.segments[1]!.beats.flatMap((b) => b.flags),
          `${lang} ${path.choices.join()}`,
        ).toContain('more-images');
      }
    }
  });

  it('never relieve a payment in the financial story: every payment is followed by a new demand', () => {
    const sam = scenarios.find((s) => s.id === 'sam')!;
    const english = playEveryPath(sam.json.en);
    const byLang = Object.fromEntries(LANGUAGES.map((lang) => [lang, playEveryPath(sam.json[lang])]));
    let payments = 0;
    for (const [p, path] of english.entries()) {
      // Paths are the same in every language (checked above), so the English text finds the payments.
      path.segments.slice(0, -1).forEach((segment, i) => {
        const choice = segment.choices.find((c) => c.index === path.choices[i])!;
        if (!/^Pay\b/.test(choice.text)) return;
        payments++;
        for (const lang of LANGUAGES) {
          const after = byLang[lang]![p]!.segments[i + 1]!.beats.flatMap((b) => b.flags);
          expect(after, `${lang} ${path.choices.join()}`).toContain('more-demands');
        }
      });
    }
    expect(payments).toBeGreaterThan(0);
  });
});

// ——— A broken .ink file names its file and line ———

let root: string;
const deckDir = (): string => join(root, 'decks', 'sample');

/** A small valid role-play: two choice points, a red flag, every ending with the help card. */
function story(lang: string): string {
  return [
    `# title: Test story ${lang}`,
    '# phone: max',
    `# character: max = Max ${lang}`,
    '# character: kim = Kim',
    '',
    '-> start',
    '',
    '=== start ===',
    `Friday evening (${lang}).`,
    `Hi, I am Kim (${lang}) # from: kim # flag: fake-peer`,
    '* [Answer]',
    `    Hi Kim (${lang}) # from: max`,
    '    -> middle',
    '* [Ignore # response: helps]',
    '    -> ending',
    '',
    '=== middle ===',
    `Let's go to another app (${lang}) # from: kim # flag: moving-platform`,
    '* [Go]',
    '    -> ending',
    '* [Stay]',
    '    -> ending',
    '',
    '=== ending ===',
    `Max talks to his mum (${lang}).`,
    '# help',
    '-> END',
    '',
  ].join('\n');
}

function writeScenario(files: Record<string, string | undefined> = {}): void {
  mkdirSync(deckDir(), { recursive: true });
  const all: Record<string, string | undefined> = {
    ...Object.fromEntries(LANGUAGES.map((lang) => [`kim.${lang}.ink`, story(lang)])),
    ...files,
  };
  for (const [name, content] of Object.entries(all))
    if (content !== undefined) writeFileSync(join(deckDir(), name), content);
}

function problems(): string[] {
  try {
    compileScenarios(join(root, 'decks'), root);
  } catch (e) {
    if (e instanceof DeckErrors) return e.errors.map((error) => error.message);
    throw e;
  }
  return [];
}

const broken = (lang: string, from: string, to: string): Record<string, string> => ({
  [`kim.${lang}.ink`]: story(lang).replace(from, to),
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pb-ink-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a valid role-play', () => {
  it('compiles every language and knows all its paths', () => {
    writeScenario();
    const [scenario] = compileDeckScenarios(deckDir(), root);
    expect(scenario).toMatchObject({ id: 'kim', deck: 'sample', paths: [[0, 0], [0, 1], [1]] });
    const player = ScenarioPlayer.fromJson(scenario!.json.nl);
    expect(player.meta).toEqual({ title: 'Test story nl', phone: 'max', characters: { max: 'Max nl', kim: 'Kim' } });
    expect(player.read().beats[1]).toMatchObject({ text: 'Hi, I am Kim (nl)', from: 'kim', flags: ['fake-peer'] });
  });
});

describe('a broken role-play names the file and the line', () => {
  it('when ink cannot compile it', () => {
    writeScenario(broken('nl', '* [Go]', '* [Go'));
    expect(problems()).toEqual([expect.stringMatching(/^decks\/sample\/kim\.nl\.ink:19: ink error: .*'\]'/)]);
  });

  it('when a sentence told only with another country’s help line waits until tomorrow while a deadline runs', () => {
    const told = (lang: string) =>
      story(lang)
        .replace('-> start', 'VAR helpline = "Child Focus"\nVAR night_line = "Child Focus"\n\n-> start')
        .replace(`Friday evening (${lang}).`, `Friday evening (${lang}). Pay before midnight.`)
        .replace(
          `Max talks to his mum (${lang}).`,
          `Max talks to his mum (${lang}).\n{night_line == "":Max calls {helpline} tomorrow.}`,
        );
    writeScenario(Object.fromEntries(LANGUAGES.map((lang) => [`kim.${lang}.ink`, told(lang)])));
    expect(problems()).toEqual([
      expect.stringMatching(
        /^decks\/sample\/kim\.en\.ink:30: with the help line of [A-Z]{2} \([^)]+\): a helping choice waits \("tomorrow"\)/,
      ),
    ]);
  });

  it('when a divert goes nowhere', () => {
    writeScenario(broken('de', '    -> middle', '    -> midle'));
    expect(problems()).toEqual([expect.stringMatching(/^decks\/sample\/kim\.de\.ink:13: ink error: .*midle/)]);
  });

  it('when a tag or a red flag is unknown', () => {
    writeScenario(broken('fr', '# from: kim # flag: fake-peer', '# from: kim # flag: fake-friend # colour: red'));
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/sample\/kim\.fr\.ink:10: unknown red flag "fake-friend" \(known: fake-peer, /),
      expect.stringMatching(/^decks\/sample\/kim\.fr\.ink:10: unknown tag "# colour: red"/),
    ]);
  });

  it('when a character is not declared, or a tag stands in the wrong place', () => {
    writeScenario(
      broken('en', "Let's go to another app (en) # from: kim", "Let's go (en) # from: lina # response: helps"),
    );
    expect(problems()).toEqual([
      expect.stringMatching(/kim\.en\.ink:18: "# response" belongs inside a choice's brackets/),
      expect.stringMatching(/kim\.en\.ink:18: character "lina" is not declared/),
    ]);
  });

  it('when a language file is missing', () => {
    writeScenario({ 'kim.de.ink': undefined });
    expect(problems()).toEqual([
      expect.stringMatching(/^decks\/sample\/kim\.de\.ink:1: missing: every role-play needs/),
    ]);
  });

  it('when an ending does not show the help card', () => {
    writeScenario(
      Object.fromEntries(LANGUAGES.map((lang) => [`kim.${lang}.ink`, story(lang).replace('# help\n', '')])),
    );
    expect(problems()).toEqual(
      LANGUAGES.map((lang) =>
        expect.stringMatching(
          new RegExp(
            `^decks/sample/kim\\.${lang}\\.ink:25: the ending reached by choices 1 → 1 does not end with "# help"`,
          ),
        ),
      ),
    );
  });

  it('when a language has other red flags or other choices than the first', () => {
    writeScenario({
      ...broken('nl', ' # flag: moving-platform', ''),
      ...broken('de', '* [Stay]\n    -> ending', '* [Stay]\n    -> ending\n* [Run]\n    -> ending'),
    });
    expect(problems()).toEqual([
      expect.stringMatching(
        /^decks\/sample\/kim\.nl\.ink:18: after choices 1: not the same structure as the first language: red flags none here, moving-platform/,
      ),
      expect.stringMatching(
        /^decks\/sample\/kim\.de\.ink:18: after choices 1: .*3 choices here, 2 in the first language/,
      ),
    ]);
  });

  it('when the knots differ between languages', () => {
    writeScenario({ 'kim.en.ink': `${story('en')}\n=== extra ===\nNever reached.\n# help\n-> END\n` });
    expect(problems()).toEqual([
      expect.stringMatching(
        /^decks\/sample\/kim\.en\.ink:29: knots differ from decks\/sample\/kim\.fr\.ink; extra extra/,
      ),
    ]);
  });

  it('when a deck plays a role-play that does not exist', () => {
    writeScenario();
    for (const lang of LANGUAGES)
      writeFileSync(
        join(deckDir(), `${lang}.md`),
        `# Title\n\n<pb-scenario src="${lang === 'nl' ? 'kimm' : 'kim'}"></pb-scenario>\n`,
      );
    expect(problems()).toEqual([
      expect.stringMatching(
        /^decks\/sample\/nl\.md:3: <pb-scenario src="kimm">: no role-play "kimm" in decks\/sample \(found: kim\)/,
      ),
      expect.stringMatching(/^decks\/sample\/nl\.md:3: plays the role-plays kimm; decks\/sample\/fr\.md plays kim/),
    ]);
  });
});

describe('the build', () => {
  const options = () => ({
    root,
    configFile: false as const,
    logLevel: 'silent' as const,
    plugins: [scenariosPlugin()],
    build: { write: false },
  });

  it('fails on a broken .ink file, with the file and line in the message', async () => {
    writeScenario(broken('nl', '# flag: fake-peer', '# flag: fake'));
    writeFileSync(join(root, 'index.html'), '<script type="module">import "virtual:pb-scenarios";</script>');
    await expect(build(options())).rejects.toThrow(/decks\/sample\/kim\.nl\.ink:10: unknown red flag "fake"/);
  });

  it('splits every scenario language into its own chunk, and ships no ink compiler', async () => {
    writeScenario();
    writeFileSync(
      join(root, 'index.html'),
      '<script type="module">import { scenarioLoaders } from "virtual:pb-scenarios"; scenarioLoaders["kim/fr"]().then(console.log);</script>',
    );
    const output = await build(options());
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    const code = chunks.flatMap((c) => (c.type === 'chunk' ? [c.code] : []));
    expect(code.filter((c) => c.includes('Friday evening (fr)'))).toHaveLength(1);
    expect(code.filter((c) => c.includes('Friday evening'))).toHaveLength(4);
    expect(code.join('\n')).not.toMatch(/InkParser|Compilation failed/);
  });

  it('in dev, shows a broken .ink file in the error overlay and reloads the page when it is saved', async () => {
    writeScenario();
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [scenariosPlugin()],
      server: { middlewareMode: true, hmr: false },
      appType: 'custom',
    });
    try {
      const sent = vi.spyOn(server.ws, 'send');
      expect((await server.transformRequest('virtual:pb-scenarios'))?.code).toContain('kim/fr');

      writeFileSync(join(deckDir(), 'kim.de.ink'), story('de').replace('# flag: fake-peer', '# flag: fake'));
      await vi.waitFor(
        () =>
          expect(sent).toHaveBeenCalledWith({
            type: 'error',
            err: {
              message: expect.stringMatching(/decks\/sample\/kim\.de\.ink:10: unknown red flag "fake"/),
              stack: '',
            },
          }),
        { timeout: 10_000 },
      );
      await expect(server.transformRequest('virtual:pb-scenarios')).rejects.toThrow(/kim\.de\.ink:10/);

      writeFileSync(join(deckDir(), 'kim.de.ink'), story('de'));
      await vi.waitFor(() => expect(sent).toHaveBeenLastCalledWith({ type: 'full-reload' }), { timeout: 10_000 });
    } finally {
      await server.close();
    }
  });
});
