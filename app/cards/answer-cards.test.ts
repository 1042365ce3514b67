import { describe, expect, it } from 'vitest';
import { pollDefinition } from '../../components/pb-poll/poll-definition';
import { CARD_COUNT, cardChoices, letterOf, markerCells } from './answer-cards';
import { CardTally } from './card-tally';

const options = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ attributes: { id: `o${i}` }, text: `Option ${i}` }));

describe('answer cards', () => {
  it('gives each of the 40 cards its own marker with a black border', () => {
    const markers = new Set<string>();
    for (let card = 1; card <= CARD_COUNT; card++) {
      const cells = markerCells(card);
      expect(cells[0]!.every(Boolean) && cells[7]!.every(Boolean) && cells.every((row) => row[0] && row[7])).toBe(true);
      markers.add(JSON.stringify(cells));
    }
    expect(markers.size).toBe(CARD_COUNT);
    expect(() => markerCells(CARD_COUNT + 1)).toThrow(RangeError);
  });

  it('reads the letter on top from the marker’s turn, a hand’s tilt aside', () => {
    const square = (angle: number) =>
      [0, 1, 2, 3].map((k) => {
        const a = angle + (k * Math.PI) / 2 - (3 * Math.PI) / 4;
        return { x: 100 + 50 * Math.cos(a), y: 100 + 50 * Math.sin(a) };
      });
    expect(letterOf(square(0))).toBe(0); // upright: A
    expect(letterOf(square(-Math.PI / 2))).toBe(1); // a quarter turn left: B's edge on top
    expect(letterOf(square(Math.PI))).toBe(2);
    expect(letterOf(square(Math.PI / 2))).toBe(3);
    expect(letterOf(square(0.6))).toBe(0);
    expect(letterOf(square(-Math.PI / 2 - 0.6))).toBe(1);
  });

  it('maps a poll’s answers to the letters, and says when cards cannot be used', () => {
    const single = pollDefinition({ id: 'p', kind: 'single', question: 'Q' }, options(3));
    expect(cardChoices(single)).toEqual({ usable: true, keys: ['o0', 'o1', 'o2'] });
    const multiple = pollDefinition({ id: 'p', kind: 'multiple', question: 'Q' }, options(4));
    expect(cardChoices(multiple)).toEqual({ usable: true, keys: ['o0', 'o1', 'o2', 'o3'] });
    const agree = pollDefinition({ id: 'p', kind: 'scale', question: 'Q', min: '1', max: '4' }, []);
    expect(cardChoices(agree)).toEqual({ usable: true, keys: ['1', '2', '3', '4'] });
    const five = pollDefinition({ id: 'p', kind: 'scale', question: 'Q', min: '1', max: '5' }, []);
    expect(cardChoices(five)).toEqual({ usable: false, reason: 'tooMany' });
    expect(cardChoices(pollDefinition({ id: 'p', kind: 'single', question: 'Q' }, options(5)))).toEqual({
      usable: false,
      reason: 'tooMany',
    });
    expect(cardChoices(pollDefinition({ id: 'p', kind: 'open', question: 'Q' }, []))).toEqual({
      usable: false,
      reason: 'freeText',
    });
    expect(cardChoices(pollDefinition({ id: 'p', kind: 'single', question: 'Q', rating: '' }, options(3)))).toEqual({
      usable: false,
      reason: 'rating',
    });
  });
});

describe('a scan’s tally', () => {
  it('keeps one answer per card, the last read, and counts only the poll’s letters', () => {
    const tally = new CardTally();
    tally.merge([
      { card: 1, letter: 0 },
      { card: 2, letter: 1 },
      { card: 3, letter: 3 },
    ]);
    // Scan again: card 2 read again with another answer, card 4 caught this time.
    tally.merge([
      { card: 2, letter: 2 },
      { card: 4, letter: 0 },
    ]);
    expect(tally.cards).toBe(4);
    expect(tally.counts(3)).toEqual([2, 0, 1]);
    expect(tally.outside(3)).toBe(1);
    expect(tally.counts(4)).toEqual([2, 0, 1, 1]);
    tally.clear();
    expect(tally.cards).toBe(0);
    expect(tally.counts(4)).toEqual([0, 0, 0, 0]);
  });
});
