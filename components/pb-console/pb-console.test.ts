import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PollDefinition } from '../../protocol/poll';
import { setLanguage } from '../../i18n/i18n';
import type { FacilitatorSession, FacilitatorState } from '../facilitator-session';
import type { PbModerationQueue } from '../pb-moderation-queue/pb-moderation-queue';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { fakeFacilitatorSession } from './fake-facilitator-session';
import './pb-console';
import type { PbConsole } from './pb-console';

const poll: PollDefinition = {
  id: 'first-step',
  kind: 'single',
  question: 'What should Sam do first?',
  minResponses: 5,
  options: [
    { id: 'pay', label: 'Pay' },
    { id: 'screenshots', label: 'Take screenshots' },
  ],
};

const fakeSession = (patch: Partial<FacilitatorState> = {}) =>
  fakeFacilitatorSession({ students: 23, slide: { h: 2, v: 1, polls: [poll] }, ...patch });

async function open(session?: FacilitatorSession) {
  const element = document.createElement('pb-console');
  element.session = session;
  await mount(element);
  return { el: element as PbConsole, root: element.shadowRoot! };
}

const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

beforeEach(async () => {
  await setLanguage('en');
  await page.viewport(375, 800);
});

describe('<pb-console>', () => {
  it('shows the join code, who is here and the slide on the projector, and moves the deck', async () => {
    const session = fakeSession();
    const { root } = await open(session);
    const text = shadowText(root.host);
    expect(root.querySelector('.code')!.textContent).toBe('ABC234');
    expect(text).toContain('23 students connected');
    expect(root.querySelector('#slide-title')!.textContent!.trim()).toBe('Slide 3.2');
    button(root, 'Next slide').focus();
    await userEvent.keyboard('{Enter}');
    button(root, 'Previous slide').click();
    expect(session.moveDeck.mock.calls).toEqual([[{ to: 'next' }], [{ to: 'prev' }]]);
    await expectAccessible();
  });

  it('numbers the slide as the projector does, every slide counted: "7 / 10"', async () => {
    const { root } = await open(fakeSession({ slide: { h: 5, v: 1, number: 7, total: 10, polls: [poll] } }));
    expect(root.querySelector('#slide-title')!.textContent!.trim()).toBe('Slide 7 / 10');
  });

  it('keeps the focus on the poll’s buttons through Open, Close and Reveal, and reads out its state', async () => {
    const session = fakeSession();
    const { root, el } = await open(session);
    const view = (status: 'open' | 'closed', revealed: boolean) => ({
      'first-step': {
        pollId: 'first-step',
        kind: 'single' as const,
        status,
        revealed,
        answerCount: 8,
        minResponses: 5,
        results: { state: 'hidden' as const },
      },
    });
    button(root, 'Open the poll').focus();
    await userEvent.keyboard('{Enter}');
    session.set({ views: view('open', false) });
    await el.updateComplete;
    expect(root.activeElement?.textContent?.trim()).toBe('Close the poll');
    expect(root.querySelector('.poll [role="status"]')!.textContent).toContain('Open: 8 answers');
    await userEvent.keyboard('{Enter}');
    session.set({ views: view('closed', false) });
    await el.updateComplete;
    expect(root.activeElement?.textContent?.trim()).toBe('Reopen');
    button(root, 'Show the results').focus();
    await userEvent.keyboard('{Enter}');
    session.set({ views: view('closed', true) });
    await el.updateComplete;
    // "Show the results" is gone once pressed: the focus goes to the poll's other button, not to the page.
    expect(root.activeElement?.textContent?.trim()).toBe('Reopen');
    expect(root.querySelector('.poll [role="status"]')!.textContent).toContain('Closed: 8 answers');
  });

  it('opens, closes and reveals the slide’s poll, with its count and a preview of the results', async () => {
    const session = fakeSession();
    const { root, el } = await open(session);
    expect(shadowText(root.host)).toContain('What should Sam do first?');
    button(root, 'Open the poll').click();
    expect(session.openPoll).toHaveBeenCalledWith(poll);

    const counts = [
      { optionId: 'pay', count: 2 },
      { optionId: 'screenshots', count: 6 },
    ];
    session.set({
      views: {
        'first-step': {
          pollId: 'first-step',
          kind: 'single',
          status: 'open',
          revealed: false,
          answerCount: 8,
          minResponses: 5,
          results: { state: 'shown', tally: { kind: 'single', counts } },
        },
      },
    });
    await el.updateComplete;
    expect(shadowText(root.host)).toContain('Open: 8 answers');
    expect(shadowText(root.host)).toContain('Only you see these results until you show them.');
    expect(root.querySelectorAll('.bars li')).toHaveLength(2);
    button(root, 'Close the poll').click();
    button(root, 'Show the results').click();
    expect(session.closePoll).toHaveBeenCalledWith('first-step');
    expect(session.revealPoll).toHaveBeenCalledWith('first-step');
    await expectAccessible();
  });

  it('shows seats given beside students present, admits the phones waiting, and changes the class size', async () => {
    const session = fakeSession({ students: 23, seats: { expected: 30, given: 30, waiting: 4 } });
    const { el, root } = await open(session);
    expect(shadowText(root.host)).toContain('Seats given: 30 of 30');
    expect(shadowText(root.host)).toContain('23 students connected');
    expect(shadowText(root.host)).toContain('4 phones are waiting for a seat.');
    await expectAccessible();
    button(root, 'Admit 4 more').click();
    expect(session.expectStudents).toHaveBeenCalledWith(34);
    session.set({ seats: { expected: 34, given: 34, waiting: 0 } });
    await el.updateComplete;
    expect(button(root, 'Admit 4 more')).toBeUndefined();

    const size = root.querySelector<HTMLInputElement>('#class-size')!;
    expect(size.value).toBe('34');
    await userEvent.fill(size, '28');
    button(root, 'Change').click();
    expect(session.expectStudents).toHaveBeenLastCalledWith(28);
  });

  it('passes the facilitator’s decisions on the moderation queue to the session', async () => {
    const session = fakeSession({
      queue: [
        { id: 'q1', source: 'question', pollId: null, text: 'What if I paid?', count: 1, status: 'pending', flags: [] },
      ],
    });
    const { root } = await open(session);
    expect(root.querySelector('#moderation-title')!.textContent).toContain('(1)');
    const queue = root.querySelector('pb-moderation-queue') as PbModerationQueue;
    await queue.updateComplete;
    queue.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(session.approve).toHaveBeenCalledWith('q1');
  });

  it('exports the tallies as a download, and ends the session only after a confirmation', async () => {
    const session = fakeSession();
    const { root, el } = await open(session);
    const exported = vi.fn();
    el.addEventListener('pb-export', (e) => exported(e.detail.filename));
    button(root, 'Export (CSV)').click();
    await vi.waitFor(() => expect(exported).toHaveBeenCalledWith('payboy-ABC234.csv'));
    expect(session.exportTallies).toHaveBeenCalledWith('csv');

    button(root, 'End the session').click();
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('End the session for everyone?');
    expect(session.endSession).not.toHaveBeenCalled();
    button(root, 'Cancel').click();
    await el.updateComplete;
    button(root, 'End the session').click();
    await el.updateComplete;
    button(root, 'Yes, end it').click();
    expect(session.endSession).toHaveBeenCalledOnce();
    session.set({ ended: true });
    await el.updateComplete;
    expect(shadowText(root.host)).toContain('The session has ended.');
    expect(root.querySelector('#slide-title')).toBeNull();
    expect(button(root, 'Export (JSON)')).toBeDefined();
    await expectAccessible();
  });

  it('has a discussion timer, and says when the connection drops or an action fails', async () => {
    const session = fakeSession();
    session.moveDeck.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'offline' } } as never);
    const { root, el } = await open(session);
    expect(root.querySelector('pb-timer')!.minutes).toBe(3);
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('select#minutes')!, '5');
    await el.updateComplete;
    expect(root.querySelector('pb-timer')!.minutes).toBe(5);
    button(root, 'Next slide').click();
    await vi.waitFor(() => expect(root.querySelector('main > [role="alert"]')!.textContent).toContain('Not connected'));
    session.set({ online: false });
    await el.updateComplete;
    expect(shadowText(root.host)).toContain('Connection lost');
  });

  it('explains how to open it when it has no pairing link, or a link that no longer works', async () => {
    const { root } = await open(undefined);
    expect(shadowText(root.host)).toContain('pairing link');
    await expectAccessible();
    const refused = await open(fakeSession({ joined: false, error: 'not_found' }));
    expect(refused.root.querySelector('[role="alert"]')!.textContent).toContain('no longer works');
  });
});
