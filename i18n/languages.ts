/** The languages every deck and every UI string must exist in, in the order the picker shows them. */
export const LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
