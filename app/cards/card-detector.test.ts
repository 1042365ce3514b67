import { describe, expect, it } from 'vitest';
import {
  classroom,
  placeCard,
  random,
  renderFrame,
  type Conditions,
  type Scene,
} from '../../scripts/cards/classroom-frame';
import { CARD_COUNT, LETTERS } from './answer-cards';
import { CardDetector } from './card-detector';

/** Cards read with the right answer, with a wrong one (card or letter), and missed. */
interface Outcome {
  readonly right: number;
  readonly wrong: number;
  readonly missed: number;
}

const detector = new CardDetector();

function scan(scene: Scene): Outcome {
  const reads = detector.read({ width: scene.width, height: scene.height, data: renderFrame(scene) });
  const held = new Map(scene.cards.map((c) => [c.card, c.letter]));
  const right = reads.filter((r) => held.get(r.card) === r.letter).length;
  return { right, wrong: reads.length - right, missed: scene.cards.length - right };
}

/**
 * 24 cards in a 6×4 grid of a 1280×720 frame, each answer six times, markers `marker` px wide, a little turned
 * (up to ±`skew` rad) and tipped back up to `tilt`.
 */
function grid(marker: number, seed: number, conditions: Conditions = {}, tilt = 0.1, skew = 0.25): Scene {
  const rnd = random(seed);
  const cards = Array.from({ length: 24 }, (_, i) =>
    placeCard(
      ((i + seed * 7) % CARD_COUNT) + 1,
      i % LETTERS.length,
      { x: ((i % 6) + 0.5) * (1280 / 6), y: (Math.floor(i / 6) + 0.5) * (720 / 4) },
      marker / 0.68,
      { skew: (rnd() - 0.5) * 2 * skew, tilt: rnd() * tilt },
    ),
  );
  return { width: 1280, height: 720, cards, conditions, seed };
}

const conditions: readonly { name: string; scenes: (seed: number) => Scene; atLeast: number }[] = [
  { name: 'upright to quarter turns, 60 px', scenes: (s) => grid(60, s, {}, 0, 0.05), atLeast: 1 },
  { name: 'turned ±30°, 60 px', scenes: (s) => grid(60, s, {}, 0, 0.52), atLeast: 1 },
  { name: 'scaled: 30 px (back of a room)', scenes: (s) => grid(30, s), atLeast: 0.9 },
  { name: 'scaled: 45 px', scenes: (s) => grid(45, s), atLeast: 0.97 },
  { name: 'scaled: 120 px (front row)', scenes: (s) => grid(120, s), atLeast: 1 },
  { name: 'perspective: tipped back up to 0.4', scenes: (s) => grid(60, s, {}, 0.4), atLeast: 0.97 },
  { name: 'blurred, radius 1 (twice)', scenes: (s) => grid(60, s, { blur: 1 }), atLeast: 0.97 },
  { name: 'blurred, radius 2 (twice)', scenes: (s) => grid(60, s, { blur: 2 }), atLeast: 0.9 },
  { name: 'noise σ 12', scenes: (s) => grid(60, s, { noise: 12 }), atLeast: 0.97 },
  { name: 'noise σ 25', scenes: (s) => grid(60, s, { noise: 25 }), atLeast: 0.95 },
  { name: 'uneven light (40 % in the far corner)', scenes: (s) => grid(60, s, { unevenLight: 0.6 }), atLeast: 0.97 },
  {
    name: 'all at once: 45 px, blur 1, noise 12, uneven light',
    scenes: (s) => grid(45, s, { blur: 1, noise: 12, unevenLight: 0.5 }, 0.3),
    atLeast: 0.95,
  },
  {
    name: 'a class of 30 (26–77 px), blur 1, noise 10, uneven light',
    scenes: (s) => classroom(30, s, { blur: 1, noise: 10, unevenLight: 0.5 }),
    // The back row's cells are 3 px wide: blur and noise lose some of them (a second scan catches more).
    atLeast: 0.75,
  },
];

const SEEDS = [1, 2, 3];

describe('the card detector on made-up frames', () => {
  // Drawing the frames takes most of the time: minutes on a busy machine.
  it('reads each condition’s cards at its rate and never reads one wrong (table printed)', { timeout: 300_000 }, () => {
    const rows: string[] = [];
    const failures: string[] = [];
    for (const condition of conditions) {
      const total = { right: 0, wrong: 0, missed: 0 };
      for (const seed of SEEDS) {
        const outcome = scan(condition.scenes(seed));
        total.right += outcome.right;
        total.wrong += outcome.wrong;
        total.missed += outcome.missed;
      }
      const cards = total.right + total.missed;
      const rate = total.right / cards;
      rows.push(
        `${condition.name.padEnd(58)} ${String(total.right).padStart(3)}/${cards}  ${(rate * 100).toFixed(1).padStart(5)} %  wrong ${total.wrong}`,
      );
      if (rate < condition.atLeast || total.wrong > 0) failures.push(condition.name);
    }
    console.log(
      `Detection rate per condition (${SEEDS.length} frames each, of 24 cards but the last):\n${rows.join('\n')}`,
    );
    expect(failures).toEqual([]);
  });

  it(
    'reads at least 29 of a class of 30 in one 1280×720 frame at classroom scale, none wrong',
    { timeout: 120_000 },
    () => {
      const lines: string[] = [];
      for (const seed of [11, 12, 13, 14, 15, 16, 17, 18]) {
        const outcome = scan(classroom(30, seed));
        lines.push(`seed ${seed}: ${outcome.right}/30 right, ${outcome.wrong} wrong`);
        expect(outcome.wrong).toBe(0);
        expect(outcome.right).toBeGreaterThanOrEqual(29);
      }
      console.log(`A class of 30 (markers 26–77 px):\n${lines.join('\n')}`);
    },
  );

  it('reads nothing in a room with no card', { timeout: 60_000 }, () => {
    const reads = detector.read({
      width: 1280,
      height: 720,
      data: renderFrame({ width: 1280, height: 720, cards: [], seed: 5, conditions: { noise: 12 } }),
    });
    expect(reads).toEqual([]);
  });
});
