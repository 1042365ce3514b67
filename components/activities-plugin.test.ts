// The activity registry's elements in a real reveal.js deck with the activities plugin, as the presenter runs them.
import type { RevealApi } from 'reveal.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../i18n/i18n';
import type { PollDefinitionInput } from '../protocol/poll';
import { ACTIVITIES, loadActivities, type ActivityEntry } from './activity-registry';
import { presentDeck } from './test-deck';

let reveal: RevealApi | undefined;

/** A deck of these slides with the plugin; resolves with what it reported for each slide shown, in order. */
async function deck(...slides: string[]): Promise<{ root: HTMLElement; shown: string[][] }> {
  const root = document.createElement('div');
  root.className = 'reveal';
  root.innerHTML = `<div class="slides">${slides.map((s) => `<section>${s}</section>`).join('')}</div>`;
  document.body.replaceChildren(root);
  await loadActivities(root);
  const shown: string[][] = [];
  const onSlide = ({ polls }: { polls: readonly PollDefinitionInput[] }): void => {
    shown.push(polls.map((poll) => poll.id));
  };
  reveal = await presentDeck(root, { onSlide });
  return { root, shown };
}

beforeEach(async () => {
  await setLanguage('en');
});

afterEach(() => {
  reveal?.destroy();
  reveal = undefined;
});

describe('the activity registry in the browser', () => {
  it.each((ACTIVITIES as readonly ActivityEntry[]).map((entry) => [entry.tag, entry] as const))(
    '%s: its loader defines the element, which lists class polls exactly when its entry says it runs some',
    async (tag, entry) => {
      await entry.load();
      const element = customElements.get(tag);
      expect(element).toBeDefined();
      expect(typeof element!.prototype.polls === 'function').toBe(Boolean(entry.polls));
    },
    // The first load of a role-play transforms the ink runtime and its story modules on a cold dev server.
    60_000,
  );
});

describe('the activities plugin', () => {
  it('reports the class polls of the slide on screen, in slide order, and none on a slide without', async () => {
    const { shown } = await deck(
      '<pb-myth-or-fact id="myth" statement="Paying stops it." answer="myth">No.</pb-myth-or-fact>' +
        '<pb-poll id="first" kind="single" question="First?"><pb-option id="a">A</pb-option><pb-option id="b">B</pb-option></pb-poll>',
      '<pb-timer minutes="3"></pb-timer>',
      '<pb-agree-scale id="agree" statement="It is easy to spot a fake."></pb-agree-scale>',
    );
    expect(shown).toEqual([['myth', 'first']]);
    reveal!.next();
    reveal!.next();
    reveal!.prev();
    expect(shown).toEqual([['myth', 'first'], [], ['agree'], []]);
  });

  it('activates the activities of the slide that comes and deactivates those of the slide that leaves', async () => {
    const { root } = await deck('<pb-help-card country="BE"></pb-help-card>', 'Next');
    const card = root.querySelector('pb-help-card')!;
    const deactivate = vi.spyOn(card, 'deactivate');
    reveal!.next();
    expect(deactivate).toHaveBeenCalledTimes(1);
    reveal!.prev();
    expect(deactivate).toHaveBeenCalledTimes(1);
  });

  it('leaves keys typed in a field of any element’s shadow root to the field: the slide stays', async () => {
    const { root } = await deck('<div class="form"></div>', 'Next');
    const field = root
      .querySelector('.form')!
      .attachShadow({ mode: 'open' })
      .appendChild(Object.assign(document.createElement('input'), { value: 'ab' }));
    field.focus();
    await userEvent.keyboard('{ArrowLeft}[Space]{ArrowRight}s');
    expect(reveal!.getIndices().h).toBe(0);
    expect(field.value).toBe('a bs');
    field.blur();
    await userEvent.keyboard('{ArrowRight}');
    expect(reveal!.getIndices().h).toBe(1);
  });
});
