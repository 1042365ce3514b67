import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { BREAKING_SPACE } from '../scripts/content/french-typography';
import data from './hard-questions.json';
import { HARD_QUESTIONS, HARD_QUESTIONS_CHECKED, askFor } from './hard-questions';
import { HELP_COUNTRIES, helpResources } from './help-resources';

// The questions issue 9 asks every guide to answer, by id: a bank that lost one would leave a teacher guessing.
const REQUIRED = ['crime-to-send', 'parents-told', 'take-it-down-ai', 'friend-or-ex', 'already-paid', 'police-trouble'];

const texts = HARD_QUESTIONS.flatMap((q) => [
  { where: `${q.id} question`, text: q.question },
  { where: `${q.id} answer`, text: q.answer },
  ...Object.entries(q.law ?? {}).map(([country, note]) => ({ where: `${q.id} ${country}`, text: note.known })),
]);

describe('the hard questions bank', () => {
  it('answers every question the facilitator guide promises, each once', () => {
    const ids = HARD_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
  });

  it('has every text in every language, French with its no-break spaces', () => {
    for (const { where, text } of texts)
      for (const lang of LANGUAGES) {
        expect(text[lang]?.trim(), `${where} (${lang})`).toBeTruthy();
        if (lang === 'fr') expect(text.fr.match(BREAKING_SPACE), `${where}: ${text.fr}`).toBeNull();
      }
  });

  it('says what the law is only for a country of the help data, and always with its source', () => {
    for (const q of HARD_QUESTIONS) {
      for (const [country, note] of Object.entries(q.law ?? {})) {
        expect(HELP_COUNTRIES, `${q.id}: ${country}`).toContain(country);
        expect(note.sources.length, `${q.id} ${country}`).toBeGreaterThan(0);
      }
      // A question without country notes still names where its answer comes from.
      if (!q.law) expect(q.sources.length, q.id).toBeGreaterThan(0);
    }
  });

  it('names a help service of the country to ask, in every country of the help data', () => {
    for (const [country, id] of Object.entries(data.ask))
      expect(
        helpResources(country, 'en').map((r) => r.id),
        `${country} names ${id}`,
      ).toContain(id);
    for (const country of HELP_COUNTRIES)
      for (const lang of LANGUAGES) expect(askFor(country, lang)?.emergency, `${country} ${lang}`).toBeFalsy();
    expect(askFor('BE', 'fr')?.id).toBe('child-focus');
    expect(askFor('FR', 'fr')?.id).toBe('3018');
  });

  it('carries the day its sources were read', () => {
    expect(HARD_QUESTIONS_CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(HARD_QUESTIONS_CHECKED).getTime()).not.toBeNaN();
  });
});
