import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import data from './help-resources.json';
import { HELP_COUNTRIES, helpResources, isHelpCountry, resourceName, type HelpResource } from './help-resources';

// What the curriculum brief lists (its "help resources by country"); nothing else may reach a student's phone.
const PUBLISHED_NUMBERS = new Set([
  '116 000',
  '102',
  '103',
  '101',
  '112',
  '020-261 52 75',
  '3018',
  '116 111',
  '0800 1111',
  '1800 66 66 66',
  '50101',
  '1-800-THE-LOST',
  '741741',
  '1-866-658-9022',
  '1-800-668-6868',
  '1800 55 1800',
]);
const PUBLISHED_ADDRESSES = new Set([
  'childfocus.be',
  'cybersquad.be',
  'payboy.be',
  '103ecoute.be',
  'helpwanted.nl',
  '3018.fr',
  'ceop.police.uk',
  'cybertipline.org',
  'cybertip.ca',
  'esafety.gov.au',
  'takeitdown.ncmec.org',
]);

/** How a phone dials what people read: digits only, letters as on a keypad (1-800-THE-LOST). */
const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
const dialled = (number: string): string =>
  [...number.toUpperCase()]
    .map((c) => (/\d/.test(c) ? c : /[A-Z]/.test(c) ? String(KEYPAD.findIndex((keys) => keys.includes(c))) : ''))
    .join('');

describe('help resources', () => {
  const all = Object.values(data.countries).flat() as HelpResource[];

  it('cover the countries of the brief, and a service that works everywhere', () => {
    expect(Object.keys(data.countries).sort()).toEqual(['AU', 'BE', 'CA', 'DE', 'FR', 'GB', 'IE', 'NL', 'US', 'all']);
    expect([...HELP_COUNTRIES].sort()).toEqual(['AU', 'BE', 'CA', 'DE', 'FR', 'GB', 'IE', 'NL', 'US']);
    expect(isHelpCountry('UK')).toBe(true);
    expect(isHelpCountry('be')).toBe(true);
    expect(isHelpCountry('all')).toBe(false);
    expect(isHelpCountry('XX')).toBe(false);
  });

  it('hold only published numbers and addresses, each with its dial form, a check date and every language', () => {
    expect(all.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const r of all) {
      expect(ids.has(r.id), `${r.id} twice`).toBe(false);
      ids.add(r.id);
      expect(r.number ?? r.sms ?? r.web, `${r.id} has no way to reach it`).toBeDefined();
      if (r.number !== undefined) {
        expect(PUBLISHED_NUMBERS.has(r.number), r.number).toBe(true);
        expect(r.tel, r.id).toBe(dialled(r.number));
      } else expect(r.tel, r.id).toBeUndefined();
      if (r.sms !== undefined) expect(PUBLISHED_NUMBERS.has(r.sms), r.sms).toBe(true);
      if (r.web !== undefined) expect(PUBLISHED_ADDRESSES.has(r.web), r.web).toBe(true);
      expect(r.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(r.lastChecked)), r.lastChecked).toBe(false);
      for (const lang of LANGUAGES) {
        expect(r.does[lang].trim().length, `${r.id}/${lang}`).toBeGreaterThan(10);
        expect(resourceName(r, lang).trim(), `${r.id}/${lang}`).not.toBe('');
        if (r.hours) expect(r.hours[lang].trim(), `${r.id}/${lang} hours`).not.toBe('');
        // No number in a description that the entry does not carry itself (it would escape these checks).
        for (const digits of r.does[lang].match(/\d[\d -]{2,}\d/g) ?? [])
          expect([r.number, r.sms].includes(digits), `${r.id}/${lang}: ${digits}`).toBe(true);
      }
    }
  });

  it('list the general line first, then the one in the student’s language, then the others', () => {
    const ids = (country: string, lang: 'fr' | 'nl' | 'en' | 'de') => helpResources(country, lang).map((r) => r.id);
    expect(ids('BE', 'nl')).toEqual([
      'child-focus',
      'awel',
      'ecoute-enfants',
      'cybersquad',
      'police',
      'payboy',
      'take-it-down',
      'emergency-be',
    ]);
    expect(ids('BE', 'fr').slice(0, 3)).toEqual(['child-focus', 'ecoute-enfants', 'awel']);
    expect(ids('BE', 'de').slice(0, 3)).toEqual(['child-focus', 'awel', 'ecoute-enfants']);
    expect(ids('UK', 'en')).toEqual(['childline-uk', 'ceop', 'take-it-down']);
    expect(ids('US', 'en')).toEqual(['cybertipline', 'crisis-text-line', 'take-it-down']);
    expect(ids('XX', 'en')).toEqual([]);
  });
});
