import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { CURRICULA, CURRICULA_CHECKED } from './curricula';

const decksDir = join(import.meta.dirname, '../decks');
/** The curriculum sessions (deck.json `session: true`): the only decks a target may name. */
const sessions = readdirSync(decksDir).filter((id) => {
  try {
    return (JSON.parse(readFileSync(join(decksDir, id, 'deck.json'), 'utf8')) as { session?: boolean }).session;
  } catch {
    return false;
  }
});

describe('the curriculum mapping', () => {
  it('covers EVRAS and the Flemish attainment targets, with the day its texts were read', () => {
    expect(CURRICULA.map((c) => c.id)).toEqual(expect.arrayContaining(['evras', 'rsv', 'digital']));
    expect(CURRICULA_CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(CURRICULA)(
    '$id: says something in every language, and quotes only texts it names with their address',
    (c) => {
      for (const lang of LANGUAGES) {
        expect(c.name[lang]?.trim(), lang).toBeTruthy();
        // A framework either quotes a target or says plainly what is and is not known.
        expect(c.targets.length > 0 || Boolean(c.known?.[lang].trim()), lang).toBe(true);
        if (c.open) expect(c.open[lang].trim(), lang).toBeTruthy();
      }
      for (const text of [...c.texts, ...c.openSources]) {
        expect(text.url).toMatch(/^https:\/\/[^\s]+$/);
        expect(text.title.trim()).toBeTruthy();
      }
      for (const target of c.targets) {
        // A quoted target stands on a text read for it.
        expect(c.texts.length).toBeGreaterThan(0);
        expect(target.quote.trim()).toBeTruthy();
        expect(Object.keys(target.sessions).length).toBeGreaterThan(0);
        for (const [deck, how] of Object.entries(target.sessions)) {
          expect(sessions, deck).toContain(deck);
          for (const lang of LANGUAGES) expect(how[lang]?.trim(), `${deck} ${lang}`).toBeTruthy();
        }
      }
    },
  );
});
