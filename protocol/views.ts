import * as v from 'valibot';
import { SlugSchema } from './ids.ts';
import { TextCountSchema } from './moderation.ts';
import { POLL_KINDS } from './poll.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const OptionCountSchema = v.object({ optionId: SlugSchema, count });

/** A poll's results, per kind; free texts hold approved entries only. */
export const TallySchema = v.variant('kind', [
  v.object({ kind: v.literal('single'), counts: v.array(OptionCountSchema) }),
  /** Counts per option; one student may count for several options. */
  v.object({ kind: v.literal('multiple'), counts: v.array(OptionCountSchema) }),
  v.object({
    kind: v.literal('quiz'),
    counts: v.array(OptionCountSchema),
    /** Null until the poll is closed and revealed. */
    correctOptionId: v.nullable(SlugSchema),
  }),
  v.object({
    kind: v.literal('scale'),
    /** Every value from min to max, zeros included, so the bars keep their places. */
    counts: v.array(v.object({ value: v.number(), count })),
    mean: v.nullable(v.number()),
  }),
  v.object({ kind: v.literal('wordcloud'), words: v.array(TextCountSchema) }),
  v.object({ kind: v.literal('open'), texts: v.array(TextCountSchema) }),
  v.object({
    kind: v.literal('ranking'),
    /** Best first: by mean rank (1 = ranked first), then by Borda points. */
    options: v.array(
      v.object({
        optionId: SlugSchema,
        meanRank: v.nullable(v.number()),
        /** Borda count: n−1 points for a first place, 0 for a last. */
        points: count,
        /** positions[i]: how many students put this option in place i+1. */
        positions: v.array(count),
      }),
    ),
  }),
]);
export type Tally = v.InferOutput<typeof TallySchema>;
export type TallyOf<K extends Tally['kind']> = Extract<Tally, { kind: K }>;

export const PollResultsSchema = v.variant('state', [
  /** The facilitator has not revealed the results yet. */
  v.object({ state: v.literal('hidden') }),
  /** Revealed, but fewer answers than the poll's minimum: the slide says how many are still needed. */
  v.object({ state: v.literal('needs_more'), needed: v.pipe(count, v.minValue(1)) }),
  v.object({ state: v.literal('shown'), tally: TallySchema }),
]);
export type PollResults = v.InferOutput<typeof PollResultsSchema>;

/** Everything the projected slide may know of a poll. */
export const PollViewSchema = v.object({
  pollId: SlugSchema,
  kind: v.picklist(POLL_KINDS),
  status: v.picklist(['open', 'closed']),
  revealed: v.boolean(),
  answerCount: count,
  /** Of `answerCount`, the answers scanned from paper cards (ADR 17); absent when there are none. */
  paperCount: v.optional(count),
  minResponses: count,
  results: PollResultsSchema,
});
export type PollView = v.InferOutput<typeof PollViewSchema>;
