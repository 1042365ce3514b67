// "Me too" on the join page: the class's approved questions, one button each, a count only from the minimum.
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { fakeStudentSession } from './fake-student-session';
import './pb-join-app';

const questions = [
  { id: 'e2', text: 'Is it illegal to pay?', count: 2, meToo: 6 },
  { id: 'e1', text: 'Can they find my school?', count: 1, meToo: null },
];

beforeEach(async () => {
  await setLanguage('en');
  await page.viewport(320, 640);
});

describe('<pb-join-app> "me too"', () => {
  it('lists the approved questions, says "me too" once from the keyboard, and shows a count only from five', async () => {
    const session = fakeStudentSession({ phase: 'waiting', online: true, questions });
    const element = document.createElement('pb-join-app');
    element.session = session;
    await mount(element);
    const root = element.shadowRoot!;
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('ul.questions button')];
    expect(shadowText(element)).toContain('Questions from the class');
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false']);
    // The count shown is the group's: 6 for the first, none for the second (under the minimum).
    expect(shadowText(element)).toContain('6 said “me too”');
    expect(root.querySelectorAll('ul.questions li span')).toHaveLength(1);
    await expectAccessible();

    buttons()[1]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(session.meToo).toHaveBeenCalledWith('e1');
    await element.updateComplete;
    expect(buttons()[1]!.getAttribute('aria-pressed')).toBe('true');
    session.set({ meToo: { e1: 'received' } });
    await element.updateComplete;
    expect(buttons()[1]!.textContent!.trim()).toBe('You said “me too”');
    await expectAccessible();
  });

  it('shows no question list before any question is approved, nor once the session ended', async () => {
    const session = fakeStudentSession({ phase: 'waiting', online: true });
    const element = document.createElement('pb-join-app');
    element.session = session;
    await mount(element);
    expect(shadowText(element)).not.toContain('Questions from the class');
    session.set({ phase: 'ended', questions });
    await element.updateComplete;
    expect(shadowText(element)).not.toContain('Questions from the class');
  });
});
