import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands, type ActivityHost } from '../activity-host';
import { authored, buttonNamed, fakeLiveHost, pollView } from '../fake-live-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { mixedOrder } from './action-plan-definition';
import './pb-action-plan';
import type { PbActionPlan } from './pb-action-plan';

const PLAN = `<pb-action-plan id="what-to-do" min-responses="5">
<pb-step id="no-pay" why="Paying rarely stops it: they ask for more.">Never pay</pb-step>
<pb-step id="screenshots" why="Before blocking: a blocked chat can vanish, and the proof with it.">Take screenshots</pb-step>
<pb-step id="block" why="Once the proof is saved.">Stop contact and block</pb-step>
<pb-step id="adult">Talk to a trusted adult</pb-step>
<pb-step id="report">Report</pb-step>
</pb-action-plan>`;

const RECOMMENDED = ['no-pay', 'screenshots', 'block', 'adult', 'report'];
const TEXT: Record<string, string> = {
  'no-pay': 'Never pay',
  screenshots: 'Take screenshots',
  block: 'Stop contact and block',
  adult: 'Talk to a trusted adult',
  report: 'Report',
};

async function plan(host: ActivityHost = showOfHands, markup = PLAN): Promise<PbActionPlan> {
  const element = authored<PbActionPlan>(markup);
  element.activityHost = host;
  return mount(element);
}

const view = (patch: Partial<Parameters<typeof pollView>[0]>) =>
  pollView({ pollId: 'what-to-do', kind: 'ranking', ...patch });

const rows = (el: PbActionPlan, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());

const MIXED = mixedOrder(
  'what-to-do',
  RECOMMENDED.map((id) => ({ id })),
).map((step) => step.id);

beforeEach(async () => {
  await setLanguage('en');
});

describe('the mixed order', () => {
  it('is never the recommended one, and the same on every call for the same plan', () => {
    expect(MIXED).not.toEqual(RECOMMENDED);
    expect([...MIXED].sort()).toEqual([...RECOMMENDED].sort());
    expect(
      mixedOrder(
        'what-to-do',
        RECOMMENDED.map((id) => ({ id })),
      ).map((s) => s.id),
    ).toEqual(MIXED);
    for (const id of ['a', 'b', 'plan-2', 'x.y'])
      expect(mixedOrder(id, [{ id: '1' }, { id: '2' }]).map((s) => s.id)).toEqual(['2', '1']);
  });
});

describe('<pb-action-plan> in a live session', () => {
  it('asks the phones to rank the steps, shown mixed, and opens the poll from the keyboard', async () => {
    const host = fakeLiveHost();
    const el = await plan(host);
    const definition = {
      id: 'what-to-do',
      kind: 'ranking',
      question: 'Put these steps in order: what comes first?',
      minResponses: 5,
      options: MIXED.map((id) => ({ id, label: TEXT[id] })),
    };
    expect(el.definition).toEqual(definition);
    expect(el.polls()).toEqual([definition]);
    expect(rows(el, '.steps li')).toEqual(MIXED.map((id) => TEXT[id]));
    // The reasons would give the answer away.
    expect(shadowText(el)).not.toContain('proof');
    buttonNamed(el, 'Open the poll')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.openPoll).toHaveBeenCalledWith(definition);
    await expectAccessible();
  });

  it('shows the class’s order once revealed, then compares it with the recommended one and says why', async () => {
    const host = fakeLiveHost();
    const el = await plan(host);
    host.setView(view({ answerCount: 2, revealed: true, results: { state: 'needs_more', needed: 3 } }));
    await el.updateComplete;
    expect(shadowText(el)).toContain('3 more answers needed to show the results');
    const ranked = [
      { optionId: 'no-pay', meanRank: 1.4, points: 0, positions: [] },
      { optionId: 'block', meanRank: 2.1, points: 0, positions: [] },
      { optionId: 'screenshots', meanRank: 2.6, points: 0, positions: [] },
      { optionId: 'adult', meanRank: 3.9, points: 0, positions: [] },
      { optionId: 'report', meanRank: 4.5, points: 0, positions: [] },
    ];
    host.setView(
      view({
        status: 'closed',
        answerCount: 20,
        revealed: true,
        results: { state: 'shown', tally: { kind: 'ranking', options: ranked } },
      }),
    );
    await el.updateComplete;
    expect(rows(el, '.steps li')).toEqual([
      '1 Never pay (average place 1.4)',
      '2 Stop contact and block (average place 2.1)',
      '3 Take screenshots (average place 2.6)',
      '4 Talk to a trusted adult (average place 3.9)',
      '5 Report (average place 4.5)',
    ]);
    buttonNamed(el, 'Compare with the recommended order')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(rows(el, 'thead th')).toEqual(['Place', 'Recommended order', 'The class’s order']);
    expect(rows(el, 'tbody tr')).toEqual([
      '1 Never pay Paying rarely stops it: they ask for more. Never pay ✓same place (average place 1.4)',
      '2 Take screenshots Before blocking: a blocked chat can vanish, and the proof with it. Stop contact and block (average place 2.1)',
      '3 Stop contact and block Once the proof is saved. Take screenshots (average place 2.6)',
      '4 Talk to a trusted adult Talk to a trusted adult ✓same place (average place 3.9)',
      '5 Report Report ✓same place (average place 4.5)',
    ]);
    expect(el.shadowRoot!.querySelectorAll('tr.same')).toHaveLength(3);
    await expectAccessible();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Hide the comparison');
  });

  it('compares without a class column while the results are not shown', async () => {
    const el = await plan(fakeLiveHost());
    buttonNamed(el, 'Compare with the recommended order')!.click();
    await el.updateComplete;
    expect(rows(el, 'thead th')).toEqual(['Place', 'Recommended order']);
    expect(shadowText(el)).toContain('The class’s order appears here once the results are shown.');
    await expectAccessible();
  });

  it('says when the server refused to open the poll', async () => {
    const host = fakeLiveHost();
    host.openPoll.mockResolvedValue({ ok: false, error: { code: 'forbidden', message: 'no' } });
    const el = await plan(host);
    buttonNamed(el, 'Open the poll')!.click();
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('did not work'),
    );
  });
});

describe('<pb-action-plan> without phones', () => {
  it('lets the facilitator arrange the class’s order from the keyboard, the focus following the step', async () => {
    const el = await plan();
    expect(rows(el, '.arrange .item')).toEqual(MIXED.map((id) => TEXT[id]));
    // Move "Take screenshots" to the top, from the keyboard alone.
    const up = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-move="up"][data-id="screenshots"]');
    const from = MIXED.indexOf('screenshots');
    if (from === 0)
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-move="down"][data-id="screenshots"]')!.click();
    await el.updateComplete;
    up!.focus();
    for (let i = 0; i < Math.max(from, 1); i++) await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(rows(el, '.arrange .item')[0]).toBe('Take screenshots');
    // At the top, "up" is disabled: the keyboard stays on the step, on the button that can still move it.
    const focused = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focused.dataset).toMatchObject({ id: 'screenshots', move: 'down' });
    expect(el.shadowRoot!.querySelector('[role="status"].visually-hidden')!.textContent).toBe(
      '“Take screenshots”: place 1 of 5',
    );
    await expectAccessible();

    buttonNamed(el, 'Compare with the recommended order')!.click();
    await el.updateComplete;
    const classColumn = [...el.shadowRoot!.querySelectorAll('tbody td:last-child')].map((td) =>
      td.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(classColumn[0]).toBe('Take screenshots');
    expect(classColumn).toHaveLength(5);
    await expectAccessible();
  });

  it('moves a step with a tap (click) too, and keeps the order when the comparison is hidden', async () => {
    const el = await plan();
    const last = MIXED.at(-1)!;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-move="up"][data-id="${last}"]`)!.click();
    await el.updateComplete;
    const moved = [...MIXED];
    moved.splice(-2, 2, last, MIXED.at(-2)!);
    expect(rows(el, '.arrange .item')).toEqual(moved.map((id) => TEXT[id]));
    buttonNamed(el, 'Compare with the recommended order')!.click();
    await el.updateComplete;
    buttonNamed(el, 'Hide the comparison')!.click();
    await el.updateComplete;
    expect(rows(el, '.arrange .item')).toEqual(moved.map((id) => TEXT[id]));
  });

  it('speaks the page’s language', async () => {
    const el = await plan();
    await setLanguage('de');
    await el.updateComplete;
    expect(el.definition.question).toBe('Bring diese Schritte in eine Reihenfolge: Was kommt zuerst?');
    expect(el.shadowRoot!.querySelector('button[data-move="down"]')!.getAttribute('aria-label')).toMatch(
      /^„.+“ nach unten$/,
    );
    buttonNamed(el, 'Mit der empfohlenen Reihenfolge vergleichen')!.click();
    await el.updateComplete;
    expect(rows(el, 'thead th')).toEqual(['Platz', 'Empfohlene Reihenfolge', 'Reihenfolge der Klasse']);
    await setLanguage('fr');
    await el.updateComplete;
    expect(buttonNamed(el, 'Masquer la comparaison')).toBeDefined();
    await expectAccessible();
  });
});
