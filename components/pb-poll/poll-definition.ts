/**
 * How a deck author writes a poll, turned into the protocol's poll definition. Pure (no DOM) so that the
 * element reads its attributes with it in the browser and the deck compiler checks the same thing at build time:
 *
 *     <pb-poll id="who-is-to-blame" kind="single" question="Who is to blame?" min-responses="5">
 *     <pb-option id="blackmailer" correct>The blackmailer</pb-option>
 *     <pb-option id="victim">The person who sent the photo</pb-option>
 *     </pb-poll>
 */
import type { PollDefinitionInput } from '../../protocol/poll';

export type Attributes = Readonly<Record<string, string | null | undefined>>;

export interface AuthoredOption {
  readonly attributes: Attributes;
  /** The option's label: its text content. */
  readonly text: string;
}

const present = (value: string | null | undefined): boolean => value !== null && value !== undefined;

const number = (value: string | null | undefined): number | undefined =>
  value === null || value === undefined || value.trim() === '' ? undefined : Number(value);

/**
 * The definition a poll's attributes and `<pb-option>` children describe. It is not validated here: the deck
 * compiler runs it through the protocol's schema (and so does the presenter before it opens the poll).
 */
export function pollDefinition(attributes: Attributes, options: readonly AuthoredOption[]): PollDefinitionInput {
  const base = {
    id: attributes.id ?? '',
    question: (attributes.question ?? '').trim(),
    minResponses: number(attributes['min-responses']),
    // The knowledge check's second asking names its first (`baseline="…"`); a session rating is marked `rating`.
    baseline: attributes.baseline ?? undefined,
    rating: present(attributes.rating) ? (true as const) : undefined,
  };
  const choices = options.map((option) => ({
    id: option.attributes.id ?? '',
    label: option.text.replace(/\s+/g, ' ').trim(),
  }));
  const kind = attributes.kind;
  const withoutUndefined = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  switch (kind) {
    case 'single':
    case 'ranking':
      return withoutUndefined({ ...base, kind, options: choices });
    case 'multiple':
      return withoutUndefined({ ...base, kind, options: choices, maxChoices: number(attributes['max-choices']) });
    case 'quiz': {
      const correct = options.find((option) => present(option.attributes.correct));
      return withoutUndefined({ ...base, kind, options: choices, correctOptionId: correct?.attributes.id ?? '' });
    }
    case 'scale':
      return withoutUndefined({
        ...base,
        kind,
        min: number(attributes.min) ?? 1,
        max: number(attributes.max) ?? 5,
        minLabel: attributes['min-label'] ?? '',
        maxLabel: attributes['max-label'] ?? '',
      });
    case 'wordcloud':
      return withoutUndefined({ ...base, kind, maxEntries: number(attributes['max-entries']) });
    case 'open':
      return withoutUndefined({ ...base, kind });
    default:
      // An unknown kind is reported by the schema ("Invalid type"), with the rest of the definition.
      return { ...base, kind: kind as 'single', options: choices };
  }
}
