/**
 * Approved questions from the question box, and their "me too" counts. A phone says "me too" once per question,
 * with a ballot key of that question only, blind-signed like a poll's (ADR 10): the count says how many wonder the same, never who.
 */
import * as v from 'valibot';
import { SlugSchema } from './ids.ts';

export { ME_TOO_PREFIX, meTooBoxId } from './me-too-box.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** An approved question as the group (the projector, the phones) may see it. */
export const ApprovedQuestionSchema = v.object({
  /** The moderation entry's id: random, it says nothing of when the question came. */
  id: SlugSchema,
  text: v.string(),
  /** How many students sent this same text. */
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** "Me too"s, once they reach the poll's minimum number of answers; null below it (too few to hide anyone). */
  meToo: v.nullable(count),
});
export type ApprovedQuestion = v.InferOutput<typeof ApprovedQuestionSchema>;

/** As the facilitator console sees it: the exact count too, which the console sorts by and never projects. */
export const FacilitatorQuestionSchema = v.object({ ...ApprovedQuestionSchema.entries, meTooCount: count });
export type FacilitatorQuestion = v.InferOutput<typeof FacilitatorQuestionSchema>;
