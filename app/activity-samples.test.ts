// The gallery shows authors what to write: every sample must pass the checks `npm run build` runs on a deck.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { DECK_ELEMENTS, type DeckElement } from '../components/catalog';
import { HELP_COUNTRIES } from '../content/help-resources';
import { LANGUAGES } from '../i18n/languages';
import { activitySamples } from './activity-samples';

/** The `pb-` elements of a piece of markup with what the deck compiler's checks find in them. */
function problems(markup: string): { elements: DeckElement[]; problems: string[] } {
  const found: string[] = [];
  const top: DeckElement[] = [];
  const open: { name: string; attributes: Record<string, string>; text: string; children: DeckElement[] }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!name.startsWith('pb-')) return found.push(`<${name}> is not a kit element`);
        const spec = DECK_ELEMENTS[name];
        if (!spec) return found.push(`unknown element <${name}>`);
        for (const attr of spec.required) if (!(attr in attributes)) found.push(`<${name}> needs "${attr}"`);
        if (spec.parent && open.at(-1)?.name !== spec.parent) found.push(`<${name}> outside <${spec.parent}>`);
        if (spec.activity && !attributes.id) found.push(`<${name}> needs an id`);
        if (Object.keys(attributes).some((a) => a.startsWith('on'))) found.push(`<${name}> with a script`);
        open.push({ name, attributes, text: '', children: [] });
      },
      ontext(text) {
        const current = open.at(-1);
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (open.at(-1)?.name !== name) return;
        const element = open.pop()!;
        (open.at(-1)?.children ?? top).push(element);
        found.push(...(DECK_ELEMENTS[name]?.check?.(element) ?? []));
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(markup);
  parser.end();
  return { elements: top, problems: found };
}

describe('the activity gallery’s samples', () => {
  const samples = activitySamples({ scenario: 'sam', country: 'BE' });

  it('hold every activity of the deck catalogue, each once', () => {
    const activities = Object.entries(DECK_ELEMENTS)
      .filter(([name, spec]) => !spec.parent && name !== 'pb-join')
      .map(([name]) => name);
    for (const name of activities)
      expect(
        samples.map((s) => s.tag),
        name,
      ).toContain(name);
    expect(new Set(samples.map((s) => s.key)).size).toBe(samples.length);
    expect(samples.filter((s) => s.tag === 'pb-poll').map((s) => s.key)).toEqual([
      'pollSingle',
      'pollMultiple',
      'pollScale',
      'pollWordcloud',
      'pollOpen',
      'pollRanking',
      'pollQuiz',
    ]);
  });

  it.each(LANGUAGES)('pass the deck compiler’s checks in %s, with the same ids as in every language', (lang) => {
    for (const sample of samples) {
      const { elements, problems: found } = problems(sample.markup[lang]);
      expect(found, `${sample.key}/${lang}`).toEqual([]);
      expect(
        elements.map((e) => e.name),
        `${sample.key}/${lang}`,
      ).toEqual([sample.tag]);
      const ids = (markup: string) =>
        [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).join(' ') + [...markup.matchAll(/<pb-[\w-]+/g)].length;
      expect(ids(sample.markup[lang]), `${sample.key}/${lang}`).toBe(ids(sample.markup.en));
    }
  });

  it('show the help card of any country the data file knows', () => {
    for (const country of HELP_COUNTRIES) {
      const card = activitySamples({ scenario: 'sam', country }).find((s) => s.tag === 'pb-help-card')!;
      expect(problems(card.markup.fr).problems).toEqual([]);
    }
  });
});
