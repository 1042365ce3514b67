import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TextCount } from '../../protocol/moderation';
import type { PollView } from '../../protocol/views';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands, type ActivityHost } from '../activity-host';
import { fakeLiveHost } from '../fake-live-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { layoutCloud } from './cloud-layout';
import './pb-word-cloud';
import type { PbWordCloud } from './pb-word-cloud';
import { checkWordCloud } from './word-cloud-definition';

const MARKUP = `<pb-word-cloud id="feelings" question="In one word: how might Sam feel?" max-entries="2"></pb-word-cloud>`;

/** The element as a deck author writes it, at a slide's width and type size. */
async function cloud(host: ActivityHost = showOfHands): Promise<PbWordCloud> {
  const template = document.createElement('template');
  template.innerHTML = MARKUP;
  const element = template.content.firstElementChild as PbWordCloud;
  element.activityHost = host;
  element.style.cssText = 'width: 1100px; font-size: 32px';
  return mount(element);
}

const revealed = (words: TextCount[]): PollView => ({
  pollId: 'feelings',
  kind: 'wordcloud',
  status: 'closed',
  revealed: true,
  answerCount: 12,
  minResponses: 5,
  results: { state: 'shown', tally: { kind: 'wordcloud', words } },
});

const pictureWords = (el: PbWordCloud) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="picture"] .word')].filter(
    (w) => getComputedStyle(w).visibility === 'visible',
  );

/** Every drawn word inside the picture, and no two drawn words overlapping (half a pixel of rounding allowed). */
function expectNoOverlaps(el: PbWordCloud): void {
  const frame = el.shadowRoot!.querySelector('[part="picture"]')!.getBoundingClientRect();
  const boxes = pictureWords(el).map((w) => ({ text: w.textContent, box: w.getBoundingClientRect() }));
  expect(boxes.length).toBeGreaterThan(0);
  for (const { text, box } of boxes) {
    expect(box.left, `${text} left`).toBeGreaterThanOrEqual(frame.left - 0.5);
    expect(box.top, `${text} top`).toBeGreaterThanOrEqual(frame.top - 0.5);
    expect(box.right, `${text} right`).toBeLessThanOrEqual(frame.right + 0.5);
    expect(box.bottom, `${text} bottom`).toBeLessThanOrEqual(frame.bottom + 0.5);
  }
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.box.right <= b.box.left + 0.5 ||
        b.box.right <= a.box.left + 0.5 ||
        a.box.bottom <= b.box.top + 0.5 ||
        b.box.bottom <= a.box.top + 0.5;
      expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
    }
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

beforeEach(async () => {
  await setLanguage('en');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('<pb-word-cloud> in a live session', () => {
  it('runs a wordcloud poll for the phones and the console, and shows no word before the reveal', async () => {
    const host = fakeLiveHost();
    const el = await cloud(host);
    expect(el.definition).toEqual({
      id: 'feelings',
      kind: 'wordcloud',
      question: 'In one word: how might Sam feel?',
      maxEntries: 2,
    });
    expect(el.polls()).toEqual([el.definition]);
    expect(shadowText(el)).toContain('Answer on your phone with up to 2 words.');
    const open = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Open the poll'))!;
    open.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.openPoll).toHaveBeenCalledWith(el.definition);
    // A view that carries words but was not revealed: nothing of it reaches the slide.
    host.setView({ ...revealed([{ text: 'scared', count: 3 }]), revealed: false, status: 'open' });
    await el.updateComplete;
    expect(shadowText(el)).not.toContain('scared');
    expect(el.shadowRoot!.querySelector('[part="picture"]')).toBeNull();
    await expectAccessible();
  });

  it('draws only the words of the revealed tally (approved ones), larger the more they came, without overlaps', async () => {
    const host = fakeLiveHost();
    const el = await cloud(host);
    host.setView(
      revealed([
        { text: 'alone', count: 2 },
        { text: 'scared', count: 9 },
        { text: 'ashamed', count: 4 },
        { text: 'trapped', count: 1 },
        { text: 'angry', count: 3 },
      ]),
    );
    await el.updateComplete;
    await settle();
    const drawn = pictureWords(el);
    expect(drawn.map((w) => w.textContent)).toEqual(['scared', 'ashamed', 'angry', 'alone', 'trapped']);
    const size = (text: string) => parseFloat(getComputedStyle(drawn.find((w) => w.textContent === text)!).fontSize);
    expect(size('scared')).toBeGreaterThan(size('ashamed'));
    expect(size('ashamed')).toBeGreaterThan(size('trapped'));
    expectNoOverlaps(el);
    // The picture is hidden from screen readers, which read the same words as a list, most frequent first.
    expect(el.shadowRoot!.querySelector('[part="picture"]')!.getAttribute('aria-hidden')).toBe('true');
    const list = [...el.shadowRoot!.querySelectorAll('.visually-hidden li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(list).toEqual([
      'scared (9 answers)',
      'ashamed (4 answers)',
      'angry (3 answers)',
      'alone (2 answers)',
      'trapped (1 answer)',
    ]);
    await expectAccessible();
  });

  it('keeps sixty words of every length apart, shrinking them to fit, and places them again on a resize', async () => {
    const host = fakeLiveHost();
    const el = await cloud(host);
    const words = Array.from({ length: 60 }, (_, i) => ({
      text: `${'word'.repeat(1 + (i % 4))}${i}`,
      count: 1 + ((i * 7) % 11),
    }));
    host.setView(revealed(words));
    await el.updateComplete;
    await settle();
    // A third or more on the first page (letters never touching), the rest on the next pages (tested below).
    expect(pictureWords(el).length).toBeGreaterThanOrEqual(20);
    expectNoOverlaps(el);
    el.style.width = '700px';
    await settle();
    await settle();
    expectNoOverlaps(el);
  });

  it('says how many words did not fit, and pages through them from the keyboard until every word was shown', async () => {
    const host = fakeLiveHost();
    const el = await cloud(host);
    // Ninety long words, as thirty phones send them: more than one picture holds.
    const words = Array.from({ length: 90 }, (_, i) => ({ text: `talk to someone ${i}`, count: 1 + (i % 3) }));
    host.setView(revealed(words));
    await el.updateComplete;
    await settle();
    await el.updateComplete;
    const seen = new Set<string>();
    const more = () => el.shadowRoot!.querySelector('.more')!.textContent!.trim();
    const onPicture = () => pictureWords(el).map((w) => w.textContent!);
    const firstPage = onPicture();
    for (const word of firstPage) seen.add(word);
    expect(more()).toBe(`+${90 - seen.size} more words`);
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('button.next-words')!;
    expect(next.textContent!.trim()).toBe('Next words');
    await expectAccessible();
    next.focus();
    for (let page = 2; page < 20 && seen.size < 90; page++) {
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      await settle();
      await el.updateComplete;
      const shown = onPicture();
      expect(shown.length, `page ${page} shows words`).toBeGreaterThan(0);
      for (const word of shown) {
        expect(seen.has(word), `"${word}" shown on an earlier page`).toBe(false);
        seen.add(word);
      }
      expectNoOverlaps(el);
      // The keyboard stays on the page buttons: "Next words", or "Previous words" on the last page.
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).toMatch(/^(Next|Previous) words$/);
    }
    expect(seen.size).toBe(90);
    expect(more()).toBe('The last words');
    expect(el.shadowRoot!.querySelector('button.next-words')).toBeNull();
    // Back to the first page.
    while (el.shadowRoot!.querySelector('button.previous-words')) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.previous-words')!.click();
      await el.updateComplete;
      await settle();
    }
    expect(onPicture().sort()).toEqual([...firstPage].sort());
    await expectAccessible();
  });

  it('shows an approved word with markup as text: it never runs', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const onerror = vi.fn();
    window.addEventListener('error', onerror);
    const host = fakeLiveHost();
    const el = await cloud(host);
    const hostile = '<img src=x onerror=alert(1)>';
    host.setView(revealed([{ text: hostile, count: 2 }]));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(pictureWords(el).map((w) => w.textContent)).toEqual([hostile]);
    expect(el.shadowRoot!.querySelector('.visually-hidden li')!.textContent).toContain(hostile);
    expect(alert).not.toHaveBeenCalled();
    expect(onerror).not.toHaveBeenCalled();
    window.removeEventListener('error', onerror);
  });

  it('says so when the results are shown and no word was approved yet', async () => {
    const host = fakeLiveHost();
    const el = await cloud(host);
    host.setView(revealed([]));
    await el.updateComplete;
    expect(shadowText(el)).toContain('No answer approved yet.');
    expect(el.shadowRoot!.querySelector('[part="picture"]')).toBeNull();
  });
});

describe('<pb-word-cloud> by show of hands', () => {
  it('takes the words the group says from the keyboard, counts a word said again, and lists them as text', async () => {
    const el = await cloud();
    const slideKeys = vi.fn();
    document.addEventListener('keydown', slideKeys);
    expect(shadowText(el)).toContain('No words yet.');
    const input = el.shadowRoot!.querySelector('input')!;
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('A word the group says');
    expect(input.maxLength).toBe(25);
    await userEvent.type(input, 'scared{Enter}');
    await userEvent.type(input, '  Alone {Enter}');
    await userEvent.type(input, 'SCARED{Enter}');
    await userEvent.type(input, '   {Enter}');
    await el.updateComplete;
    await settle();
    expect(slideKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', slideKeys);
    const chips = [...el.shadowRoot!.querySelectorAll('.chips li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(chips).toEqual(['scared 2 times ×', 'Alone once ×']);
    expect(el.shadowRoot!.querySelector('.chips')!.getAttribute('aria-label')).toBe(
      'The words, the most frequent first',
    );
    expect(pictureWords(el).map((w) => w.textContent)).toEqual(['scared', 'Alone']);
    expectNoOverlaps(el);
    await expectAccessible();

    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove “Alone”"]')!;
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(pictureWords(el).map((w) => w.textContent)).toEqual(['scared']);
    expect(el.shadowRoot!.activeElement).toBe(input);
  });

  it('follows a change of language', async () => {
    const el = await cloud();
    await setLanguage('de');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Wortwolke');
    expect(shadowText(el)).toContain('Noch keine Wörter.');
    await setLanguage('nl');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button.primary')!.textContent!.trim()).toBe('Toevoegen');
    expect(shadowText(el)).not.toMatch(/activities:|poll:/);
  });
});

describe('the word cloud’s layout and build check', () => {
  it('places boxes inside the area without overlaps, the first at the centre, and shrinks them when crowded', () => {
    const boxes = Array.from({ length: 40 }, (_, i) => ({ width: 60 + (i % 5) * 30, height: 20 + (i % 3) * 10 }));
    const area = { width: 800, height: 240 };
    const { placements, scale } = layoutCloud(boxes, area);
    expect(placements.every(Boolean)).toBe(true);
    expect(scale).toBeLessThanOrEqual(1);
    const first = placements[0]!;
    expect(first.x + first.width / 2).toBeCloseTo(400, 0);
    expect(first.y + first.height / 2).toBeCloseTo(120, 0);
    for (const [i, a] of placements.entries())
      for (const b of placements.slice(i + 1))
        expect(
          a!.x + a!.width <= b!.x || b!.x + b!.width <= a!.x || a!.y + a!.height <= b!.y || b!.y + b!.height <= a!.y,
        ).toBe(true);
    const crowded = layoutCloud(
      Array.from({ length: 30 }, () => ({ width: 200, height: 80 })),
      area,
    );
    expect(crowded.scale).toBeLessThan(1);
    expect(layoutCloud([{ width: 900, height: 20 }], area, { minScale: 0.95 }).placements).toEqual([undefined]);
  });

  it('words what is wrong for the author', () => {
    const check = (attributes: Record<string, string>, text = '') => checkWordCloud({ attributes, text });
    expect(check({ id: 'w', question: 'One word?' })).toEqual([]);
    expect(check({ id: 'w', question: 'One word?', 'max-entries': '5' })).toEqual([
      '<pb-word-cloud id="w">: max-entries: Invalid value: Expected <=3 but received 5',
    ]);
    expect(check({ id: 'w', question: '' })[0]).toContain('question: must not be empty');
    expect(check({ id: 'w', question: 'One word?' }, 'Feelings')[0]).toContain('not between the tags');
  });
});
