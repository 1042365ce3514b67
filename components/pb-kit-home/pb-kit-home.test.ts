import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import type { DeckInfo } from '../deck-info';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-kit-home';
import type { PbDeckCard } from '../pb-deck-card/pb-deck-card';

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
  await mount(el);
  const card = el.shadowRoot!.querySelector('pb-deck-card') as PbDeckCard | null;
  await card?.updateComplete;
  return { el, card };
}

beforeEach(async () => {
  await setLanguage('en');
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
    expect(link.getAttribute('href')).toBe('present.html?deck=spot-the-script&lang=en');
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
      'present.html?deck=spot-the-script&lang=de',
    );
    expect(el.shadowRoot!.querySelector('h1')!.textContent).toBe('Payboy-Workshop-Kit');
  });

  it('offers the guide of each deck and the handout of each country in the current language', async () => {
    const el = document.createElement('pb-kit-home');
    el.decks = [deck];
    el.printables = [
      { kind: 'guide', lang: 'en', deckId: deck.id, href: 'printables/guide-spot-the-script-en.pdf', format: 'pdf' },
      { kind: 'guide', lang: 'fr', deckId: deck.id, href: 'printables/guide-spot-the-script-fr.pdf', format: 'pdf' },
      { kind: 'handout', lang: 'en', country: 'BE', href: 'handout.html?country=BE&lang=en', format: 'page' },
      { kind: 'handout', lang: 'fr', country: 'BE', href: 'handout.html?country=BE&lang=fr', format: 'page' },
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

  it('says when there is no deck instead of showing an empty list', async () => {
    const { el } = await home([]);
    expect(shadowText(el)).toContain('No sessions found.');
  });
});
