// The activity registry (components/activity-registry.ts) is what the deck compiler knows: it runs here in Node,
// with no DOM, as it does inside the build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, type ActivityEntry } from '../../components/activity-registry.ts';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { deckFolderPerTest } from './test-deck.ts';

const kit = deckFolderPerTest('registry');
const entries = ACTIVITIES as readonly ActivityEntry[];

/** A deck with a slide for each registered activity (its first gallery sample), in one language. */
function everyActivity(lang: Language): string {
  const slides = entries.map((entry) => {
    const markup =
      entry.samples({ scenario: 'sam', country: 'BE' })[0]?.markup[lang] ?? `<${entry.tag}></${entry.tag}>`;
    return `## ${entry.tag}\n\n${markup}\n\nNote:\nSay what to do with it.`;
  });
  return [
    '---',
    `title: Registry ${lang}`,
    'summary: Every activity.',
    'objectives:',
    '  - try them',
    '---',
    '',
    ...slides.join('\n\n---\n\n').split('\n'),
  ].join('\n');
}

describe('the activity registry', () => {
  it('is what the deck compiler knows: every registered tag and its children compile, no other pb- tag', () => {
    expect(typeof document).toBe('undefined');
    kit.write(everyActivity);
    expect(kit.problems()).toEqual([]);

    kit.write((lang) =>
      everyActivity(lang).replace('<pb-timer minutes="3"></pb-timer>', '<pb-timr minutes="3"></pb-timr>'),
    );
    const [unknown = ''] = kit.problems().filter((problem) => problem.includes('unknown element <pb-timr>'));
    const known = /\(known: ([^)]*)\)/.exec(unknown)?.[1]?.split(', ') ?? [];
    expect(known.sort()).toEqual(entries.flatMap((entry) => [entry.tag, ...Object.keys(entry.children ?? {})]).sort());
  });

  it('gives every activity once, with a name and a description in every language', () => {
    expect(new Set(entries.map((entry) => entry.tag)).size).toBe(entries.length);
    for (const lang of LANGUAGES) {
      const items = (
        JSON.parse(readFileSync(`locales/${lang}/activities.json`, 'utf8')) as {
          gallery: { items: Record<string, { name?: string; about?: string }> };
        }
      ).gallery.items;
      for (const entry of entries) {
        expect(items[entry.description]?.name, `${entry.tag} in ${lang}`).toBeTruthy();
        expect(items[entry.description]?.about, `${entry.tag} in ${lang}`).toBeTruthy();
      }
    }
  });
});
