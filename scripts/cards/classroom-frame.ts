/**
 * Camera frames made up for the card scanner's tests and benchmark: answer cards drawn at a known rotation,
 * size and tilt over a cluttered room, then blurred, noised and lit unevenly as a webcam would see them. The
 * same seed gives the same frame.
 */
import { LETTERS, MARKER_CELLS, markerCells, type Point } from '../../app/cards/answer-cards.ts';

/** A card in the frame: its number, the letter held on top, its paper's corners (its top-left first, clockwise). */
export interface PlacedCard {
  readonly card: number;
  readonly letter: number;
  readonly corners: readonly [Point, Point, Point, Point];
}

export interface Conditions {
  /** Box-blur radius in pixels (applied twice: close to a Gaussian), for focus and motion. */
  readonly blur?: number;
  /** Standard deviation of the sensor noise, in grey levels. */
  readonly noise?: number;
  /** 0: even light; 0.6: one side of the room gets 40 % of the other's light. */
  readonly unevenLight?: number;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly cards: readonly PlacedCard[];
  readonly conditions?: Conditions;
  readonly seed?: number;
}

/** The paper's margin around the marker, as a share of the card's side: the letters are printed in it. */
export const CARD_MARGIN = 0.16;

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Matrix = [number, number, number, number, number, number, number, number, number];

/** The homography that maps the unit square's corners (0,0), (1,0), (1,1), (0,1) onto `q` (Heckbert). */
function squareToQuad(q: readonly Point[]): Matrix {
  const [p0, p1, p2, p3] = q as [Point, Point, Point, Point];
  const sx = p0.x - p1.x + p2.x - p3.x;
  const sy = p0.y - p1.y + p2.y - p3.y;
  const dx1 = p1.x - p2.x;
  const dx2 = p3.x - p2.x;
  const dy1 = p1.y - p2.y;
  const dy2 = p3.y - p2.y;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / det;
  const h = (dx1 * sy - sx * dy1) / det;
  return [
    p1.x - p0.x + g * p1.x,
    p3.x - p0.x + h * p3.x,
    p0.x,
    p1.y - p0.y + g * p1.y,
    p3.y - p0.y + h * p3.y,
    p0.y,
    g,
    h,
    1,
  ];
}

function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A / det,
    -(b * i - c * h) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    -(a * f - c * d) / det,
    C / det,
    -(a * h - b * g) / det,
    (a * e - b * d) / det,
  ];
}

const PAPER = 225;
const INK = 25;

/** The grey of a card's face at (u, v) in its unit square: the marker, and a letter's mark at each edge. */
function cardFace(cells: boolean[][], u: number, v: number): number {
  const inner = 1 - 2 * CARD_MARGIN;
  const mu = (u - CARD_MARGIN) / inner;
  const mv = (v - CARD_MARGIN) / inner;
  if (mu >= 0 && mu < 1 && mv >= 0 && mv < 1)
    return cells[Math.floor(mv * MARKER_CELLS)]![Math.floor(mu * MARKER_CELLS)] ? INK : PAPER;
  // The letters: small dark strokes in the middle of each margin, as printed.
  const nearEdge = Math.min(v, 1 - u, 1 - v, u);
  const along = nearEdge === v || nearEdge === 1 - v ? u : v;
  if (nearEdge > 0.04 && nearEdge < 0.1 && Math.abs(along - 0.5) < 0.03) return 90;
  return PAPER;
}

/** A square card of side `size` centred on `center`, turned so `letter` is on top, tipped back by `tilt` (0…0.3). */
export function placeCard(
  card: number,
  letter: number,
  center: Point,
  size: number,
  options: { readonly skew?: number; readonly tilt?: number } = {},
): PlacedCard {
  // A quarter turn to the left per letter brings B's, C's, D's edge on top; `skew` adds a hand's imprecision.
  const angle = (-letter * Math.PI) / 2 + (options.skew ?? 0);
  const tilt = options.tilt ?? 0;
  const corners = [0, 1, 2, 3].map((k) => {
    const p = rotatePoint(unitCorner(k), angle);
    const q = tiltPoint(p, tilt);
    return { x: center.x + q.x * size, y: center.y + q.y * size };
  }) as [Point, Point, Point, Point];
  return { card, letter, corners };
}

function unitCorner(k: number): Point {
  return [
    { x: -0.5, y: -0.5 },
    { x: 0.5, y: -0.5 },
    { x: 0.5, y: 0.5 },
    { x: -0.5, y: 0.5 },
  ][k]!;
}

function rotatePoint(p: Point, angle: number): Point {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return { x: p.x * cos - p.y * sin, y: p.x * sin + p.y * cos };
}

/** The perspective of a card leaning back: its upper part farther, so narrower and shorter. */
function tiltPoint(p: Point, tilt: number): Point {
  const depth = 1 + tilt * (0.5 - p.y); // 1 at the bottom edge, 1 + tilt at the top
  return { x: p.x / depth, y: (p.y * (1 - tilt / 2)) / depth };
}

/** Draws the scene: RGBA bytes (grey in each channel), as a canvas's ImageData holds them. */
export function renderFrame(scene: Scene): Uint8ClampedArray<ArrayBuffer> {
  const { width, height } = scene;
  const rnd = random(scene.seed ?? 1);
  const grey = new Float32Array(width * height);
  // The room: a wall, then people and desks as blocks of other greys, some with stripes (clothes, blinds).
  grey.fill(150);
  for (let n = 0; n < 160; n++) {
    const w = 20 + rnd() * 200;
    const h = 20 + rnd() * 200;
    const x0 = Math.floor(rnd() * width - w / 2);
    const y0 = Math.floor(rnd() * height - h / 2);
    const shade = 30 + rnd() * 200;
    const stripes = rnd() < 0.25 ? 4 + Math.floor(rnd() * 10) : 0;
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++)
        grey[y * width + x] = stripes && Math.floor((x - x0) / stripes) % 2 ? shade * 0.5 : shade;
  }
  for (const placed of scene.cards) drawCard(grey, width, height, placed);
  const { blur = 0, noise = 0, unevenLight = 0 } = scene.conditions ?? {};
  if (blur > 0) {
    boxBlur(grey, width, height, blur);
    boxBlur(grey, width, height, blur);
  }
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      // Light falls from one corner of the room: 1 there, 1 − unevenLight in the opposite one.
      const light = 1 - unevenLight * (0.6 * (x / width) + 0.4 * (y / height));
      const value = grey[y * width + x]! * light + (noise ? gaussian(rnd) * noise : 0);
      const i = (y * width + x) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = value;
      rgba[i + 3] = 255;
    }
  return rgba;
}

function drawCard(grey: Float32Array, width: number, height: number, placed: PlacedCard): void {
  const cells = markerCells(placed.card);
  const toCard = invert(squareToQuad(placed.corners));
  const xs = placed.corners.map((p) => p.x);
  const ys = placed.corners.map((p) => p.y);
  const SAMPLES = 3; // per axis: the edges come out anti-aliased, as a lens would smooth them
  for (let y = Math.max(0, Math.floor(Math.min(...ys))); y <= Math.min(height - 1, Math.ceil(Math.max(...ys))); y++)
    for (let x = Math.max(0, Math.floor(Math.min(...xs))); x <= Math.min(width - 1, Math.ceil(Math.max(...xs))); x++) {
      let sum = 0;
      let inside = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          const w = toCard[6] * px + toCard[7] * py + toCard[8];
          const u = (toCard[0] * px + toCard[1] * py + toCard[2]) / w;
          const v = (toCard[3] * px + toCard[4] * py + toCard[5]) / w;
          if (u < 0 || u >= 1 || v < 0 || v >= 1) continue;
          inside++;
          sum += cardFace(cells, u, v);
        }
      if (inside) {
        const i = y * width + x;
        grey[i] = (grey[i]! * (SAMPLES * SAMPLES - inside) + sum) / (SAMPLES * SAMPLES);
      }
    }
}

function boxBlur(grey: Float32Array, width: number, height: number, radius: number): void {
  const r = Math.max(1, Math.round(radius));
  const copy = new Float32Array(grey.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let k = Math.max(0, x - r); k <= Math.min(width - 1, x + r); k++, n++) sum += grey[y * width + k]!;
      copy[y * width + x] = sum / n;
    }
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let k = Math.max(0, y - r); k <= Math.min(height - 1, y + r); k++, n++) sum += copy[k * width + x]!;
      grey[y * width + x] = sum / n;
    }
}

function gaussian(rnd: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

/**
 * A class of `count` students holding their cards up in a 1280×720 frame from the front of a room: rows from
 * 2 m (front) to 6 m (back), cards printed one per A4 page (a 16.8 cm marker) seen by a 70° webcam, so markers of
 * about 77 px in the front row and 26 px at the back; each card a little turned and tipped back, answers at random
 * among the first `answers` letters.
 */
export function classroom(
  count: number,
  seed: number,
  conditions: Conditions = {},
  answers: number = LETTERS.length,
): Scene & { readonly cards: PlacedCard[] } {
  const width = 1280;
  const height = 720;
  const rnd = random(seed);
  const rows = 5;
  const perRow = Math.ceil(count / rows);
  const cards: PlacedCard[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow); // 0 is the back row, at the top of the frame
    const distance = 6 - (4 * row) / (rows - 1);
    // A 70° webcam at 1280 px sees 914 px per metre at 1 m; the card's paper is the marker over its share.
    const marker = (0.168 * 914) / distance;
    const size = marker / (1 - 2 * CARD_MARGIN);
    const inRow = i % perRow;
    const x = ((inRow + 0.5) / perRow) * width + (rnd() - 0.5) * (width / perRow - size) * 0.5;
    const y = 70 + (row / (rows - 1)) * (height - 160) + (rnd() - 0.5) * 20;
    cards.push(
      placeCard(i + 1, Math.floor(rnd() * answers), { x, y }, size, {
        skew: (rnd() - 0.5) * 0.5,
        tilt: rnd() * 0.25,
      }),
    );
  }
  return { width, height, cards, conditions, seed };
}

/**
 * The frame as a one-frame Y4M video (4:2:0, grey), the format Chromium's fake camera plays in a loop
 * (`--use-file-for-fake-video-capture`). Luma in video range (16–235), as a camera sends it.
 */
export function y4m(width: number, height: number, rgba: Uint8ClampedArray): Uint8Array {
  const header = new TextEncoder().encode(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  const luma = width * height;
  const chroma = (width / 2) * (height / 2);
  const out = new Uint8Array(header.length + luma + 2 * chroma);
  out.set(header);
  for (let i = 0; i < luma; i++) out[header.length + i] = 16 + Math.round((rgba[i * 4]! * 219) / 255);
  out.fill(128, header.length + luma);
  return out;
}
