import { beforeEach, describe, expect, it } from 'vitest';
import { HELP_COUNTRIES } from '../../content/help-resources';
import { setLanguage } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { provideActivityHost } from '../activity-host-provider';
import { fakeLiveHost } from '../fake-live-host';
import { presentDeck } from '../test-deck';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { checkHelpCard } from './help-card-check';
import './pb-help-card';
import type { PbHelpCard } from './pb-help-card';

async function card(country = 'BE'): Promise<PbHelpCard> {
  const element = document.createElement('pb-help-card');
  element.country = country;
  return mount(element);
}

/** The card as a deck's Markdown puts it on a slide, inside reveal.js (1280 px wide). */
async function onSlide(markup: string): Promise<PbHelpCard> {
  const slide = document.createElement('div');
  slide.className = 'reveal';
  slide.style.width = '1280px';
  slide.innerHTML = `<div class="slides"><section>${markup}</section></div>`;
  document.body.replaceChildren(slide);
  const element = slide.querySelector('pb-help-card')!;
  await element.updateComplete;
  return element;
}

/** reveal.js reads a key's code: the ones the paging test presses. */
const KEY_CODES: Readonly<Record<string, number>> = { ArrowLeft: 37, ArrowRight: 39 };

const names = (el: PbHelpCard) => [...el.shadowRoot!.querySelectorAll('li strong')].map((n) => n.textContent);
const links = (el: PbHelpCard) =>
  [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-help-card>', () => {
  it('lists the country’s services with a number to tap, the four messages and the date they were checked', async () => {
    const el = await card();
    const text = shadowText(el);
    expect(text).toContain('it is never your fault');
    expect(text).toContain('Never pay · Take screenshots · Stop contact · Talk to an adult you trust');
    expect(text).toContain('Numbers checked on December 3, 2026.');
    const call = el.shadowRoot!.querySelector('a')!;
    expect(call.getAttribute('href')).toBe('tel:116000');
    expect(call.getAttribute('aria-label')).toBe('Call Child Focus on 116 000');
    await expectAccessible();
  });

  it('puts the line that answers in the student’s language first, and describes it in that language', async () => {
    await setLanguage('nl');
    const el = await card();
    expect(names(el).slice(0, 2)).toEqual(['Child Focus', 'Awel']);
    expect(shadowText(el)).toContain('Gratis en anoniem');
    await setLanguage('fr');
    await el.updateComplete;
    expect(names(el).slice(0, 2)).toEqual(['Child Focus', 'Écoute-Enfants']);
  });

  it('sends a student to an adult when the kit knows no service for the country', async () => {
    const el = await card('XX');
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    expect(shadowText(el)).toContain('Talk to an adult you trust');
  });

  it('gives Belgium’s services from the data file with their hours, the emergency numbers last and set apart', async () => {
    const el = await card('BE');
    expect(names(el)).toEqual([
      'Child Focus',
      'Awel',
      'Écoute-Enfants',
      'Telefonhilfe Ostbelgien',
      'Cybersquad (Child Focus)',
      'Police: filing a complaint',
      'Payboy (Child Focus)',
      'Take It Down (NCMEC)',
      'StopNCII.org',
      'Emergency',
      'Police (urgent)',
    ]);
    expect(links(el)).toEqual([
      ['tel:116000', '116 000'],
      ['https://childfocus.be/', 'childfocus.be'],
      ['tel:102', '102'],
      ['https://awel.be/', 'awel.be'],
      ['tel:103', '103'],
      ['https://103ecoute.be/', '103ecoute.be'],
      ['tel:108', '108'],
      ['https://telefonhilfe.be/', 'telefonhilfe.be'],
      ['https://cybersquad.be/', 'cybersquad.be'],
      ['https://police.be/', 'police.be'],
      ['https://payboy.be/', 'payboy.be'],
      ['https://takeitdown.ncmec.org/', 'takeitdown.ncmec.org'],
      ['https://stopncii.org/', 'stopncii.org'],
      ['tel:112', '112'],
      ['tel:101', '101'],
    ]);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.classList.contains('emergency'))).toEqual([...Array(9).fill(false), true, true]);
    const hours = items.map((li) => li.querySelector('.hours')?.textContent);
    expect(hours[0]).toBe('Open day and night, every day.');
    expect(hours[1]).toMatch(/^Every day 4 pm to 10 pm.*not at night\.$/);
    expect(shadowText(el)).toContain('A complaint cannot be made by phone.');
    // A site opens in a new tab and learns nothing of the session page (its join code) it came from.
    for (const a of el.shadowRoot!.querySelectorAll('a[href^="https:"]')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    await setLanguage('de');
    await el.updateComplete;
    expect(names(el)).toContain('Polizei: Anzeige erstatten');
    expect(names(el).slice(0, 2)).toEqual(['Child Focus', 'Telefonhilfe Ostbelgien']);
    expect(names(el).slice(-2)).toEqual(['Notruf', 'Polizei-Notruf']);
    expect(shadowText(el)).toContain('Tag und Nacht erreichbar, jeden Tag.');
  });

  it('offers a text message where a service answers by text, and reads UK as GB', async () => {
    const us = await card('US');
    expect(links(us)).toContainEqual(['sms:741741?body=THORN', 'Text 741741']);
    expect(links(us)).toContainEqual(['tel:18008435678', '1-800-THE-LOST']);
    const ie = await card('IE');
    expect(links(ie).slice(0, 2)).toEqual([
      ['tel:1800666666', '1800 66 66 66'],
      ['sms:50101', 'Text 50101'],
    ]);
    expect(shadowText(ie)).toContain('Open day and night, every day.');
    const uk = await card('UK');
    expect(names(uk)).toEqual(['Childline', 'CEOP Safety Centre', 'Take It Down (NCMEC)', 'StopNCII.org', 'Emergency']);
    await expectAccessible();
  });

  it('says when no source confirms a line’s hours, but never of an emergency number', async () => {
    const lu = await card('LU');
    const kjt = [...lu.shadowRoot!.querySelectorAll('li')].find((li) => li.textContent!.includes('116 111'))!;
    expect(kjt.querySelector('.hours')!.textContent).toBe('Opening hours not confirmed: it may not answer at night.');
    const gb = await card('GB');
    const emergency = gb.shadowRoot!.querySelector('li.emergency')!;
    expect(emergency.textContent).toContain('999');
    expect(emergency.querySelector('.hours')).toBeNull();
  });

  it('follows the session’s country (its activity host’s) when it names none, and Belgium without a host', async () => {
    const section = document.createElement('section');
    provideActivityHost(section, fakeLiveHost({ country: 'FR' }));
    section.innerHTML = '<pb-help-card></pb-help-card><pb-help-card country="LU"></pb-help-card>';
    document.body.replaceChildren(section);
    const [session, own] = [...section.querySelectorAll('pb-help-card')];
    await session!.updateComplete;
    await own!.updateComplete;
    expect(names(session!)).toEqual([
      '3018 (e-Enfance)',
      '119 – Allô Enfance en danger',
      'Take It Down (NCMEC)',
      'StopNCII.org',
      'Emergency',
      'Police (urgent)',
    ]);
    expect(shadowText(session!)).not.toContain('116 000');
    expect(shadowText(session!)).toContain('Every day from 9 am to 11 pm');
    // A country of its own wins over the session's.
    expect(names(own!)[0]).toBe('Kanner-Jugendtelefon');
    own!.remove();
    await expectAccessible();

    const alone = await mount(document.createElement('pb-help-card'));
    expect(names(alone)[0]).toBe('Child Focus');
  });

  it('has every country of the data file in every language, each service with its text', async () => {
    for (const lang of LANGUAGES) {
      await setLanguage(lang);
      for (const country of HELP_COUNTRIES) {
        const el = await card(country);
        const items = [...el.shadowRoot!.querySelectorAll('li')];
        expect(items.length, `${country}/${lang}`).toBeGreaterThan(1);
        for (const item of items) expect(item.querySelector('p')!.textContent!.trim().length).toBeGreaterThan(10);
        expect(shadowText(el)).not.toMatch(/join:/);
      }
    }
    await expectAccessible();
  });

  it('sets itself on a slide in large type, a row of three services at a time that → pages through, nothing to tap', async () => {
    const el = await onSlide('<pb-help-card country="BE"></pb-help-card>');
    const slide = el.closest('section')!;
    // A deck as the presenter plays it, with its activities plugin, and two slides after the card's.
    slide.after(document.createElement('section'), document.createElement('section'));
    const reveal = await presentDeck(slide.closest<HTMLElement>('.reveal')!);
    try {
      // The theme's minimum for slide text (app/theme/deck.css).
      slide.closest<HTMLElement>('.reveal')!.style.setProperty('--pb-min-text', '24px');
      await el.updateComplete;
      expect(el.projected).toBe(true);
      expect(el.hasAttribute('projected')).toBe(true);
      // Whether the card took the key: the deck stayed on its slide.
      const key = (name: string): boolean => {
        const before = reveal.getCurrentSlide();
        const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
        Object.defineProperty(event, 'keyCode', { value: KEY_CODES[name] });
        document.dispatchEvent(event);
        return event.defaultPrevented && reveal.getCurrentSlide() === before;
      };
      const pages: string[] = [];
      const numbers: (string | null)[] = [];
      for (let page = 1; page <= 4; page++) {
        expect(el.shadowRoot!.querySelector('a')).toBeNull();
        expect(el.shadowRoot!.querySelectorAll('li').length).toBeLessThanOrEqual(3);
        expect(getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ')).toHaveLength(3);
        numbers.push(...[...el.shadowRoot!.querySelectorAll('.number')].map((n) => n.textContent));
        pages.push(shadowText(el));
        // → turns the card's page and keeps the deck where it is, until the last page (pressed below).
        if (page < 4) expect(key('ArrowRight'), `→ on page ${page}`).toBe(true);
        await el.updateComplete;
      }
      expect(numbers).toEqual(['116 000', '102', '103', '108', '112', '101']);
      expect(pages[0]).toContain('Services 1–3 of 11 · → shows the others');
      expect(pages[3]).toContain('Services 10–11 of 11');
      // Read from the back of the room: names, numbers, hours; what each service does is on phones and paper.
      const text = pages.join(' ');
      expect(text).toContain('cybersquad.be');
      expect(text).not.toContain('Free helpline: sextortion');
      expect(text).toContain('Answers in Dutch.');
      expect(text).toContain('Answers in German.');
      expect(text).toContain('Every day from 10 am to midnight: not at night.');
      // The emergency numbers, with what they are for, last.
      expect(pages[3]).toContain('If someone’s life is in danger.');
      expect(parseFloat(getComputedStyle(el).fontSize)).toBe(24);
      await expectAccessible();
      // ← goes back a page; on the last page → is the deck's; leaving the slide starts the card again from its
      // first page, and the next slide's keys are the deck's.
      expect(key('ArrowLeft')).toBe(true);
      await el.updateComplete;
      expect(shadowText(el)).toContain('Services 7–9 of 11');
      expect(key('ArrowRight')).toBe(true);
      expect(key('ArrowRight')).toBe(false);
      expect(slide.classList.contains('present')).toBe(false);
      expect(key('ArrowRight')).toBe(false);
      await el.updateComplete;
      expect(shadowText(el)).toContain('Services 1–3 of 11');
    } finally {
      reveal.destroy();
    }
  });

  it('knows it is on a slide from inside another element (a role-play), and keeps one column when narrow', async () => {
    const slide = document.createElement('div');
    slide.className = 'reveal';
    const rolePlay = slide.appendChild(document.createElement('div'));
    document.body.replaceChildren(slide);
    const phone = document.createElement('div');
    // As in a role-play's chat: a narrow phone, and the card at the chat's own type size (not a slide's).
    phone.style.width = '360px';
    phone.style.fontSize = '16px';
    phone.append(Object.assign(document.createElement('pb-help-card'), { style: 'font-size: 0.8em' }));
    rolePlay.attachShadow({ mode: 'open' }).append(phone);
    const el = phone.querySelector('pb-help-card')!;
    await el.updateComplete;
    expect(el.projected).toBe(true);
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    expect(getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ')).toHaveLength(1);
  });
});

describe('the build’s check of <pb-help-card>', () => {
  it('accepts a country the data file knows, or none (the session’s), and words what is wrong', () => {
    const check = (attributes: Record<string, string>, text = '') => checkHelpCard({ attributes, text });
    expect(check({ country: 'BE' })).toEqual([]);
    expect(check({ country: 'UK' })).toEqual([]);
    expect(check({})).toEqual([]);
    expect(check({ country: 'XX' })).toEqual([
      '<pb-help-card>: country: the kit has no help services for "XX" (known: BE, FR, LU, CH, NL, DE, AT, GB, IE, US, CA, AU)',
    ]);
    expect(check({ country: 'BE' }, 'Call 116 000')).toEqual([
      '<pb-help-card>: the card writes its own text: leave nothing between the tags',
    ]);
  });
});
