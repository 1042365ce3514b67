/**
 * What a session changed, for the facilitator only (the console and the export, never the projector): the
 * knowledge check (the same questions at the start and at the end, compared as class totals, never student by
 * student: ballot keys are per poll, ADR 10) and the anonymous session rating. Every figure obeys the poll's
 * minimum number of answers: below it, only how many answers are still needed.
 */
import * as v from 'valibot';
import { SlugSchema } from './ids.ts';
import { textField } from './text.ts';
import { LIMITS } from './limits.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One asking of a check question: its answer count, and its measure once the minimum is reached. */
export const CheckSideSchema = v.object({
  pollId: SlugSchema,
  answerCount: count,
  /** Answers still needed before anything else is shown; 0 once shown. */
  needed: count,
  /** A quiz: how many answers were right. Null below the minimum, or for a scale. */
  correct: v.nullable(count),
  /** A scale: the mean answer. Null below the minimum, or for a quiz. */
  mean: v.nullable(v.number()),
});
export type CheckSide = v.InferOutput<typeof CheckSideSchema>;

export const CheckQuestionSchema = v.object({
  question: textField(LIMITS.questionLength),
  kind: v.picklist(['quiz', 'scale']),
  /** A scale's ends, for reading its mean; null for a quiz. */
  scale: v.nullable(v.object({ min: v.number(), max: v.number() })),
  before: CheckSideSchema,
  after: CheckSideSchema,
});
export type CheckQuestion = v.InferOutput<typeof CheckQuestionSchema>;

export const RatingQuestionSchema = v.object({
  pollId: SlugSchema,
  question: textField(LIMITS.questionLength),
  min: v.number(),
  max: v.number(),
  minLabel: v.string(),
  maxLabel: v.string(),
  answerCount: count,
  needed: count,
  /** Every value from min to max with its count; null below the minimum. */
  counts: v.nullable(v.array(v.object({ value: v.number(), count }))),
  mean: v.nullable(v.number()),
});
export type RatingQuestion = v.InferOutput<typeof RatingQuestionSchema>;

export const SessionEvaluationSchema = v.object({
  knowledgeCheck: v.array(CheckQuestionSchema),
  rating: v.array(RatingQuestionSchema),
});
export type SessionEvaluation = v.InferOutput<typeof SessionEvaluationSchema>;
