import * as v from 'valibot';
import { LANGUAGES } from '../i18n/languages.ts';
import { SlugSchema } from './ids.ts';

/** Why the local filter flagged a text; the console shows the reason next to the entry. */
export const FLAG_KINDS = ['profanity', 'phone', 'email', 'handle', 'link', 'name'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const FlagSchema = v.object({
  kind: v.picklist(FLAG_KINDS),
  /** The part of the text (or, for profanity, the listed word) that raised the flag. */
  match: v.string(),
  /** For profanity: the word list it came from. */
  language: v.optional(v.picklist(LANGUAGES)),
});
export type Flag = v.InferOutput<typeof FlagSchema>;

export const MODERATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** Where a free text came from: the question box, an open-text poll or a word cloud. */
export const MODERATION_SOURCES = ['question', 'open', 'wordcloud'] as const;
export type ModerationSourceKind = (typeof MODERATION_SOURCES)[number];

/** One entry of the moderation queue, as the facilitator console (and only it) receives it. */
export const ModerationEntrySchema = v.object({
  id: SlugSchema,
  source: v.picklist(MODERATION_SOURCES),
  /** The poll an open-text answer or a word belongs to; null for the question box. */
  pollId: v.nullable(SlugSchema),
  text: v.string(),
  /** How many students sent this same text (after case and whitespace are ignored). */
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  status: v.picklist(MODERATION_STATUSES),
  flags: v.array(FlagSchema),
});
export type ModerationEntry = v.InferOutput<typeof ModerationEntrySchema>;

/** An approved text as the group may see it: no id, no flag, no status. */
export const TextCountSchema = v.object({ text: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(1)) });
export type TextCount = v.InferOutput<typeof TextCountSchema>;
