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

/** What the presenter tells the console about the slide on screen, so the console can drive its polls. */
export const DeckSlideSchema = v.strictObject({
  h: index,
  v: index,
  polls: v.pipe(v.array(PollDefinitionSchema), v.maxLength(LIMITS.pollsPerSlide)),
});
export type DeckSlide = v.InferOutput<typeof DeckSlideSchema>;
