import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Answer } from '../../protocol/answer';
import type { PublicPoll } from '../../protocol/poll';
import { setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount } from '../test-helpers';
import './pb-poll-form';

const options = [
  { id: 'pay', label: 'Pay' },
  { id: 'screenshots', label: 'Take screenshots' },
  { id: 'block', label: 'Block the account' },
];
const common = { question: 'What should Sam do?', minResponses: 5 };

async function form(poll: PublicPoll, answer?: Answer) {
  const element = document.createElement('pb-poll-form');
  element.poll = poll;
  element.answer = answer;
  const answers: Answer[] = [];
  element.addEventListener('pb-answer', (e) => answers.push(e.detail.answer));
  await mount(element);
  const root = element.shadowRoot!;
  const send = () => root.querySelector<HTMLButtonElement>('button.send')!;
  return { element, root, answers, send };
}

beforeEach(async () => {
  await setLanguage('en');
  await page.viewport(320, 640);
});

describe('<pb-poll-form>', () => {
  it('answers a single-choice poll from the keyboard, and sends only a complete answer', async () => {
    const { root, answers, send } = await form({ ...common, id: 'p', kind: 'single', options });
    expect(root.querySelector('legend')!.textContent).toBe('What should Sam do?');
    expect(send().disabled).toBe(true);
    root.querySelectorAll('input')[1]!.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Enter}');
    expect(answers).toEqual([{ kind: 'single', optionId: 'screenshots' }]);
    await expectAccessible();
  });

  it('keeps every target at least 44 px high and fits a 320 px wide phone', async () => {
    const { element, root } = await form({ ...common, id: 'p', kind: 'single', options });
    for (const target of root.querySelectorAll('label, button'))
      expect(target.getBoundingClientRect().height, target.textContent!).toBeGreaterThanOrEqual(44);
    expect(element.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('lets a student tick up to the allowed number of options', async () => {
    const { root, answers, send } = await form({ ...common, id: 'p', kind: 'multiple', options, maxChoices: 2 });
    expect(root.querySelector('.hint')!.textContent).toContain('Choose up to 2 answers.');
    const boxes = root.querySelectorAll('input');
    await userEvent.click(boxes[0]!);
    await userEvent.click(boxes[2]!);
    expect(boxes[1]!.disabled).toBe(true);
    await userEvent.click(send());
    expect(answers).toEqual([{ kind: 'multiple', optionIds: ['pay', 'block'] }]);
    await expectAccessible();
  });

  it('shows a scale with its end labels, read out on the end values', async () => {
    const { root, answers, send } = await form({
      ...common,
      id: 'p',
      kind: 'scale',
      min: 1,
      max: 5,
      minLabel: 'Not at all',
      maxLabel: 'Completely',
    });
    const radios = [...root.querySelectorAll('label.choice')];
    expect(radios.map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      '1 (Not at all)',
      '2',
      '3',
      '4',
      '5 (Completely)',
    ]);
    await userEvent.click(radios[3]!);
    await userEvent.click(send());
    expect(answers).toEqual([{ kind: 'scale', value: 4 }]);
    await expectAccessible();
  });

  it('takes up to three words of 25 characters, and open text of 280', async () => {
    const cloud = await form({ ...common, id: 'w', kind: 'wordcloud', maxEntries: 3 });
    const fields = cloud.root.querySelectorAll('input');
    expect(fields).toHaveLength(3);
    expect(fields[0]!.maxLength).toBe(25);
    await userEvent.type(fields[0]!, '  fear ');
    await userEvent.type(fields[2]!, 'shame');
    await userEvent.click(cloud.send());
    expect(cloud.answers).toEqual([{ kind: 'wordcloud', entries: ['fear', 'shame'] }]);
    await expectAccessible();

    const open = await form({ ...common, id: 'o', kind: 'open' });
    const text = open.root.querySelector('textarea')!;
    expect(text.maxLength).toBe(280);
    await userEvent.type(text, 'Tell an adult');
    expect(open.root.querySelector('#left')!.textContent).toBe('267 characters left');
    await userEvent.click(open.send());
    expect(open.answers).toEqual([{ kind: 'open', text: 'Tell an adult' }]);
    await expectAccessible();
  });

  it('orders a ranking with the keyboard alone, keeping the focus on the item that moves', async () => {
    const { root, answers, send } = await form({ ...common, id: 'r', kind: 'ranking', options });
    const order = () => [...root.querySelectorAll('ol li .item')].map((i) => i.textContent);
    expect(order()).toEqual(['Pay', 'Take screenshots', 'Block the account']);
    const down = root.querySelector<HTMLButtonElement>('button[aria-label="Move “Pay” down"]')!;
    expect(root.querySelector<HTMLButtonElement>('button[aria-label="Move “Pay” up"]')!.disabled).toBe(true);
    down.focus();
    await userEvent.keyboard('{Enter}');
    expect(order()).toEqual(['Take screenshots', 'Pay', 'Block the account']);
    expect(root.activeElement!.getAttribute('aria-label')).toBe('Move “Pay” down');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('“Pay”: place 2 of 3');
    await userEvent.keyboard('{Enter}');
    expect(order()).toEqual(['Take screenshots', 'Block the account', 'Pay']);
    // At the bottom "down" is disabled: the focus moves to "up" for the same item.
    expect(root.activeElement!.getAttribute('aria-label')).toBe('Move “Pay” up');
    await userEvent.click(send());
    expect(answers).toEqual([{ kind: 'ranking', order: ['screenshots', 'block', 'pay'] }]);
    await expectAccessible();
  });

  it('starts from the phone’s earlier answer, and says it sends a new one', async () => {
    const { root, send } = await form(
      { ...common, id: 'p', kind: 'quiz', options },
      { kind: 'quiz', optionId: 'block' },
    );
    expect(root.querySelectorAll('input')[2]!.checked).toBe(true);
    expect(send().textContent!.trim()).toBe('Send my new answer');
  });
});
