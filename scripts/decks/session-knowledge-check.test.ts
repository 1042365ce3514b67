/**
 * The knowledge check of the kit's own sessions (issue 13): every 50-minute session asks the same three or four
 * anonymous questions near its start and again near its end, so the console and the export can show the class's
 * change. The compiler checks that a second asking matches its first; this test checks that the sessions have
 * enough of them, before the session's role-play and again after it, in every language.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages.ts';
import { compileDecks } from './vite-plugin.ts';

const root = join(import.meta.dirname, '../..');
const sessions = compileDecks(join(root, 'decks'), root).filter((deck) => deck.session && deck.minutes === 50);

/** Each second asking of a slide list: its id, its baseline's id, and the slides (in order) that hold them. */
function knowledgeCheck(slides: readonly { content: string }[]) {
  const slideOf = new Map<string, number>();
  const pairs: { id: string; baseline: string; after: number }[] = [];
  slides.forEach(({ content }, index) => {
    for (const poll of content.matchAll(/<pb-poll\s[^>]*>/g)) {
      const id = /\bid="([^"]+)"/.exec(poll[0])?.[1];
      const baseline = /\bbaseline="([^"]+)"/.exec(poll[0])?.[1];
      if (!id) continue;
      slideOf.set(id, index);
      if (baseline) pairs.push({ id, baseline, after: index });
    }
  });
  return pairs.map((pair) => ({ ...pair, before: slideOf.get(pair.baseline) }));
}

describe('the knowledge check of each 50-minute session', () => {
  it('covers the three 50-minute sessions', () => {
    expect(sessions.map((deck) => deck.id).sort()).toEqual(['fakes-and-ai', 'spot-the-script', 'what-now']);
  });

  it.each(sessions.map((deck) => [deck.id, deck] as const))(
    '%s asks three or four questions before its role-play and each again after it',
    (_, deck) => {
      for (const lang of LANGUAGES) {
        const slides = deck.outline[lang];
        const pairs = knowledgeCheck(slides);
        // The session's story: what comes before it is the start, what comes after it the end.
        const story = slides.findIndex(({ content }) => content.includes('<pb-scenario'));
        expect(story, `${deck.id} ${lang}: a role-play`).toBeGreaterThan(0);
        expect(pairs.length, `${deck.id} ${lang}: questions asked twice`).toBeGreaterThanOrEqual(3);
        expect(pairs.length, `${deck.id} ${lang}: questions asked twice`).toBeLessThanOrEqual(4);
        for (const { id, baseline, before, after } of pairs) {
          expect(before, `${deck.id} ${lang}: ${baseline} is asked before the role-play`).toBeLessThan(story);
          expect(after, `${deck.id} ${lang}: ${id} is asked after the role-play`).toBeGreaterThan(story);
        }
      }
    },
  );
});
