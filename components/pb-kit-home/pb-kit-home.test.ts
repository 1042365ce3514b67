import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HELP_COUNTRIES } from '../../content/help-resources';
import { setLanguage } from '../../i18n/i18n';
import type { DeckInfo } from '../deck-info';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-kit-home';
import type { PbDeckCard } from '../pb-deck-card/pb-deck-card';
import type { PrintableLink } from './printable-link';

const meta = (lang: string) => ({
  title: `Spot the script (${lang})`,
  summary: `Summary ${lang}`,
  objectives: [`Objective one ${lang}`, `Objective two ${lang}`],
});
const deck: DeckInfo = {
  id: 'spot-the-script',
  ages: [12, 18],
  minutes: 50,
  order: 1,
  meta: { fr: meta('fr'), nl: meta('nl'), en: meta('en'), de: meta('de') },
};

async function home(decks: readonly DeckInfo[] = [deck]) {
  const el = document.createElement('pb-kit-home');
  el.decks = decks;
  el.countries = HELP_COUNTRIES;
  await mount(el);
  const card = el.shadowRoot!.querySelector('pb-deck-card') as PbDeckCard | null;
  await card?.updateComplete;
  return { el, card };
}

/** The browser's languages, as a facilitator's laptop would state them. */
const browserLanguages = (languages: readonly string[]) =>
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);

const handout = (lang: 'en' | 'fr', country: string): PrintableLink => ({
  kind: 'handout',
  lang,
  country,
  href: `handout.html?country=${country}&lang=${lang}`,
  format: 'page',
});

beforeEach(async () => {
  localStorage.removeItem('pb-country');
  browserLanguages(['en-BE', 'en']);
  await setLanguage('en');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('<pb-kit-home>', () => {
  it('shows each deck as a card with its ages, duration, objectives and a Present link', async () => {
    const { card } = await home();
    const text = shadowText(card!);
    expect(text).toContain('Spot the script (en)');
    expect(text).toContain('Ages 12–18');
    expect(text).toContain('50 min');
    expect(text).toContain('Objective two en');
    const link = card!.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('present.html?deck=spot-the-script&lang=en&country=BE');
    expect(link.getAttribute('aria-label')).toBe('Present “Spot the script (en)”');
    await expectAccessible();
  });

  it('re-renders every card in the new language', async () => {
    const { el, card } = await home();
    await setLanguage('de');
    await el.updateComplete;
    await card!.updateComplete;
    expect(shadowText(card!)).toContain('Spot the script (de)');
    expect(shadowText(card!)).toContain('12 bis 18 Jahre');
    expect(card!.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(
      'present.html?deck=spot-the-script&lang=de&country=BE',
    );
    expect(el.shadowRoot!.querySelector('h1')!.textContent).toBe('Payboy-Workshop-Kit');
  });

  it('offers the guide of each deck and the handout of the session’s country in the current language', async () => {
    const el = document.createElement('pb-kit-home');
    el.decks = [deck];
    el.countries = HELP_COUNTRIES;
    el.printables = [
      { kind: 'guide', lang: 'en', deckId: deck.id, href: 'printables/guide-spot-the-script-en.pdf', format: 'pdf' },
      { kind: 'guide', lang: 'fr', deckId: deck.id, href: 'printables/guide-spot-the-script-fr.pdf', format: 'pdf' },
      handout('en', 'BE'),
      handout('fr', 'BE'),
      handout('en', 'FR'),
      handout('fr', 'FR'),
    ];
    await mount(el);
    const links = [...el.shadowRoot!.querySelectorAll('.printables a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Spot the script (en) (PDF)', 'printables/guide-spot-the-script-en.pdf'],
      ['Belgium (page to print)', 'handout.html?country=BE&lang=en'],
    ]);
    await expectAccessible();

    await setLanguage('fr');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.printables a')!.getAttribute('href')).toBe(
      'printables/guide-spot-the-script-fr.pdf',
    );
    expect(shadowText(el)).toContain('Belgique (page à imprimer)');
  });

  it('lets the facilitator pick the session’s country from the keyboard; Present and the handout follow it, and it is remembered', async () => {
    const { el, card } = await home();
    el.printables = [handout('en', 'BE'), handout('en', 'FR')];
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!;
    // Every country of the help data, named in the page's language, in alphabetical order.
    const options = [...select.options].map((o) => o.textContent!.trim());
    expect(options).toEqual([
      'Australia',
      'Austria',
      'Belgium',
      'Canada',
      'France',
      'Germany',
      'Ireland',
      'Luxembourg',
      'Netherlands',
      'Switzerland',
      'United Kingdom',
      'United States',
    ]);
    expect(select.value).toBe('BE');
    expect(el.shadowRoot!.querySelector('label[for="country"]')!.textContent).toBe('Country of the session');
    expect(select.getAttribute('aria-describedby')).toBe('country-hint');
    await expectAccessible();

    select.focus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await el.updateComplete;
    await card!.updateComplete;
    expect(select.value).toBe('AU');
    await userEvent.keyboard('f');
    await el.updateComplete;
    await card!.updateComplete;
    expect(select.value).toBe('FR');
    expect(card!.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(
      'present.html?deck=spot-the-script&lang=en&country=FR',
    );
    const handouts = [...el.shadowRoot!.querySelectorAll('.printables a')].map((a) => a.textContent);
    expect(handouts).toEqual(['France (page to print)']);
    expect(localStorage.getItem('pb-country')).toBe('FR');

    // The next visit starts with it, named in the chosen language.
    await setLanguage('de');
    const again = await home();
    const picked = again.el.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!;
    expect(picked.value).toBe('FR');
    expect(picked.selectedOptions[0]!.textContent!.trim()).toBe('Frankreich');
  });

  it('links the parents’ letter of each session and the safeguarding lead’s guide of the session’s country only', async () => {
    const { el } = await home();
    const page = (kind: 'parents' | 'safeguarding', country: string): PrintableLink => ({
      kind,
      lang: 'en',
      ...(kind === 'parents' ? { deckId: deck.id } : {}),
      country,
      href: `${kind}.html?country=${country}`,
      format: 'page',
    });
    el.printables = [
      page('parents', 'BE'),
      page('parents', 'FR'),
      page('safeguarding', 'BE'),
      page('safeguarding', 'FR'),
    ];
    await el.updateComplete;
    const links = () =>
      [...el.shadowRoot!.querySelectorAll('.printables a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links()).toEqual([
      ['Spot the script (en) (page to print)', 'parents.html?country=BE'],
      ['When a student discloses sextortion (Belgium) (page to print)', 'safeguarding.html?country=BE'],
    ]);
    expect(shadowText(el)).toContain('Letters to parents and carers (Belgium)');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!;
    select.value = 'FR';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(links()).toEqual([
      ['Spot the script (en) (page to print)', 'parents.html?country=FR'],
      ['When a student discloses sextortion (France) (page to print)', 'safeguarding.html?country=FR'],
    ]);
    await expectAccessible();
  });

  it('links the easy-read handout of the session’s country after its handout', async () => {
    const { el } = await home();
    const easyRead = (country: string): PrintableLink => ({
      kind: 'easy-read',
      lang: 'en',
      country,
      href: `printables/easy-read-${country.toLowerCase()}-en.pdf`,
      format: 'pdf',
    });
    el.printables = [easyRead('BE'), easyRead('FR'), handout('en', 'BE'), handout('en', 'FR')];
    await el.updateComplete;
    const links = () =>
      [...el.shadowRoot!.querySelectorAll('.printables a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links()).toEqual([
      ['Belgium (page to print)', 'handout.html?country=BE&lang=en'],
      ['Belgium, easy read, with the words of the lesson (PDF)', 'printables/easy-read-be-en.pdf'],
    ]);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!;
    select.value = 'FR';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(links().map(([text]) => text)).toEqual([
      'France (page to print)',
      'France, easy read, with the words of the lesson (PDF)',
    ]);
    await expectAccessible();
  });

  it('starts from the browser’s region when the kit knows its services, else from Belgium', async () => {
    browserLanguages(['de-AT', 'de']);
    expect((await home()).el.shadowRoot!.querySelector('select')!.value).toBe('AT');
    browserLanguages(['fr', 'es-ES']);
    expect((await home()).el.shadowRoot!.querySelector('select')!.value).toBe('BE');
  });

  it('says when there is no deck instead of showing an empty list', async () => {
    const { el } = await home([]);
    expect(shadowText(el)).toContain('No sessions found.');
  });
});
