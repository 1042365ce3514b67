import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ModerationEntry } from '../../protocol/moderation';
import { setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-moderation-queue';
import type { PbModerationQueue } from './pb-moderation-queue';

const entries: ModerationEntry[] = [
  {
    id: 'e1',
    source: 'question',
    pollId: null,
    text: 'Is it my fault if I sent it?',
    count: 1,
    status: 'pending',
    flags: [],
  },
  {
    id: 'e2',
    source: 'open',
    pollId: 'tell',
    text: 'call me 0470 12 34 56 <img src=x onerror=alert(1)>',
    count: 2,
    status: 'pending',
    flags: [{ kind: 'phone', match: '0470 12 34 56' }],
  },
  { id: 'e3', source: 'wordcloud', pollId: 'words', text: 'shame', count: 4, status: 'approved', flags: [] },
];

async function queue(list = entries): Promise<PbModerationQueue> {
  const element = document.createElement('pb-moderation-queue');
  element.entries = list;
  return mount(element);
}

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-moderation-queue>', () => {
  it('lists what waits first, says why an entry was flagged, and shows every text as text', async () => {
    const el = await queue();
    const items = el.shadowRoot!.querySelector('ul')!.children;
    expect(items).toHaveLength(2);
    expect(items[1]!.classList.contains('flagged')).toBe(true);
    expect(items[1]!.textContent).toContain('Looks like a phone number: 0470 12 34 56');
    expect(items[1]!.textContent).toContain('Open answer · sent 2 times');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(shadowText(el)).toContain('1 text already checked');
    await expectAccessible();
  });

  it('approves and rejects from the keyboard, and lets an approval be withdrawn', async () => {
    const el = await queue();
    const decided = vi.fn();
    el.addEventListener('pb-moderate', (e) => decided(e.detail));
    const approve = el.shadowRoot!.querySelector<HTMLButtonElement>('li button.primary')!;
    expect(approve.getAttribute('aria-describedby')).toBe('entry-e1');
    approve.focus();
    await userEvent.keyboard('{Enter}');
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    buttons
      .find((b) => b.textContent!.trim() === 'Reject' && b.getAttribute('aria-describedby') === 'entry-e2')!
      .click();
    buttons.find((b) => b.textContent!.trim() === 'Withdraw')!.click();
    expect(decided.mock.calls.map(([d]) => d)).toEqual([
      { entryId: 'e1', decision: 'approve' },
      { entryId: 'e2', decision: 'reject' },
      { entryId: 'e3', decision: 'reject' },
    ]);
  });

  it('keeps each button with its own text when another console decides an entry above it', async () => {
    const el = await queue();
    const decided = vi.fn();
    el.addEventListener('pb-moderate', (e) => decided(e.detail));
    const approveOf = (id: string) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>(`button.primary[aria-describedby="entry-${id}"]`);
    const firstApprove = approveOf('e1')!;
    const secondApprove = approveOf('e2')!;
    // The other console approved e1: the update arrives while this console's adult is about to press.
    el.entries = entries.map((e) => (e.id === 'e1' ? { ...e, status: 'approved' } : e));
    await el.updateComplete;
    expect(firstApprove.isConnected).toBe(false);
    expect(approveOf('e2')).toBe(secondApprove);
    secondApprove.click();
    expect(decided.mock.calls.map(([d]) => d)).toEqual([{ entryId: 'e2', decision: 'approve' }]);
  });

  it('says when nothing is waiting', async () => {
    const el = await queue([]);
    expect(shadowText(el)).toContain('Nothing waiting.');
  });
});
