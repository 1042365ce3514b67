import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PollView } from '../../protocol/views';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands, type ActivityHost } from '../activity-host';
import { fakeLiveHost } from '../fake-live-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-poll';
import type { PbPoll } from './pb-poll';

/** A poll as a deck author writes it in Markdown. */
async function poll(markup: string, host: ActivityHost = showOfHands): Promise<PbPoll> {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const element = template.content.firstElementChild as PbPoll;
  element.activityHost = host;
  return mount(element);
}

const SINGLE = `<pb-poll id="first-step" kind="single" question="What should Sam do first?" min-responses="5">
  <pb-option id="pay">Pay</pb-option>
  <pb-option id="screenshots">Take screenshots</pb-option>
  <pb-option id="block">Block at once</pb-option>
</pb-poll>`;

const view = (patch: Partial<PollView>): PollView => ({
  pollId: 'first-step',
  kind: 'single',
  status: 'open',
  revealed: false,
  answerCount: 0,
  minResponses: 5,
  results: { state: 'hidden' },
  ...patch,
});

const button = (el: PbPoll, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

beforeEach(async () => {
  await setLanguage('en');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('<pb-poll> in a live session', () => {
  it('reads its definition from the deck’s attributes and options, and opens it for the phones', async () => {
    const host = fakeLiveHost();
    const el = await poll(SINGLE, host);
    expect(el.definition).toEqual({
      id: 'first-step',
      kind: 'single',
      question: 'What should Sam do first?',
      minResponses: 5,
      options: [
        { id: 'pay', label: 'Pay' },
        { id: 'screenshots', label: 'Take screenshots' },
        { id: 'block', label: 'Block at once' },
      ],
    });
    expect(shadowText(el)).toContain('Not open yet');
    button(el, 'Open the poll')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.openPoll).toHaveBeenCalledWith(el.definition);
    await expectAccessible();
  });

  it('counts the answers live, then says how many are still needed once revealed', async () => {
    const host = fakeLiveHost();
    const el = await poll(SINGLE, host);
    host.setView(view({ answerCount: 2 }));
    await el.updateComplete;
    expect(shadowText(el)).toContain('Open: 2 answers');
    button(el, 'Show the results')!.click();
    expect(host.revealPoll).toHaveBeenCalledWith('first-step');
    host.setView(view({ answerCount: 2, revealed: true, results: { state: 'needs_more', needed: 3 } }));
    await el.updateComplete;
    expect(shadowText(el)).toContain('3 more answers needed to show the results');
    expect(el.shadowRoot!.querySelector('.bars')).toBeNull();
    await expectAccessible();
  });

  it('shows bars with counts and shares once revealed and over the threshold', async () => {
    const host = fakeLiveHost();
    const el = await poll(SINGLE, host);
    const counts = [
      { optionId: 'pay', count: 1 },
      { optionId: 'screenshots', count: 6 },
      { optionId: 'block', count: 3 },
    ];
    host.setView(
      view({
        answerCount: 10,
        status: 'closed',
        revealed: true,
        results: { state: 'shown', tally: { kind: 'single', counts } },
      }),
    );
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('.bars li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual(['Pay 1 answer · 10%', 'Take screenshots 6 answers · 60%', 'Block at once 3 answers · 30%']);
    expect(shadowText(el)).toContain('Closed: 10 answers');
    expect(button(el, 'Reopen')).toBeDefined();
    await expectAccessible();
  });

  it('keeps results off the projector until revealed, even if a view carries them', async () => {
    const host = fakeLiveHost();
    const el = await poll(SINGLE, host);
    host.setView(
      view({
        answerCount: 9,
        results: { state: 'shown', tally: { kind: 'single', counts: [{ optionId: 'pay', count: 9 }] } },
      }),
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.bars')).toBeNull();
    expect(shadowText(el)).toContain('Take screenshots');
  });

  it('shows an approved text as text: markup in a student’s answer never runs', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const onerror = vi.fn();
    window.addEventListener('error', onerror);
    const host = fakeLiveHost();
    const el = await poll(
      `<pb-poll id="first-step" kind="open" question="What would you tell Sam?" min-responses="0"></pb-poll>`,
      host,
    );
    const hostile = '<img src=x onerror=alert(1)>';
    host.setView(
      view({
        kind: 'open',
        answerCount: 3,
        revealed: true,
        minResponses: 0,
        results: {
          state: 'shown',
          tally: {
            kind: 'open',
            texts: [
              { text: hostile, count: 2 },
              { text: 'Talk to someone', count: 1 },
            ],
          },
        },
      }),
    );
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect([...el.shadowRoot!.querySelectorAll('.texts li')].map((li) => li.textContent!.trim())).toEqual([
      `${hostile} ×2`,
      'Talk to someone',
    ]);
    expect(alert).not.toHaveBeenCalled();
    expect(onerror).not.toHaveBeenCalled();
    window.removeEventListener('error', onerror);
  });

  it('shows a word cloud, a scale’s distribution, a ranking, and a quiz’s answer after it closed', async () => {
    const host = fakeLiveHost();
    const cloud = await poll(
      `<pb-poll id="words" kind="wordcloud" question="One word for it?" max-entries="3"></pb-poll>`,
      host,
    );
    host.setView(
      view({
        pollId: 'words',
        kind: 'wordcloud',
        revealed: true,
        results: {
          state: 'shown',
          tally: {
            kind: 'wordcloud',
            words: [
              { text: 'blackmail', count: 4 },
              { text: 'scam', count: 1 },
            ],
          },
        },
      }),
    );
    await cloud.updateComplete;
    const words = [...cloud.shadowRoot!.querySelectorAll('.cloud li')] as HTMLElement[];
    expect(words.map((w) => w.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'blackmail (4 answers)',
      'scam (1 answer)',
    ]);
    expect(parseFloat(words[0]!.style.fontSize)).toBeGreaterThan(parseFloat(words[1]!.style.fontSize));

    const scale = await poll(
      `<pb-poll id="sure" kind="scale" question="How sure?" min="1" max="3" min-label="Not" max-label="Very"></pb-poll>`,
      host,
    );
    host.setView(
      view({
        pollId: 'sure',
        kind: 'scale',
        answerCount: 6,
        revealed: true,
        results: {
          state: 'shown',
          tally: {
            kind: 'scale',
            counts: [
              { value: 1, count: 1 },
              { value: 2, count: 2 },
              { value: 3, count: 3 },
            ],
            mean: 2.33,
          },
        },
      }),
    );
    await scale.updateComplete;
    expect(shadowText(scale)).toContain('1 · Not 1 answer');
    expect(shadowText(scale)).toContain('3 · Very 3 answers · 50%');
    expect(shadowText(scale)).toContain('Average: 2.3');

    const ranking = await poll(
      `<pb-poll id="order" kind="ranking" question="What first?"><pb-option id="a">Stop contact</pb-option><pb-option id="b">Screenshots</pb-option></pb-poll>`,
      host,
    );
    host.setView(
      view({
        pollId: 'order',
        kind: 'ranking',
        revealed: true,
        results: {
          state: 'shown',
          tally: {
            kind: 'ranking',
            options: [
              { optionId: 'b', meanRank: 1.2, points: 8, positions: [8, 2] },
              { optionId: 'a', meanRank: 1.8, points: 2, positions: [2, 8] },
            ],
          },
        },
      }),
    );
    await ranking.updateComplete;
    expect(
      [...ranking.shadowRoot!.querySelectorAll('.ranking li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Screenshots (average place 1.2)', 'Stop contact (average place 1.8)']);

    const quiz = await poll(
      `<pb-poll id="quiz" kind="quiz" question="Who is to blame?"><pb-option id="me">Me</pb-option><pb-option id="them" correct>The blackmailer</pb-option></pb-poll>`,
      host,
    );
    expect(quiz.definition).toMatchObject({ kind: 'quiz', correctOptionId: 'them' });
    host.setView(
      view({
        pollId: 'quiz',
        kind: 'quiz',
        status: 'closed',
        revealed: true,
        results: {
          state: 'shown',
          tally: {
            kind: 'quiz',
            counts: [
              { optionId: 'me', count: 1 },
              { optionId: 'them', count: 9 },
            ],
            correctOptionId: 'them',
          },
        },
      }),
    );
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelector('.correct')!.textContent).toContain('The blackmailer ✓ correct answer');
    await expectAccessible();
  });

  it('keeps the focus on its buttons as Open becomes Close and "Show the results" goes', async () => {
    const host = fakeLiveHost();
    const el = await poll(SINGLE, host);
    button(el, 'Open the poll')!.focus();
    await userEvent.keyboard('{Enter}');
    host.setView(view({ status: 'open' }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Close the poll');
    button(el, 'Show the results')!.focus();
    await userEvent.keyboard('{Enter}');
    host.setView(view({ status: 'open', revealed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Close the poll');
  });

  it('says when the server refused an action', async () => {
    const host = fakeLiveHost();
    host.openPoll.mockResolvedValue({ ok: false, error: { code: 'forbidden', message: 'no' } });
    const el = await poll(SINGLE, host);
    button(el, 'Open the poll')!.click();
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('did not work'),
    );
  });
});

describe('<pb-poll> by show of hands', () => {
  it('takes the count of raised hands per option from the keyboard and draws the bars', async () => {
    const el = await poll(SINGLE);
    expect(shadowText(el)).toContain('Count the raised hands');
    const inputs = el.shadowRoot!.querySelectorAll('input');
    expect(inputs).toHaveLength(3);
    await userEvent.type(inputs[0]!, '3');
    await userEvent.type(inputs[1]!, '9');
    await el.updateComplete;
    expect(shadowText(el)).toContain('12 hands in total');
    const shares = [...el.shadowRoot!.querySelectorAll('.hands-rows .value')].map((v) => v.textContent);
    expect(shares).toEqual(['25%', '75%', '0%']);
    expect(el.shadowRoot!.querySelector('label[for="hands-screenshots"]')!.textContent).toBe('Take screenshots');
    await expectAccessible();
  });

  it('counts a scale per value, reveals a quiz’s answer on demand, and leaves free text to the room', async () => {
    const scale = await poll(
      `<pb-poll id="sure" kind="scale" question="How sure?" min="1" max="5" min-label="Not" max-label="Very"></pb-poll>`,
    );
    expect([...scale.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      '1 · Not',
      '2',
      '3',
      '4',
      '5 · Very',
    ]);

    const quiz = await poll(
      `<pb-poll id="quiz" kind="quiz" question="Who is to blame?"><pb-option id="me">Me</pb-option><pb-option id="them" correct>The blackmailer</pb-option></pb-poll>`,
    );
    expect(quiz.shadowRoot!.querySelector('.correct')).toBeNull();
    button(quiz, 'Show the correct answer')!.click();
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelector('.correct')!.textContent).toContain('The blackmailer');

    const open = await poll(`<pb-poll id="tell" kind="open" question="What would you tell Sam?"></pb-poll>`);
    expect(shadowText(open)).toContain('Collect the answers out loud');
    expect(open.shadowRoot!.querySelector('input')).toBeNull();
    await expectAccessible();
  });
});
