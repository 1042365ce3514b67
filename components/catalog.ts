/**
 * The `pb-` elements a deck may use: every activity of the registry (components/activity-registry.ts) and the
 * elements that stand only inside one. The deck compiler refuses any other `pb-` tag, so a typo in a deck
 * fails the build instead of leaving an empty box on the projector.
 *
 * `activity: true` marks elements that carry class answers; they need an `id`, and every language of a deck
 * must hold the same ids on the same slides (answers are matched across languages by id).
 *
 * Read at build time only (by scripts/decks/), so it may use the protocol's schemas freely.
 */
import { ACTIVITIES, type ActivityEntry } from './activity-registry.ts';

/** An element as the compiler found it in a slide: its attributes, text and `pb-` children. */
export interface DeckElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | null | undefined>>;
  readonly text: string;
  readonly children: readonly DeckElement[];
}

export interface ElementSpec {
  readonly activity: boolean;
  /** Attributes that must be present, checked at build time. */
  readonly required: readonly string[];
  /** The element may only stand inside this one (e.g. `pb-option` inside `pb-poll`). */
  readonly parent?: string;
  /** Checks the whole element once it is closed; returns the problems, worded for the deck's author. */
  readonly check?: (element: DeckElement) => string[];
}

export const DECK_ELEMENTS: Readonly<Record<string, ElementSpec>> = Object.fromEntries(
  (ACTIVITIES as readonly ActivityEntry[]).flatMap(({ tag, answers, required, check, children = {} }) => [
    [tag, { activity: answers, required, check }],
    ...Object.entries(children).map(([child, spec]) => [
      child,
      { activity: false, required: spec.required, parent: tag },
    ]),
  ]),
);
