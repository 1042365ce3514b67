import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-timer';
import type { PbTimer } from './pb-timer';

async function timer(minutes = 3): Promise<PbTimer> {
  const element = document.createElement('pb-timer');
  element.minutes = minutes;
  return mount(element);
}

const button = (el: PbTimer, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

beforeEach(async () => {
  await setLanguage('en');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('<pb-timer>', () => {
  it('shows the full time and waits for the facilitator to start it', async () => {
    const el = await timer(3);
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).toBe('3:00');
    expect(button(el, 'Start')).toBeDefined();
    expect(button(el, 'Reset')).toBeUndefined();
    await expectAccessible();
  });

  it('counts down once started from the keyboard, pauses and resumes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const el = await timer(1);
    button(el, 'Start')!.focus();
    await userEvent.keyboard('{Enter}');
    vi.advanceTimersByTime(10_000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).toBe('0:50');

    button(el, 'Pause')!.click();
    vi.advanceTimersByTime(20_000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).toBe('0:50');
    expect(button(el, 'Resume')).toBeDefined();
  });

  it('says when the time is up, and tells the page', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const el = await timer(0.5);
    const done = vi.fn();
    document.addEventListener('pb-timer-done', done);
    button(el, 'Start')!.click();
    vi.advanceTimersByTime(31_000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).toBe('0:00');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Time is up');
    expect(done).toHaveBeenCalledOnce();
    document.removeEventListener('pb-timer-done', done);

    button(el, 'Reset')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.textContent).toBe('0:30');
    await expectAccessible();
  });

  it('switches language while open, without a reload', async () => {
    const el = await timer();
    expect(shadowText(el)).toContain('Start');
    await setLanguage('nl');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Starten');
    await setLanguage('fr');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Démarrer');
    expect(el.shadowRoot!.querySelector('[role="timer"]')!.getAttribute('aria-label')).toBe('Minuteur de discussion');
  });
});
