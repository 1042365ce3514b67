import * as v from 'valibot';
import { SlugSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { textField } from './text.ts';

function uniqueList(max: number, min = 1) {
  return v.pipe(
    v.array(SlugSchema),
    v.minLength(min),
    v.maxLength(max),
    v.check((ids) => new Set(ids).size === ids.length, 'an option may appear only once'),
  );
}

/** A student's answer; whether it fits the poll (option ids, counts, range) is the domain's check. */
export const AnswerSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('single'), optionId: SlugSchema }),
  v.strictObject({ kind: v.literal('multiple'), optionIds: uniqueList(LIMITS.maxOptions) }),
  v.strictObject({ kind: v.literal('scale'), value: v.pipe(v.number(), v.integer()) }),
  v.strictObject({
    kind: v.literal('wordcloud'),
    entries: v.pipe(
      v.array(textField(LIMITS.wordcloudEntryLength)),
      v.minLength(1),
      v.maxLength(LIMITS.wordcloudEntries),
    ),
  }),
  v.strictObject({ kind: v.literal('open'), text: textField(LIMITS.openTextLength, { multiline: true }) }),
  v.strictObject({ kind: v.literal('ranking'), order: uniqueList(LIMITS.maxRankingOptions, LIMITS.minOptions) }),
  v.strictObject({ kind: v.literal('quiz'), optionId: SlugSchema }),
]);

export type Answer = v.InferOutput<typeof AnswerSchema>;
export type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;
