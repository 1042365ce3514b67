import { describe, expect, it } from 'vitest';
import type { Answer } from '../../protocol/answer';
import { tallyPoll } from './tally';
import { polls } from './test-fixtures';

describe('tallies', () => {
  it('count single choices per option, zeros included', () => {
    const answers: Answer[] = ['good', 'good', 'bad'].map((optionId) => ({ kind: 'single', optionId }));
    expect(tallyPoll(polls.single(), answers, [])).toEqual({
      kind: 'single',
      counts: [
        { optionId: 'good', count: 2 },
        { optionId: 'meh', count: 0 },
        { optionId: 'bad', count: 1 },
      ],
    });
  });

  it('count every ticked option of a multiple choice', () => {
    const answers: Answer[] = [
      { kind: 'multiple', optionIds: ['snap', 'insta'] },
      { kind: 'multiple', optionIds: ['snap'] },
    ];
    const tally = tallyPoll(polls.multiple(), answers, []);
    expect(tally).toMatchObject({ counts: [{ count: 2 }, { count: 1 }, { count: 0 }] });
  });

  it('give a scale its whole distribution and its mean', () => {
    const answers: Answer[] = [1, 4, 4, 5].map((value) => ({ kind: 'scale', value }));
    expect(tallyPoll(polls.scale(), answers, [])).toEqual({
      kind: 'scale',
      counts: [1, 2, 3, 4, 5].map((value) => ({ value, count: { 1: 1, 4: 2, 5: 1 }[value] ?? 0 })),
      mean: 3.5,
    });
  });

  it('rank options by mean rank and Borda points, with the positions behind them', () => {
    const answers: Answer[] = [
      { kind: 'ranking', order: ['tell', 'stop', 'save'] },
      { kind: 'ranking', order: ['tell', 'save', 'stop'] },
      { kind: 'ranking', order: ['stop', 'tell', 'save'] },
    ];
    const tally = tallyPoll(polls.ranking(), answers, []);
    expect(tally).toEqual({
      kind: 'ranking',
      options: [
        { optionId: 'tell', meanRank: 1.33, points: 5, positions: [2, 1, 0] },
        { optionId: 'stop', meanRank: 2, points: 3, positions: [1, 1, 1] },
        { optionId: 'save', meanRank: 2.67, points: 1, positions: [0, 1, 2] },
      ],
    });
  });

  it('leave the quiz answer for visibility to decide', () => {
    const tally = tallyPoll(polls.quiz(), [{ kind: 'quiz', optionId: 'victim' }], []);
    expect(tally).toMatchObject({ kind: 'quiz', correctOptionId: null });
  });

  it('show word clouds and open text from approved texts only, most shared first', () => {
    const submitted: Answer[] = [{ kind: 'wordcloud', entries: ['secret word'] }];
    const approved = [
      { text: 'trust', count: 1 },
      { text: 'respect', count: 3 },
    ];
    expect(tallyPoll(polls.wordcloud(), submitted, approved)).toEqual({
      kind: 'wordcloud',
      words: [
        { text: 'respect', count: 3 },
        { text: 'trust', count: 1 },
      ],
    });
    expect(tallyPoll(polls.open(), [{ kind: 'open', text: 'unapproved' }], [])).toEqual({ kind: 'open', texts: [] });
  });
});
