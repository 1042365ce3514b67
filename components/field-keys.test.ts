// Keys typed in an activity's fields, in a real reveal.js deck: they change the field, never the slide.
import Reveal from 'reveal.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../i18n/i18n';
import { provideActivityHost } from './activity-host-provider';
import { buttonNamed, fakeLiveHost } from './fake-live-host';
import './pb-agree-scale/pb-agree-scale';
import './pb-myth-or-fact/pb-myth-or-fact';
import './pb-poll/pb-poll';
import './pb-question-box/pb-question-box';
import './pb-red-flag-hunt/pb-red-flag-hunt';
import './pb-word-cloud/pb-word-cloud';

let reveal: InstanceType<typeof Reveal> | undefined;

/** A deck of two slides with `markup` on the first, as the presenter runs it; resolves with the activity. */
async function onSlide(markup: string, provide?: (deck: HTMLElement) => void): Promise<HTMLElement> {
  const deck = document.createElement('div');
  deck.className = 'reveal';
  provide?.(deck);
  deck.innerHTML = `<div class="slides"><section>${markup}</section><section>Next</section></div>`;
  document.body.replaceChildren(deck);
  // The test's frame is narrow: without scrollActivationWidth, reveal would turn into its scroll view.
  reveal = new Reveal(deck, { embedded: true, hash: false, transition: 'none', scrollActivationWidth: 0 });
  await reveal.initialize();
  const activity = deck.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('section > *')!;
  await activity.updateComplete;
  return activity;
}

const slideIndex = (): number => reveal!.getIndices().h;

beforeEach(async () => {
  await setLanguage('en');
});

afterEach(() => {
  reveal?.destroy();
  reveal = undefined;
});

/** A show of hands' count, in each activity that has one: the markup, and which of its fields to type in. */
const COUNTS = [
  [
    'pb-poll',
    '<pb-poll id="p" kind="single" question="First?"><pb-option id="a">A</pb-option><pb-option id="b">B</pb-option></pb-poll>',
  ],
  ['pb-agree-scale', '<pb-agree-scale id="s" statement="Paying stops it."></pb-agree-scale>'],
  ['pb-myth-or-fact', '<pb-myth-or-fact id="m" statement="Paying stops it." answer="myth">No.</pb-myth-or-fact>'],
  [
    'pb-red-flag-hunt',
    '<pb-red-flag-hunt id="h" phone="Sam"><pb-message id="hi" from="Lina">Hi</pb-message></pb-red-flag-hunt>',
  ],
] as const;

describe('keys typed in an activity on a slide', () => {
  it.each(COUNTS)(
    '%s: arrows, Space and Page Down in a count of hands change the count, not the slide',
    async (_, markup) => {
      const activity = await onSlide(markup);
      const count = activity.shadowRoot!.querySelector<HTMLInputElement>('input[type="number"]')!;
      count.focus();
      await userEvent.keyboard('4{ArrowUp}{ArrowUp}{ArrowDown}');
      expect(count.value).toBe('5');
      await userEvent.keyboard('{ArrowRight}{ArrowLeft}[Space]{PageDown}{ArrowUp}');
      expect(count.value).toBe('6');
      expect(slideIndex()).toBe(0);

      // The same key outside the field is the deck's: this test would see a slide change.
      count.blur();
      await userEvent.keyboard('{ArrowRight}');
      expect(slideIndex()).toBe(1);
    },
  );

  it('pb-word-cloud: a word with a space and arrows stays in its text field', async () => {
    const cloud = await onSlide('<pb-word-cloud id="w" question="One word?"></pb-word-cloud>');
    const word = cloud.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    word.focus();
    await userEvent.keyboard('so{ArrowLeft}{ArrowRight}[Space]sad{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowUp}');
    expect(word.value).toBe('so sad');
    expect(slideIndex()).toBe(0);
  });

  it('pb-question-box: a question with spaces and arrows stays in its text area', async () => {
    const box = await onSlide('<pb-question-box id="q"></pb-question-box>');
    const question = box.shadowRoot!.querySelector('textarea')!;
    question.focus();
    await userEvent.keyboard('what if{ArrowLeft}{ArrowRight}[Space]they{ArrowDown}{PageDown}');
    expect(question.value).toBe('what if they');
    expect(slideIndex()).toBe(0);
  });
});

describe("an activity's host", () => {
  it("is the page's, provided to the slides through the context: a poll there runs live", async () => {
    const host = fakeLiveHost();
    const poll = await onSlide(COUNTS[0][1], (deck) => provideActivityHost(deck, host));
    expect(poll.shadowRoot!.querySelector('input')).toBeNull();
    buttonNamed(poll, 'Open the poll')!.click();
    expect(host.openPoll).toHaveBeenCalledOnce();
    expect(host.openPoll.mock.calls[0]![0]).toMatchObject({ id: 'p', kind: 'single' });
  });

  it('is the show of hands when the page provides none', async () => {
    const poll = await onSlide(COUNTS[0][1]);
    expect(poll.shadowRoot!.querySelectorAll('input[type="number"]')).toHaveLength(2);
    expect(buttonNamed(poll, 'Open the poll')).toBeUndefined();
  });
});
