import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-help-card';
import type { PbHelpCard } from './pb-help-card';

async function card(country = 'BE'): Promise<PbHelpCard> {
  const element = document.createElement('pb-help-card');
  element.country = country;
  return mount(element);
}

const names = (el: PbHelpCard) => [...el.shadowRoot!.querySelectorAll('li strong')].map((n) => n.textContent);

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-help-card>', () => {
  it('lists the country’s services with a number to tap, the four messages and the date they were checked', async () => {
    const el = await card();
    const text = shadowText(el);
    expect(text).toContain('it is never your fault');
    expect(text).toContain('Never pay · Take screenshots · Stop contact · Talk to an adult you trust');
    expect(text).toContain('Numbers checked on November 28, 2026.');
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
});
