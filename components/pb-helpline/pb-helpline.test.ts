import { beforeEach, describe, expect, it } from 'vitest';
import { HELP_COUNTRIES, firstLine } from '../../content/help-resources';
import { setLanguage } from '../../i18n/i18n';
import { provideActivityHost } from '../activity-host-provider';
import { checkCountryElement } from '../pb-help-card/help-card-check';
import { fakeLiveHost } from '../fake-live-host';
import { expectAccessible, shadowText } from '../test-helpers';
import './pb-helpline';
import type { PbHelpline } from './pb-helpline';

/** A slide's bullet as a deck's Markdown writes it, in a session of `country` (none: no host on the page). */
async function bullet(markup: string, host?: ReturnType<typeof fakeLiveHost>): Promise<PbHelpline[]> {
  const slide = document.createElement('section');
  if (host) provideActivityHost(slide, host);
  slide.innerHTML = `<ul><li>${markup}</li></ul>`;
  document.body.replaceChildren(slide);
  const elements = [...slide.querySelectorAll('pb-helpline')];
  for (const element of elements) await element.updateComplete;
  return elements;
}

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-helpline>', () => {
  it('names Child Focus without a session, and nothing else (no number)', async () => {
    const [line] = await bullet('Start with one adult, or with <pb-helpline></pb-helpline>');
    expect(shadowText(line!)).toBe('Child Focus');
    await expectAccessible();
  });

  it('names the first line of the session’s country, or of the country it fixes', async () => {
    const [session, fixed] = await bullet(
      'Call <pb-helpline></pb-helpline>, or in Luxembourg <pb-helpline country="LU"></pb-helpline>',
      fakeLiveHost({ country: 'FR' }),
    );
    expect(shadowText(session!)).toBe('3018 (e-Enfance)');
    expect(shadowText(fixed!)).toBe('BEE SECURE Helpline');
    expect(shadowText(session!)).not.toMatch(/116|Child Focus/);
  });

  it('follows the session when its country changes, and every country has a line to name', async () => {
    const host = fakeLiveHost({ country: 'BE' });
    const [line] = await bullet('<pb-helpline></pb-helpline>', host);
    expect(shadowText(line!)).toBe('Child Focus');
    for (const country of HELP_COUNTRIES) {
      (host as { country: string }).country = country;
      host.setQuestions([]);
      await line!.updateComplete;
      expect(shadowText(line!), country).toBe(firstLine(country)!.name);
      expect(shadowText(line!).trim(), country).not.toBe('');
    }
  });

  it('is checked by the build: a known country, and no text of its own', () => {
    const check = checkCountryElement('pb-helpline', 'it');
    expect(check({ attributes: {}, text: '' })).toEqual([]);
    expect(check({ attributes: { country: 'XX' }, text: 'Child Focus' })).toEqual([
      expect.stringMatching(/^<pb-helpline>: country: the kit has no help services for "XX"/),
      '<pb-helpline>: it writes its own text: leave nothing between the tags',
    ]);
  });
});
