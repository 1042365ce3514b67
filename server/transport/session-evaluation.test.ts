/**
 * The knowledge check and the session rating over real sockets: only facilitator screens receive them
 * (`evaluation:updated`), the rating's counts only from its minimum, and a revealed rating stays hidden from the
 * projector's view.
 */
import { describe, expect, it } from 'vitest';
import type { PollDefinitionInput } from '../../protocol/poll';
import { request, sharedTestServer, classOf } from './test-harness';
import { payingQuiz } from '../domain/test-fixtures';

const server = sharedTestServer();

const quiz = (id: string, baseline?: string) => payingQuiz(id, baseline ? { baseline } : {});

const rating: PollDefinitionInput = {
  id: 'useful',
  kind: 'scale',
  question: 'How useful was this session for you?',
  min: 1,
  max: 5,
  minLabel: 'Not useful',
  maxLabel: 'Very useful',
  rating: true,
};

describe('the session evaluation over sockets', () => {
  it('sends the knowledge check to facilitator screens as class totals, and nothing of it to phones', async () => {
    const { facilitator, phones } = await classOf(server.url, 5);
    expect((await request(facilitator.socket, 'poll:open', { poll: quiz('pay') })).ok).toBe(true);
    for (const [i, phone] of phones.entries())
      await phone.answer('pay', { kind: 'quiz', optionId: i < 2 ? 'false' : 'true' });
    expect((await request(facilitator.socket, 'poll:open', { poll: quiz('pay-after', 'pay') })).ok).toBe(true);
    for (const phone of phones) await phone.answer('pay-after', { kind: 'quiz', optionId: 'false' });
    const evaluation = await facilitator.inbox.waitFor(
      'evaluation:updated',
      (e) => e.knowledgeCheck[0]?.after.answerCount === 5,
    );
    expect(evaluation.knowledgeCheck).toEqual([
      {
        question: 'Paying makes it stop.',
        kind: 'quiz',
        scale: null,
        before: { pollId: 'pay', answerCount: 5, needed: 0, correct: 2, mean: null },
        after: { pollId: 'pay-after', answerCount: 5, needed: 0, correct: 5, mean: null },
      },
    ]);
    for (const phone of phones) expect(phone.inbox.all('evaluation:updated')).toEqual([]);
  });

  it('gives the rating’s counts only from its fifth answer, and never to the projected view', async () => {
    const { facilitator, phones } = await classOf(server.url, 5);
    expect((await request(facilitator.socket, 'poll:open', { poll: rating })).ok).toBe(true);
    for (const phone of phones.slice(0, 4)) await phone.answer('useful', { kind: 'scale', value: 4 });
    const below = await facilitator.inbox.waitFor('evaluation:updated', (e) => e.rating[0]?.answerCount === 4);
    expect(below.rating[0]).toMatchObject({ needed: 1, counts: null, mean: null });

    expect((await request(facilitator.socket, 'poll:reveal', { pollId: 'useful' })).ok).toBe(true);
    await phones[4]!.answer('useful', { kind: 'scale', value: 5 });
    const shown = await facilitator.inbox.waitFor('evaluation:updated', (e) => e.rating[0]?.answerCount === 5);
    expect(shown.rating[0]).toMatchObject({ needed: 0, mean: 4.2 });
    expect(shown.rating[0]!.counts!.map((c) => c.count)).toEqual([0, 0, 0, 4, 1]);
    // The slide's view, revealed or not, keeps a rating hidden.
    const view = await facilitator.inbox.waitFor(
      'tally:updated',
      (p) => p.view.pollId === 'useful' && p.view.answerCount === 5,
    );
    expect(view.view.results).toEqual({ state: 'hidden' });
    for (const phone of phones) expect(phone.inbox.all('evaluation:updated')).toEqual([]);
  });
});
