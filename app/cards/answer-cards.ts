/**
 * Paper answer cards: each card is an ArUco marker of the ARUCO_MIP_36h12 dictionary (ADR 17). A student turns
 * the card so that the letter of their answer is on top and holds it up; the laptop's webcam reads the marker
 * and its rotation. The card's number only keeps one answer per card within one poll's scan (card-tally.ts).
 *
 * Pure: the print page, the scanner, the tests and the benchmark share it.
 */
import type { PollDefinitionInput } from '../../protocol/poll';

/** How many cards the kit prints: a class of 28 with spares. */
export const CARD_COUNT = 40;
/** The letters on a card's edges, from the top edge clockwise: a card held upright answers A. */
export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export type Letter = (typeof LETTERS)[number];

/** The dictionary's codes of the kit's cards (card n is code n−1), 36 bits each, row by row. */
const CODES = [
  0xd2b63a09d, 0x6001134e5, 0x1206fbe72, 0xff8ad6cb4, 0x85da9bc49, 0xb461afe9c, 0x6db51fe13, 0x5248c541f, 0x8f34503,
  0x8ea462ece, 0xeac2be76d, 0x1af615c44, 0xb48a49f27, 0x2e4e1283b, 0x78b1f2fa8, 0x27d34f57e, 0x89222fff1, 0x4c1669406,
  0xbf49b3511, 0xdc191cd5d, 0x11d7c3f85, 0x16a130e35, 0xe29f27eff, 0x428d8ae0c, 0x90d548477, 0x2319cbc93, 0xc3b0c3dfc,
  0x424bccc9, 0x2a081d630, 0x762743d96, 0xd0645bf19, 0xf38d7fd60, 0xc6cbf9a10, 0x3c1be7c65, 0x276f75e63, 0x4490a3f63,
  0xda60acd52, 0x3cc68df59, 0xab46f9dae, 0x88d533d78,
] as const;

/** Cells on a marker's side: 6 data cells inside a one-cell black border. */
export const MARKER_CELLS = 8;

/**
 * The marker of card `card` (1…CARD_COUNT) as rows of cells, border included: true is black. Drawn upright, its
 * top edge is the edge lettered A.
 */
export function markerCells(card: number): boolean[][] {
  const code = CODES[card - 1];
  if (code === undefined) throw new RangeError(`no card ${card}`);
  const bits = code.toString(2).padStart(36, '0');
  return Array.from({ length: MARKER_CELLS }, (_, y) =>
    Array.from({ length: MARKER_CELLS }, (_, x) => {
      const inside = x > 0 && y > 0 && x < MARKER_CELLS - 1 && y < MARKER_CELLS - 1;
      // In the dictionary a 1 is a white cell.
      return !inside || bits[(y - 1) * 6 + (x - 1)] === '0';
    }),
  );
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The answer a card shows, from its marker's corners in the image, the marker's own top-left first, clockwise.
 * Upright, the marker's top edge points right: A. Turned a quarter left (B's edge on top) it points up, and so
 * on. A camera does not mirror a frame (only a preview may be shown mirrored), so the turn reads as the room
 * sees it.
 */
export function letterOf(corners: readonly Point[]): number {
  const [topLeft, topRight] = corners as [Point, Point];
  const angle = Math.atan2(topRight.y - topLeft.y, topRight.x - topLeft.x);
  const quarters = Math.round(angle / (Math.PI / 2));
  return (((-quarters % 4) + 4) % 4) as 0 | 1 | 2 | 3;
}

/** What a card's letters stand for in a poll: an option id or a scale value, in the letters' order. */
export type CardChoices =
  | { readonly usable: true; readonly keys: readonly string[] }
  | { readonly usable: false; readonly reason: 'tooMany' | 'freeText' | 'rating' };

/**
 * A poll's answers as card letters: up to four options (single choice, quiz, multiple choice with one answer per
 * card, ranking's first place) or a scale of up to four points. More than four cannot be shown with four edges.
 */
export function cardChoices(poll: PollDefinitionInput): CardChoices {
  // A session rating is for phones only, as for a show of hands: a card held up can be seen by neighbours.
  if (poll.rating) return { usable: false, reason: 'rating' };
  let keys: string[];
  switch (poll.kind) {
    case 'wordcloud':
    case 'open':
      return { usable: false, reason: 'freeText' };
    case 'scale':
      keys = [];
      for (let value = poll.min; value <= poll.max && keys.length <= LETTERS.length; value++) keys.push(String(value));
      break;
    default:
      keys = poll.options.map((option) => option.id);
  }
  return keys.length <= LETTERS.length ? { usable: true, keys } : { usable: false, reason: 'tooMany' };
}
