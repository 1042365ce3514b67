import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-class-session';
import type { PbClassSession } from './pb-class-session';

async function notice(session?: PbClassSession['session']): Promise<PbClassSession> {
  const element = document.createElement('pb-class-session');
  element.session = session;
  return mount(element);
}

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-class-session>', () => {
  it('names the class session running on this laptop, and that Present continues it', async () => {
    const el = await notice({ joinCode: 'ABC234', deckTitle: 'How we work together' });
    const text = shadowText(el);
    expect(text).toContain('code ABC234, last on “How we work together”');
    expect(text).toContain('the same code, the same phones, the same console');
    await expectAccessible();
  });

  it('offers a fresh start for another class, from the keyboard, and says what happens next', async () => {
    const el = await notice({ joinCode: 'ABC234' });
    const fresh = vi.fn();
    el.addEventListener('pb-new-class-session', fresh);
    el.shadowRoot!.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(fresh).toHaveBeenCalledOnce();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe(
      'Done: the next join slide offers to start a new class session.',
    );
    await expectAccessible();
  });

  it('says nothing when no session runs', async () => {
    const el = await notice();
    expect(shadowText(el).trim()).toBe('');
  });

  it('speaks French to a French home', async () => {
    await setLanguage('fr');
    const el = await notice({ joinCode: 'ABC234', deckTitle: 'Comment on travaille ensemble' });
    expect(shadowText(el)).toContain('Présenter la poursuit');
  });
});
