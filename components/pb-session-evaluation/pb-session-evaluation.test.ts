import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionEvaluation } from '../../protocol/evaluation';
import { setLanguage } from '../../i18n/i18n';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-session-evaluation';

const side = (pollId: string, answerCount: number, figures: { correct?: number; mean?: number; needed?: number }) => ({
  pollId,
  answerCount,
  needed: figures.needed ?? 0,
  correct: figures.correct ?? null,
  mean: figures.mean ?? null,
});

const evaluation: SessionEvaluation = {
  knowledgeCheck: [
    {
      question: 'Paying the blackmailer guarantees that it stops.',
      kind: 'quiz',
      scale: null,
      before: side('pay', 20, { correct: 9 }),
      after: side('pay-after', 21, { correct: 18 }),
    },
    {
      question: 'I would know what to do.',
      kind: 'scale',
      scale: { min: 1, max: 5 },
      before: side('sure', 20, { mean: 2.4 }),
      after: side('sure-after', 3, { needed: 2 }),
    },
  ],
  rating: [
    {
      pollId: 'useful',
      question: 'How useful was this session for you?',
      min: 1,
      max: 5,
      minLabel: 'Not useful',
      maxLabel: 'Very useful',
      answerCount: 6,
      needed: 0,
      counts: [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 4 ? 4 : value === 5 ? 2 : 0 })),
      mean: 4.3,
    },
    {
      pollId: 'felt-ok',
      question: 'How did you feel during this session?',
      min: 1,
      max: 5,
      minLabel: 'Not at ease',
      maxLabel: 'At ease',
      answerCount: 4,
      needed: 1,
      counts: null,
      mean: null,
    },
  ],
};

async function shown(value: SessionEvaluation | undefined) {
  const element = document.createElement('pb-session-evaluation');
  element.evaluation = value;
  return mount(element);
}

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-session-evaluation>', () => {
  it('shows each question at the start and at the end as class totals, with the change', async () => {
    const el = await shown(evaluation);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Paying the blackmailer guarantees that it stops.', '9 of 20 right (45%)', '18 of 21 right (86%)', '+41 points'],
      ['I would know what to do.', 'average 2.4 (20 answers)', '3 so far: 2 more answers needed', '–'],
    ]);
    await expectAccessible();
  });

  it('shows a rating’s counts only from its minimum, and only the answers needed below it', async () => {
    const el = await shown(evaluation);
    const text = shadowText(el);
    expect(text).toContain('Session rating');
    expect(text).toContain('How useful was this session for you?');
    expect(text).toContain('Average: 4.3');
    expect(text).toContain('4 so far: 1 more answer needed');
    expect(el.shadowRoot!.querySelectorAll('.rating')[1]!.querySelector('.bars')).toBeNull();
  });

  it('says it in the console’s language', async () => {
    await setLanguage('fr');
    const el = await shown(evaluation);
    expect(shadowText(el)).toContain('Ce que la séance a changé');
    expect(shadowText(el)).toContain('18 sur 21 justes');
  });

  it('stays empty in a session without a knowledge check or a rating', async () => {
    const el = await shown({ knowledgeCheck: [], rating: [] });
    expect(shadowText(el)).toBe('');
    expect((await shown(undefined)).shadowRoot!.querySelector('section')).toBeNull();
  });
});
