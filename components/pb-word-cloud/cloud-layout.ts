/**
 * Places the words of a word cloud without overlaps: the largest first, each on a spiral out from the centre
 * until it touches no word placed before and stays inside the area. Pure and deterministic (no randomness, no
 * DOM), so the same words always make the same picture and a test can check the geometry.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A word's box in the area's units, from its top left corner. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CloudLayout {
  /** One entry per word, in the order given; undefined for a word that found no room. */
  readonly placements: readonly (Placement | undefined)[];
  /** The factor every word's size was multiplied by so that they fit (1: their own size). */
  readonly scale: number;
}

const overlaps = (a: Placement, b: Placement, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * One attempt at a given scale: each box on an Archimedean spiral (r = a·θ), stretched to the area's shape.
 * `giveUp`: stop at the first box that finds no room (the caller will try smaller).
 */
function place(boxes: readonly Size[], area: Size, gap: number, giveUp: boolean): (Placement | undefined)[] {
  const placed: Placement[] = [];
  const cx = area.width / 2;
  const cy = area.height / 2;
  const stretch = Math.sqrt(area.width / Math.max(area.height, 1));
  // Rings about 2π·a apart, points about 2·a apart along them: fine enough for words, cheap enough for 60.
  const a = Math.max(1, Math.min(area.width, area.height) / 200);
  const placements: (Placement | undefined)[] = [];
  for (const box of boxes) {
    const found = box.width <= area.width && box.height <= area.height ? spiral(box) : undefined;
    placements.push(found);
    if (found) placed.push(found);
    else if (giveUp) break;
  }
  return placements;

  function spiral(box: Size): Placement | undefined {
    // Past this radius the spiral's ellipse has left the area on every side.
    const limit = Math.hypot(cx / stretch, cy * stretch) + Math.max(box.width, box.height);
    for (let theta = 0; a * theta <= limit; theta += Math.min(0.5, 2 / Math.max(theta, 1))) {
      const radius = a * theta;
      const candidate: Placement = {
        x: cx + radius * Math.cos(theta) * stretch - box.width / 2,
        y: cy + (radius * Math.sin(theta)) / stretch - box.height / 2,
        width: box.width,
        height: box.height,
      };
      const inside =
        candidate.x >= 0 &&
        candidate.y >= 0 &&
        candidate.x + candidate.width <= area.width &&
        candidate.y + candidate.height <= area.height;
      if (inside && !placed.some((other) => overlaps(candidate, other, gap))) return candidate;
    }
    return undefined;
  }
}

/**
 * Lays `boxes` (sorted by importance, largest first) out in `area`. Boxes that would cover more than `density`
 * of the area start smaller; when some still do not fit, every box shrinks a little and the layout starts over,
 * down to `minScale`. What then finds no room is left out of the picture (the element lists every word as text).
 */
export function layoutCloud(
  boxes: readonly Size[],
  area: Size,
  { gap = 2, minScale = 0.4, density = 0.5 } = {},
): CloudLayout {
  const covered = boxes.reduce((sum, b) => sum + b.width * b.height, 0);
  let scale = Math.max(minScale, Math.min(1, Math.sqrt((density * area.width * area.height) / Math.max(covered, 1))));
  for (;;) {
    const last = scale * 0.9 < minScale;
    const scaled = boxes.map((b) => ({ width: b.width * scale, height: b.height * scale }));
    const placements = place(scaled, area, gap, !last);
    if (last || (placements.length === boxes.length && placements.every(Boolean))) return { placements, scale };
    scale *= 0.9;
  }
}
