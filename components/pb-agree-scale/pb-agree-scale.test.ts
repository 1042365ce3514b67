import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PollDefinitionSchema } from '../../protocol/poll';
import type { PollView } from '../../protocol/views';
import { setLanguage } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { showOfHands, type ActivityHost } from '../activity-host';
import { fakeLiveHost } from '../fake-live-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { checkAgreeScale } from './agree-scale-definition';
import './pb-agree-scale';
import type { PbAgreeScale } from './pb-agree-scale';

const MARKUP = `<pb-agree-scale id="fake-profiles" statement="It’s easy to tell a fake profile from a real one."></pb-agree-scale>`;

/** The element as a deck author writes it in Markdown. */
async function scale(host: ActivityHost = showOfHands, markup = MARKUP): Promise<PbAgreeScale> {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild as PbAgreeScale;
  element.activityHost = host;
  return mount(element);
}

const view = (patch: Partial<PollView>): PollView => ({
  pollId: 'fake-profiles',
  kind: 'scale',
  status: 'open',
  revealed: false,
  answerCount: 0,
  minResponses: 5,
  results: { state: 'hidden' },
  ...patch,
});

const shownTally = (counts: number[]): PollView['results'] => ({
  state: 'shown',
  tally: { kind: 'scale', counts: counts.map((count, i) => ({ value: i + 1, count })), mean: 2.9 },
});

const button = (el: PbAgreeScale, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const rows = (el: PbAgreeScale) =>
  [...el.shadowRoot!.querySelectorAll('.bars li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

beforeEach(async () => {
  await setLanguage('en');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('<pb-agree-scale> in a live session', () => {
  it('opens a 1-to-5 scale poll on the statement, its ends named in the page’s language, from the keyboard', async () => {
    const host = fakeLiveHost();
    const el = await scale(host);
    expect(el.definition).toEqual({
      id: 'fake-profiles',
      kind: 'scale',
      question: 'It’s easy to tell a fake profile from a real one.',
      min: 1,
      max: 5,
      minLabel: 'Strongly disagree',
      maxLabel: 'Strongly agree',
    });
    expect(el.polls()).toEqual([el.definition]);
    expect(v.safeParse(PollDefinitionSchema, el.definition).success).toBe(true);
    expect([...el.shadowRoot!.querySelectorAll('.points li')].map((li) => li.textContent!.trim())).toEqual([
      '1 Strongly disagree',
      '2 Disagree',
      '3 Neither agree nor disagree',
      '4 Agree',
      '5 Strongly agree',
    ]);
    expect(shadowText(el)).toContain('Not open yet');
    button(el, 'Open the poll')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.openPoll).toHaveBeenCalledWith(el.definition);
    await expectAccessible();
  });

  it('keeps the answers off the slide until revealed, then says how many more are needed', async () => {
    const host = fakeLiveHost();
    const el = await scale(host);
    host.setView(view({ answerCount: 9, results: shownTally([1, 2, 3, 2, 1]) }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.bars')).toBeNull();
    expect(shadowText(el)).toContain('Open: 9 answers');
    button(el, 'Show the results')!.click();
    expect(host.revealPoll).toHaveBeenCalledWith('fake-profiles');
    host.setView(view({ answerCount: 2, revealed: true, results: { state: 'needs_more', needed: 3 } }));
    await el.updateComplete;
    expect(shadowText(el)).toContain('3 more answers needed to show the results');
    expect(el.shadowRoot!.querySelector('.bars')).toBeNull();
  });

  it('shows the whole distribution, every point named with its count and share, and never an average alone', async () => {
    const host = fakeLiveHost();
    const el = await scale(host);
    host.setView(view({ status: 'closed', answerCount: 20, revealed: true, results: shownTally([6, 2, 2, 7, 3]) }));
    await el.updateComplete;
    expect(rows(el)).toEqual([
      '1 · Strongly disagree 6 answers · 30%',
      '2 · Disagree 2 answers · 10%',
      '3 · Neither agree nor disagree 2 answers · 10%',
      '4 · Agree 7 answers · 35%',
      '5 · Strongly agree 3 answers · 15%',
    ]);
    expect(shadowText(el)).toContain('Agree: 50% · Neither: 10% · Disagree: 40%');
    expect(shadowText(el)).not.toContain('Average');
    expect(shadowText(el)).toContain('Closed: 20 answers');
    await expectAccessible();
  });
});

describe('<pb-agree-scale> by show of hands', () => {
  it('takes the raised hands per point from the keyboard, keeps the keys from reveal.js, and draws the spread', async () => {
    const el = await scale();
    const slideKeys = vi.fn();
    document.addEventListener('keydown', slideKeys);
    expect(shadowText(el)).toContain('Count the raised hands');
    const inputs = [...el.shadowRoot!.querySelectorAll('input')];
    expect(inputs.map((i) => el.shadowRoot!.querySelector(`label[for="${i.id}"]`)!.textContent)).toEqual([
      '1 · Strongly disagree',
      '2 · Disagree',
      '3 · Neither agree nor disagree',
      '4 · Agree',
      '5 · Strongly agree',
    ]);
    await userEvent.type(inputs[0]!, '4');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('1');
    await userEvent.type(inputs[3]!, '5');
    await el.updateComplete;
    expect(shadowText(el)).toContain('10 hands in total');
    expect([...el.shadowRoot!.querySelectorAll('.hands-rows .value')].map((v) => v.textContent)).toEqual([
      '40%',
      '10%',
      '0%',
      '50%',
      '0%',
    ]);
    expect(shadowText(el)).toContain('Agree: 50% · Neither: 0% · Disagree: 50%');
    expect(slideKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', slideKeys);
    await expectAccessible();
  });

  it('follows a change of language, and its points fit the poll’s limits in every language', async () => {
    const el = await scale();
    await setLanguage('fr');
    await el.updateComplete;
    expect(shadowText(el)).toContain('D’accord ou pas ?');
    expect(el.shadowRoot!.querySelector('label[for="hands-1"]')!.textContent).toBe('1 · Pas du tout d’accord');
    await setLanguage('nl');
    await el.updateComplete;
    expect(el.definition).toMatchObject({ minLabel: 'Helemaal oneens', maxLabel: 'Helemaal eens' });
    for (const lang of LANGUAGES) {
      await setLanguage(lang);
      expect(v.safeParse(PollDefinitionSchema, el.definition).success, lang).toBe(true);
      expect(shadowText(el)).not.toMatch(/activities:|poll:/);
    }
  });
});

describe('the build’s check of <pb-agree-scale>', () => {
  const check = (attributes: Record<string, string>, text = '') => checkAgreeScale({ attributes, text });

  it('accepts a statement, and words what is wrong for the author', () => {
    expect(check({ id: 'a', statement: 'Paying stops it.' })).toEqual([]);
    expect(check({ id: 'a', statement: 'Paying stops it.', 'min-responses': '0' })).toEqual([]);
    expect(check({ id: 'a', statement: ' ' })).toEqual(['<pb-agree-scale id="a">: statement: must not be empty']);
    expect(check({ id: 'a', statement: 'x'.repeat(301) })[0]).toContain('statement: at most 300 characters');
    expect(check({ id: 'a', statement: 'Ok', 'min-responses': 'many' })[0]).toContain('min-responses:');
    expect(check({ id: 'a' }, 'Paying stops it.')).toContain(
      '<pb-agree-scale id="a">: write the statement in statement="…", not between the tags ("Paying stops it.")',
    );
  });
});
