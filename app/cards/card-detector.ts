/**
 * Reads the answer cards in one camera frame with js-aruco2 2.0.0 (MIT; the kit's copy as ES modules, ADR 17). Loaded only with the scanning view,
 * in its own chunk: the presenter does not carry it until "Scan cards" is pressed.
 *
 * The library's own `detect` is followed step by step, with three changes measured on the made-up frames of
 * card-detector.test.ts: a light blur before the threshold (sensor noise otherwise breaks the outlines), a wider
 * threshold window, and outlines kept down to 5 px apart (at the back of a room a card's paper and its marker
 * are that close, and the library kept the paper).
 */
import { AR } from './js-aruco2/aruco.js';
import { CV } from './js-aruco2/cv.js';
import { CARD_COUNT, letterOf } from './answer-cards';

/** One card read in a frame: its number (1…CARD_COUNT) and the letter on top (0 = A … 3 = D). */
export interface CardRead {
  readonly card: number;
  readonly letter: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  /** RGBA, as a canvas's ImageData holds it. */
  readonly data: Uint8ClampedArray | Uint8Array;
}

/**
 * At most 2 of a marker's 36 bits read wrong: the dictionary's codes are at least 12 bits apart, so a misread
 * card is dropped, never taken for another (the library would accept 11).
 */
const MAX_WRONG_BITS = 3;
/** The library's values but for the threshold window (7 px instead of 5) and the outlines' distance (5, not 10). */
const THRESHOLD_RADIUS = 3;
const THRESHOLD = 7;
const NOISE_RADIUS = 1;
const NEAREST_OUTLINES = 5;
/** The size of the marker's image the bits are read from: the library's. */
const WARP_SIZE = 49;

type Image = InstanceType<typeof CV.Image>;

export class CardDetector {
  readonly #detector = new AR.Detector({ dictionaryName: 'ARUCO_MIP_36h12', maxHammingDistance: MAX_WRONG_BITS });
  #images?: { grey: Image; smooth: Image; thres: Image; binary: Int32Array; width: number; height: number };

  /**
   * Working images of the frame's size, made once: typed arrays, where the library would grow plain arrays
   * pixel by pixel (a fifth of the time of a 1280×720 frame).
   */
  #prepare(frame: Frame) {
    const { width, height } = frame;
    if (this.#images?.width === width && this.#images.height === height) return this.#images;
    const image = () => new CV.Image(width, height, new Uint8ClampedArray(width * height));
    // Contour following numbers every outline it meets in `binary`: thousands in a busy room.
    this.#images = {
      grey: image(),
      smooth: image(),
      thres: image(),
      binary: new Int32Array((width + 2) * (height + 2)),
      width,
      height,
    };
    return this.#images;
  }

  /** Every card in the frame, once each: a card found twice (two outlines of one marker) keeps its clearest read. */
  read(frame: Frame): CardRead[] {
    const { grey, smooth, thres, binary } = this.#prepare(frame);
    const rgba = frame.data;
    const pixels = grey.data;
    for (let i = 0, j = 0; j < pixels.length; i += 4, j++)
      pixels[j] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
    CV.stackBoxBlur(grey, smooth, NOISE_RADIUS);
    CV.adaptiveThreshold(smooth, thres, THRESHOLD_RADIUS, THRESHOLD);
    const detector = this.#detector;
    const contours = CV.findContours(thres, binary);
    let candidates = detector.findCandidates(contours, frame.width * 0.01, 0.05, 10);
    candidates = detector.clockwiseCorners(candidates);
    candidates = detector.notTooNear(candidates, NEAREST_OUTLINES);
    const best = new Map<number, { letter: number; distance: number }>();
    for (const marker of detector.findMarkers(grey, candidates, WARP_SIZE)) {
      const card = marker.id + 1;
      // The dictionary has 250 codes: one past the printed 40 is a misread, whatever it decoded to.
      if (card > CARD_COUNT) continue;
      const seen = best.get(card);
      if (!seen || marker.hammingDistance < seen.distance)
        best.set(card, { letter: letterOf(marker.corners), distance: marker.hammingDistance });
    }
    return [...best].map(([card, { letter }]) => ({ card, letter }));
  }
}
