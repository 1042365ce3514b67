import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { currentLanguage, preferredLanguage, setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount } from '../test-helpers';
import './pb-language-picker';

const picker = () => mount(document.createElement('pb-language-picker'));
const select = (el: HTMLElement) => el.shadowRoot!.querySelector('select')!;

beforeEach(async () => {
  localStorage.clear();
  await setLanguage('en');
});

describe('<pb-language-picker>', () => {
  it('names each language in itself, with a label', async () => {
    const el = await picker();
    expect([...select(el).options].map((o) => [o.value, o.textContent!.trim()])).toEqual([
      ['fr', 'Français'],
      ['nl', 'Nederlands'],
      ['en', 'English'],
      ['de', 'Deutsch'],
    ]);
    expect(select(el).value).toBe('en');
    expect(el.shadowRoot!.querySelector('label')!.textContent).toBe('Language');
    await expectAccessible();
  });

  it('switches the language from the keyboard, remembers it, and tells the page', async () => {
    const el = await picker();
    const changes: string[] = [];
    el.addEventListener('pb-language-change', (e) => changes.push(e.detail.language));
    await userEvent.selectOptions(select(el), 'nl');
    await expect.poll(() => currentLanguage()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(preferredLanguage()).toBe('nl');
    expect(changes).toEqual(['nl']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).toBe('Taal');
  });
});
