/**
 * The `pb-` elements a deck may use. The deck compiler refuses any other `pb-` tag, so a typo in a deck
 * fails the build instead of leaving an empty box on the projector.
 *
 * `activity: true` marks elements that carry class answers; they need an `id`, and every language of a deck
 * must hold the same ids on the same slides (answers are matched across languages by id).
 */
export interface ElementSpec {
  readonly activity: boolean;
  /** Attributes that must be present, checked at build time. */
  readonly required: readonly string[];
}

export const DECK_ELEMENTS: Readonly<Record<string, ElementSpec>> = {
  'pb-timer': { activity: false, required: ['minutes'] },
};
