import * as v from 'valibot';
import { SlugSchema } from './ids.ts';
import { DEFAULT_MIN_RESPONSES, LIMITS } from './limits.ts';
import { textField } from './text.ts';

export const POLL_KINDS = ['single', 'multiple', 'scale', 'wordcloud', 'open', 'ranking', 'quiz'] as const;
export type PollKind = (typeof POLL_KINDS)[number];

/** Kinds whose answers are free text: never shown to the group before the facilitator approves them. */
export const FREE_TEXT_KINDS = ['wordcloud', 'open'] as const satisfies readonly PollKind[];
export type FreeTextKind = (typeof FREE_TEXT_KINDS)[number];

export function isFreeTextKind(kind: PollKind): kind is FreeTextKind {
  return (FREE_TEXT_KINDS as readonly PollKind[]).includes(kind);
}

export const OptionSchema = v.strictObject({ id: SlugSchema, label: textField(LIMITS.optionLabelLength) });
export type PollOption = v.InferOutput<typeof OptionSchema>;

function hasUniqueIds(options: readonly { id: string }[]): boolean {
  return new Set(options.map((option) => option.id)).size === options.length;
}

function optionList(max: number) {
  return v.pipe(
    v.array(OptionSchema),
    v.minLength(LIMITS.minOptions, `at least ${LIMITS.minOptions} options`),
    v.maxLength(max, `at most ${max} options`),
    v.check((options) => hasUniqueIds(options), 'option ids must be unique'),
  );
}

const integer = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const common = {
  id: SlugSchema,
  question: textField(LIMITS.questionLength),
  minResponses: v.optional(integer(0, LIMITS.maxMinResponses), DEFAULT_MIN_RESPONSES),
  /**
   * The knowledge check: this poll asks again, at the end, the question of the poll with this id (as its deck
   * wrote it), so the console and the export compare the class's answers before and after. Aggregates only.
   */
  baseline: v.optional(SlugSchema),
  /** The session rating: its results go to the facilitator's console and the export, never to the projector. */
  rating: v.optional(v.literal(true)),
};

const SinglePoll = v.strictObject({ ...common, kind: v.literal('single'), options: optionList(LIMITS.maxOptions) });
const MultiplePoll = v.strictObject({
  ...common,
  kind: v.literal('multiple'),
  options: optionList(LIMITS.maxOptions),
  /** How many options a student may tick; all of them when absent. */
  maxChoices: v.optional(integer(1, LIMITS.maxOptions)),
});
const ScalePoll = v.strictObject({
  ...common,
  kind: v.literal('scale'),
  min: integer(-LIMITS.scaleBound, LIMITS.scaleBound),
  max: integer(-LIMITS.scaleBound, LIMITS.scaleBound),
  minLabel: textField(LIMITS.scaleLabelLength),
  maxLabel: textField(LIMITS.scaleLabelLength),
});
const WordcloudPoll = v.strictObject({
  ...common,
  kind: v.literal('wordcloud'),
  maxEntries: v.optional(integer(1, LIMITS.wordcloudEntries), LIMITS.wordcloudEntries),
});
const OpenPoll = v.strictObject({ ...common, kind: v.literal('open') });
const RankingPoll = v.strictObject({
  ...common,
  kind: v.literal('ranking'),
  options: optionList(LIMITS.maxRankingOptions),
});
const QuizPoll = v.strictObject({
  ...common,
  kind: v.literal('quiz'),
  options: optionList(LIMITS.maxOptions),
  /** Shown to the group only once the poll is closed and its results revealed. No timer, no points. */
  correctOptionId: SlugSchema,
});

/** A poll as a deck declares it and the facilitator opens it. */
export const PollDefinitionSchema = v.pipe(
  v.variant('kind', [SinglePoll, MultiplePoll, ScalePoll, WordcloudPoll, OpenPoll, RankingPoll, QuizPoll]),
  v.check(
    (poll) => poll.kind !== 'multiple' || poll.maxChoices === undefined || poll.maxChoices <= poll.options.length,
    'maxChoices exceeds the number of options',
  ),
  v.check(
    (poll) => poll.kind !== 'scale' || (poll.max > poll.min && poll.max - poll.min < LIMITS.maxScaleSteps),
    `a scale needs min < max and at most ${LIMITS.maxScaleSteps} steps`,
  ),
  v.check(
    (poll) => poll.kind !== 'quiz' || poll.options.some((option) => option.id === poll.correctOptionId),
    'correctOptionId is not one of the options',
  ),
  // A change is told by the share of correct answers or by the mean: only quizzes and scales have one.
  v.check(
    (poll) =>
      poll.baseline === undefined || ((poll.kind === 'quiz' || poll.kind === 'scale') && poll.baseline !== poll.id),
    'baseline: only a quiz or a scale asks again another poll of the same kind',
  ),
  v.check((poll) => poll.rating === undefined || poll.kind === 'scale', 'rating: a session rating is a scale'),
);

export type PollDefinition = v.InferOutput<typeof PollDefinitionSchema>;
export type PollOf<K extends PollKind> = Extract<PollDefinition, { kind: K }>;
/** What a deck author writes: `minResponses` and `maxEntries` may be left out. */
export type PollDefinitionInput = v.InferInput<typeof PollDefinitionSchema>;

/** A poll as students see it: a quiz's correct option stays on the server. */
export const PublicPollSchema = v.variant('kind', [
  SinglePoll,
  MultiplePoll,
  ScalePoll,
  WordcloudPoll,
  OpenPoll,
  RankingPoll,
  v.omit(QuizPoll, ['correctOptionId']),
]);
export type PublicPoll = v.InferOutput<typeof PublicPollSchema>;

export function toPublicPoll(poll: PollDefinition): PublicPoll {
  if (poll.kind !== 'quiz') return poll;
  // Listed, not spread: a field added to quizzes later stays on the server until someone adds it here.
  const { id, kind, question, minResponses, options } = poll;
  return { id, kind, question, minResponses, options };
}
