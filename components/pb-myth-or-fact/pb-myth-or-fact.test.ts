import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands, type ActivityHost } from '../activity-host';
import { authored, buttonNamed, fakeLiveHost, pollView } from '../fake-live-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-myth-or-fact';
import type { PbMythOrFact } from './pb-myth-or-fact';

const CARD = `<pb-myth-or-fact id="paying-stops-it" statement="If you pay, they leave you alone." answer="myth" min-responses="5">
Paying rarely stops it: most often they come back and ask for more.
</pb-myth-or-fact>`;

async function card(host: ActivityHost = showOfHands, markup = CARD): Promise<PbMythOrFact> {
  const element = authored<PbMythOrFact>(markup);
  element.activityHost = host;
  return mount(element);
}

const view = (patch: Partial<Parameters<typeof pollView>[0]>) =>
  pollView({ pollId: 'paying-stops-it', kind: 'quiz', ...patch });

const answerText = (el: PbMythOrFact) =>
  (el.shadowRoot!.querySelector('.answer')?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-myth-or-fact> in a live session', () => {
  it('asks the phones a quiz on the statement, opened from the keyboard; the answer stays hidden', async () => {
    const host = fakeLiveHost();
    const el = await card(host);
    const definition = {
      id: 'paying-stops-it',
      kind: 'quiz',
      question: 'If you pay, they leave you alone.',
      minResponses: 5,
      options: [
        { id: 'myth', label: 'Myth' },
        { id: 'fact', label: 'Fact' },
      ],
      correctOptionId: 'myth',
    };
    expect(el.definition).toEqual(definition);
    expect(el.polls()).toEqual([definition]);
    expect(shadowText(el)).toMatch(/^Myth or fact\? If you pay, they leave you alone\./);
    expect([...el.shadowRoot!.querySelectorAll('.choices li')].map((li) => li.textContent)).toEqual(['Myth', 'Fact']);
    expect(shadowText(el)).toContain('Not open yet');
    expect(shadowText(el)).not.toContain('ask for more');
    buttonNamed(el, 'Open the poll')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.openPoll).toHaveBeenCalledWith(definition);
    await expectAccessible();
  });

  it('shows the class’s votes once revealed, the right one marked after the poll closed', async () => {
    const host = fakeLiveHost();
    const el = await card(host);
    host.setView(view({ answerCount: 3, revealed: true, results: { state: 'needs_more', needed: 2 } }));
    await el.updateComplete;
    expect(shadowText(el)).toContain('2 more answers needed to show the results');
    const counts = [
      { optionId: 'myth', count: 15 },
      { optionId: 'fact', count: 5 },
    ];
    host.setView(
      view({
        status: 'closed',
        answerCount: 20,
        revealed: true,
        results: { state: 'shown', tally: { kind: 'quiz', counts, correctOptionId: 'myth' } },
      }),
    );
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('.bars li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual(['Myth ✓ correct answer 15 answers · 75%', 'Fact 5 answers · 25%']);
    expect(answerText(el)).toBe('');
    await expectAccessible();
  });

  it('says when the server refused to open the poll', async () => {
    const host = fakeLiveHost();
    host.openPoll.mockResolvedValue({ ok: false, error: { code: 'forbidden', message: 'no' } });
    const el = await card(host);
    buttonNamed(el, 'Open the poll')!.click();
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('did not work'),
    );
  });
});

describe('<pb-myth-or-fact> gives the answer and why', () => {
  it('on the facilitator’s demand, in a live status the screen reader announces, and hides it again', async () => {
    const el = await card(fakeLiveHost());
    buttonNamed(el, 'Show the answer')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.answer')!.parentElement!.getAttribute('role')).toBe('status');
    expect(answerText(el)).toBe('It’s a myth. Paying rarely stops it: most often they come back and ask for more.');
    await expectAccessible();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Hide the answer');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(answerText(el)).toBe('');
  });

  it('says “fact” when it is one', async () => {
    const el = await card(
      showOfHands,
      `<pb-myth-or-fact id="boys" statement="Most victims of financial sextortion are boys." answer="fact">Child Focus, 2025: 93% of new cases.</pb-myth-or-fact>`,
    );
    expect(el.definition).toMatchObject({ correctOptionId: 'fact' });
    buttonNamed(el, 'Show the answer')!.click();
    await el.updateComplete;
    expect(answerText(el)).toBe('It’s a fact. Child Focus, 2025: 93% of new cases.');
  });
});

describe('<pb-myth-or-fact> by show of hands', () => {
  it('takes the two counts from the keyboard, draws the shares, then marks the answer', async () => {
    const el = await card();
    expect(shadowText(el)).toContain('Who thinks it is a myth?');
    const [myth, fact] = [...el.shadowRoot!.querySelectorAll('input')];
    expect(el.shadowRoot!.querySelector('label[for="hands-myth"]')!.textContent).toBe('Myth');
    const slides = vi.fn();
    document.addEventListener('keydown', slides);
    await userEvent.type(myth!, '18');
    await userEvent.type(fact!, '6');
    document.removeEventListener('keydown', slides);
    expect(slides).not.toHaveBeenCalled();
    await el.updateComplete;
    expect(shadowText(el)).toContain('24 hands in total');
    expect([...el.shadowRoot!.querySelectorAll('.hands-rows .value')].map((v) => v.textContent)).toEqual([
      '75%',
      '25%',
    ]);
    expect(el.shadowRoot!.querySelector('.correct')).toBeNull();
    await expectAccessible();
    buttonNamed(el, 'Show the answer')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.correct label')!.textContent).toContain('Myth ✓ correct answer');
    expect(answerText(el)).toContain('It’s a myth.');
    await expectAccessible();
  });

  it('speaks the page’s language', async () => {
    const el = await card();
    await setLanguage('fr');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Mythe ou réalité ?');
    expect(el.definition).toMatchObject({ options: [{ label: 'Mythe' }, { label: 'Réalité' }] });
    buttonNamed(el, 'Afficher la réponse')!.click();
    await el.updateComplete;
    expect(answerText(el)).toContain('C’est un mythe.');
    await setLanguage('nl');
    await el.updateComplete;
    expect(answerText(el)).toContain('Dat is een fabel.');
    expect(buttonNamed(el, 'Antwoord verbergen')).toBeDefined();
    await expectAccessible();
  });
});
