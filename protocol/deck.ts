import * as v from 'valibot';
import { LIMITS } from './limits.ts';
import { PollDefinitionSchema } from './poll.ts';

const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.slideIndex));

/** Where the console sends the deck: one step, or a given slide (Reveal's h/v indices and fragment). */
export const DeckMoveSchema = v.variant('to', [
  v.strictObject({ to: v.literal('next') }),
  v.strictObject({ to: v.literal('prev') }),
  v.strictObject({
    to: v.literal('slide'),
    h: index,
    v: index,
    f: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1))),
  }),
]);
export type DeckMove = v.InferOutput<typeof DeckMoveSchema>;

/**
 * What the presenter tells the console about the slide on screen, so the console can drive its polls.
 * `number` of `total` is the projector's own count (reveal's "7 / 10": every slide, vertical ones included),
 * so both screens name a slide the same way; absent from a presenter older than it.
 */
export const DeckSlideSchema = v.strictObject({
  h: index,
  v: index,
  number: v.optional(v.pipe(index, v.minValue(1))),
  total: v.optional(v.pipe(index, v.minValue(1))),
  polls: v.pipe(v.array(PollDefinitionSchema), v.maxLength(LIMITS.pollsPerSlide)),
});
export type DeckSlide = v.InferOutput<typeof DeckSlideSchema>;

/**
 * A deck's id, as its folder is named: lower case, digits and dashes, never a dot, so a poll id namespaced
 * with it (`welcome.rule-that-matters`) cannot be read two ways.
 */
export const DeckIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" only'),
  v.maxLength(LIMITS.deckIdLength),
);

/** A deck's poll id as the session knows it: the deck's id, a dot, the id the deck's author wrote. */
export function deckPollId(deckId: string, pollId: string): string {
  return `${deckId}.${pollId}`;
}
