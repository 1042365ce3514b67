import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { frenchTypography } from '../scripts/content/french-typography';
import data from './help-resources.json';
import {
  HELP_COUNTRIES,
  firstLine,
  helpResources,
  isHelpCountry,
  nightLine,
  resourceName,
  type HelpResource,
} from './help-resources';

// Every number and address read on the source pages the entries name; nothing else may reach a student's phone.
const PUBLISHED_NUMBERS = new Set([
  // BE
  '116 000',
  '102',
  '103',
  '108',
  '101',
  '112',
  // FR
  '3018',
  '119',
  '17',
  // LU
  '116 111',
  '8002 12 34',
  '113',
  // CH, AT
  '147',
  '117',
  '133',
  // NL
  '020-261 52 75',
  '0800-0432',
  // DE
  '110',
  // GB, IE
  '0800 1111',
  '999',
  '1800 66 66 66',
  '50101',
  // US, CA, AU
  '1-800-THE-LOST',
  '741741',
  '911',
  '1-866-658-9022',
  '1-800-668-6868',
  '686868',
  '1800 55 1800',
  '000',
]);
const PUBLISHED_ADDRESSES = new Set([
  'childfocus.be',
  'awel.be',
  '103ecoute.be',
  'telefonhilfe.be',
  'cybersquad.be',
  'police.be',
  'payboy.be',
  '3018.fr',
  'allo119.gouv.fr',
  'kjt.lu',
  'stopline.bee-secure.lu',
  '147.ch',
  'helpwanted.nl',
  'kindertelefoon.nl',
  'nummergegenkummer.de',
  'internet-beschwerdestelle.de',
  'stopline.at',
  'childline.org.uk',
  'ceop.police.uk',
  'childline.ie',
  'hotline.ie',
  'cybertipline.org',
  'cybertip.ca',
  'esafety.gov.au',
  'takeitdown.ncmec.org',
  'stopncii.org',
]);

/** How a phone dials what people read: digits only, letters as on a keypad (1-800-THE-LOST). */
const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
const dialled = (number: string): string =>
  [...number.toUpperCase()]
    .map((c) => (/\d/.test(c) ? c : /[A-Z]/.test(c) ? String(KEYPAD.findIndex((keys) => keys.includes(c))) : ''))
    .join('');

const all = Object.values(data.countries).flat() as HelpResource[];
const texts = (r: HelpResource) => [r.does, r.hours, typeof r.name === 'string' ? undefined : r.name];

describe('help resources', () => {
  it('cover the countries of the curriculum, and the services that work everywhere', () => {
    const countries = ['AT', 'AU', 'BE', 'CA', 'CH', 'DE', 'FR', 'GB', 'IE', 'LU', 'NL', 'US'];
    expect(Object.keys(data.countries).sort()).toEqual([...countries, 'all']);
    expect([...HELP_COUNTRIES].sort()).toEqual(countries);
    expect(isHelpCountry('UK')).toBe(true);
    expect(isHelpCountry('be')).toBe(true);
    expect(isHelpCountry('all')).toBe(false);
    expect(isHelpCountry('XX')).toBe(false);
  });

  it('hold only published numbers and addresses, each with its dial form and every language', () => {
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
      for (const lang of LANGUAGES) {
        expect(r.does[lang].trim().length, `${r.id}/${lang}`).toBeGreaterThan(10);
        expect(resourceName(r, lang).trim(), `${r.id}/${lang}`).not.toBe('');
        // No number in a text that the entry does not carry itself (it would escape these checks).
        for (const text of texts(r).map((t) => t?.[lang] ?? ''))
          for (const digits of text.match(/\d[\d -]{2,}\d/g) ?? [])
            expect([r.number, r.sms].includes(digits), `${r.id}/${lang}: ${digits}`).toBe(true);
      }
    }
  });

  it('say for each entry the page it was checked on and the day, never one date stamped on the file', () => {
    expect(Object.keys(data).sort()).toEqual(['about', 'countries']);
    const today = new Date().toISOString().slice(0, 10);
    for (const r of all) {
      expect(r, r.id).not.toHaveProperty('lastChecked');
      expect(r.source, r.id).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      expect(r.checked, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(r.checked)), r.checked).toBe(false);
      expect(r.checked <= today, `${r.id} checked in the future`).toBe(true);
    }
  });

  it('give every service its hours, or say why none are given', () => {
    for (const r of all) {
      if (r.hours) {
        expect(r.hoursUnconfirmed, r.id).toBeUndefined();
        for (const lang of LANGUAGES) expect(r.hours[lang].trim(), `${r.id}/${lang} hours`).not.toBe('');
      } else expect(r.hoursUnconfirmed?.trim(), `${r.id}: hours, or hoursUnconfirmed`).toBeTruthy();
    }
  });

  it('end every country with its emergency numbers, set apart after the other services', () => {
    for (const country of HELP_COUNTRIES)
      for (const lang of LANGUAGES) {
        const list = helpResources(country, lang);
        const firstEmergency = list.findIndex((r) => r.emergency);
        expect(firstEmergency, `${country} has no emergency number`).toBeGreaterThan(0);
        expect(
          list.slice(firstEmergency).every((r) => r.emergency && r.number),
          country,
        ).toBe(true);
      }
    expect(
      helpResources('BE', 'en')
        .slice(-2)
        .map((r) => r.number),
    ).toEqual(['112', '101']);
    expect(
      helpResources('FR', 'fr')
        .slice(-2)
        .map((r) => r.number),
    ).toEqual(['112', '17']);
  });

  it('send a complaint to the police station, not to a phone number (101 is for urgent help)', () => {
    const be = helpResources('BE', 'en');
    const complaint = be.find((r) => /complaint/i.test(r.does.en))!;
    expect(complaint.number).toBeUndefined();
    expect(complaint.does.en).toMatch(/police station/);
    expect(complaint.does.en).toMatch(/screenshots of the messages \(never the image\)/);
    expect(be.find((r) => r.number === '101')?.emergency).toBe(true);
  });

  it('say what Take It Down cannot do, and offer StopNCII to those 18 and over', () => {
    const everywhere = data.countries.all as HelpResource[];
    const takeItDown = everywhere.find((r) => r.id === 'take-it-down')!;
    expect(takeItDown.does.en).toMatch(/before you were 18/);
    expect(takeItDown.does.en).toMatch(/participating platforms/);
    expect(takeItDown.does.en).toMatch(/must be on your device/);
    expect(everywhere.find((r) => r.id === 'stopncii')?.does.en).toMatch(/18 and over/);
  });

  it('name in every country exactly one service to contact first, reachable by a number or an address, and say why', () => {
    for (const country of HELP_COUNTRIES) {
      const firsts = (data.countries as Record<string, HelpResource[]>)[country]!.filter((r) => r.first);
      expect(
        firsts.map((r) => r.id),
        country,
      ).toHaveLength(1);
      const [first] = firsts;
      expect(first!.number ?? first!.web, `${country}: ${first!.id}`).toBeTruthy();
      expect(first!.emergency, `${country}: ${first!.id}`).toBeUndefined();
      expect(first!.firstWhy?.trim(), `${country}: ${first!.id}`).toBeTruthy();
      expect(firstLine(country), country).toBe(first);
    }
    expect(firstLine('BE')?.name).toBe('Child Focus');
    expect(firstLine('fr')?.id).toBe('3018');
    expect(firstLine('UK')?.id).toBe('childline-uk');
    expect(firstLine('XX')).toBeUndefined();
    expect(all.filter((r) => r.firstWhy && !r.first)).toEqual([]);
  });

  it('mark as answering at night only lines with a number whose hours say day and night', () => {
    for (const r of all.filter((r) => r.dayAndNight)) {
      expect(r.number, r.id).toBeTruthy();
      expect(r.hours?.en, r.id).toBe('Open day and night, every day.');
    }
    // The night line is the first one when it answers at night, else another that does, else none.
    expect(nightLine('BE')?.id).toBe('child-focus');
    expect(nightLine('FR')?.id).toBe('119');
    expect(nightLine('CH')?.id).toBe('147-ch');
    expect(nightLine('DE')).toBeUndefined();
    expect(nightLine('XX')).toBeUndefined();
  });

  it('write French with its no-break spaces', () => {
    for (const r of all)
      for (const text of texts(r).map((t) => t?.fr ?? '')) expect(text, r.id).toBe(frenchTypography(text));
  });

  it('list the general line first, then the one in the student’s language, then the others', () => {
    const ids = (country: string, lang: 'fr' | 'nl' | 'en' | 'de') => helpResources(country, lang).map((r) => r.id);
    expect(ids('BE', 'nl')).toEqual([
      'child-focus',
      'awel',
      'ecoute-enfants',
      'telefonhilfe',
      'cybersquad',
      'police-complaint',
      'payboy',
      'take-it-down',
      'stopncii',
      'emergency-be',
      'police-be',
    ]);
    expect(ids('BE', 'fr').slice(0, 4)).toEqual(['child-focus', 'ecoute-enfants', 'awel', 'telefonhilfe']);
    expect(ids('BE', 'de').slice(0, 4)).toEqual(['child-focus', 'telefonhilfe', 'awel', 'ecoute-enfants']);
    expect(ids('UK', 'en')).toEqual(['childline-uk', 'ceop', 'take-it-down', 'stopncii', 'emergency-gb']);
    expect(ids('FR', 'fr')).toEqual(['3018', '119', 'take-it-down', 'stopncii', 'emergency-fr', 'police-fr']);
    expect(ids('XX', 'en')).toEqual([]);
  });
});
