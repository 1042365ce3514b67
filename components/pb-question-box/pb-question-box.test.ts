import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands, type ActivityHost } from '../activity-host';
import { fakeLiveHost } from '../fake-live-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-question-box';
import type { PbQuestionBox } from './pb-question-box';

async function box(host: ActivityHost = showOfHands): Promise<PbQuestionBox> {
  const template = document.createElement('template');
  template.innerHTML = '<pb-question-box id="questions"></pb-question-box>';
  const element = template.content.firstElementChild as PbQuestionBox;
  element.activityHost = host;
  return mount(element);
}

const button = (el: PbQuestionBox, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const onScreen = (el: PbQuestionBox) => el.shadowRoot!.querySelector('[part="question"]')?.textContent;

beforeEach(async () => {
  await setLanguage('en');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('<pb-question-box> in a live session', () => {
  it('shows approved questions only, and only once the facilitator chooses to, one at a time', async () => {
    const host = fakeLiveHost();
    const el = await box(host);
    expect(shadowText(el)).toContain('Send your questions from your phone, anonymously.');
    expect(shadowText(el)).toContain('No question approved yet.');
    expect(button(el, 'Show the questions')).toBeUndefined();
    await expectAccessible();

    host.setQuestions([
      { text: 'What if they already have a photo?', count: 2 },
      { text: 'Is it illegal for them?', count: 1 },
    ]);
    await el.updateComplete;
    expect(shadowText(el)).toContain('2 questions approved');
    // Approved, but not on the projector until the facilitator shows them.
    expect(shadowText(el)).not.toContain('already have a photo');

    button(el, 'Show the questions')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(onScreen(el)).toBe('What if they already have a photo?');
    expect(shadowText(el)).toContain('Question 1 of 2');
    expect(button(el, 'Previous question')!.disabled).toBe(true);
    button(el, 'Next question')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(onScreen(el)).toBe('Is it illegal for them?');
    expect(shadowText(el)).toContain('Question 2 of 2');
    expect(button(el, 'Remove this question')).toBeUndefined();
    await expectAccessible();

    // The facilitator withdraws an approval in the console: it leaves the slide at once.
    host.setQuestions([{ text: 'What if they already have a photo?', count: 2 }]);
    await el.updateComplete;
    expect(onScreen(el)).toBe('What if they already have a photo?');
    expect(shadowText(el)).toContain('Question 1 of 1');
    button(el, 'Hide the questions')!.click();
    await el.updateComplete;
    expect(onScreen(el)).toBeUndefined();
  });

  it('shows the most "me too"s first with their count, by the count the group may see only', async () => {
    const host = fakeLiveHost();
    const el = await box(host);
    // As the server sends them: in the order they came; a count under the minimum is null.
    host.setQuestions([
      { text: 'Can they find my school?', count: 1, meToo: null },
      { text: 'Is it illegal to pay?', count: 1, meToo: 7 },
      { text: 'Who do I tell?', count: 1, meToo: null },
    ]);
    await el.updateComplete;
    button(el, 'Show the questions')!.click();
    await el.updateComplete;
    expect(onScreen(el)).toBe('Is it illegal to pay?');
    expect(shadowText(el)).toContain('7 said “me too”');
    await expectAccessible();
    button(el, 'Next question')!.click();
    await el.updateComplete;
    // Under the minimum: no count, and the order they came in.
    expect(onScreen(el)).toBe('Can they find my school?');
    expect(shadowText(el)).not.toContain('said “me too”');
  });

  it('shows a question with markup as text: it never runs', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const onerror = vi.fn();
    window.addEventListener('error', onerror);
    const host = fakeLiveHost();
    const el = await box(host);
    const hostile = '<img src=x onerror=alert(1)>';
    host.setQuestions([{ text: hostile, count: 1 }]);
    await el.updateComplete;
    button(el, 'Show the questions')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onScreen(el)).toBe(hostile);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
    expect(onerror).not.toHaveBeenCalled();
    window.removeEventListener('error', onerror);
  });

  it('counts no question from a host that carries none', async () => {
    const host = fakeLiveHost() as Partial<ReturnType<typeof fakeLiveHost>>;
    delete host.questions;
    const el = await box(host as ActivityHost);
    expect(shadowText(el)).toContain('No question approved yet.');
  });
});

describe('<pb-question-box> without a session', () => {
  it('takes the questions from the paper slips as the facilitator types them, from the keyboard alone', async () => {
    const el = await box();
    const slideKeys = vi.fn();
    document.addEventListener('keydown', slideKeys);
    expect(shadowText(el)).toContain('Hand out paper slips');
    const field = el.shadowRoot!.querySelector('textarea')!;
    expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!.textContent).toBe('A question from the box');
    await userEvent.type(field, 'Can the police delete a photo?{Enter}');
    await userEvent.type(field, 'Who do I{Shift>}{Enter}{/Shift}tell first?{Enter}');
    await el.updateComplete;
    expect(slideKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', slideKeys);
    expect(field.value).toBe('');
    expect(shadowText(el)).toContain('2 questions ready');
    await expectAccessible();

    button(el, 'Show the questions')!.click();
    await el.updateComplete;
    expect(onScreen(el)).toBe('Can the police delete a photo?');
    button(el, 'Next question')!.click();
    await el.updateComplete;
    expect(onScreen(el)).toBe('Who do I\ntell first?');
    button(el, 'Remove this question')!.click();
    await el.updateComplete;
    expect(onScreen(el)).toBe('Can the police delete a photo?');
    expect(shadowText(el)).toContain('1 question ready');
    button(el, 'Remove this question')!.click();
    await el.updateComplete;
    expect(onScreen(el)).toBeUndefined();
    expect(el.shadowRoot!.activeElement).toBe(field);
    await expectAccessible();
  });

  it('follows a change of language', async () => {
    const el = await box();
    await setLanguage('fr');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Boîte à questions anonyme');
    await setLanguage('de');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).toBe('Frage hinzufügen');
    expect(shadowText(el)).not.toMatch(/activities:/);
  });
});
