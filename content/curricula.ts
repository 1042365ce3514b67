/**
 * The Belgian curricula the sessions serve, from content/curricula.json, typed: printed on the last page of every
 * facilitator guide. A framework names a target (with its quotation, in the language of the text) only where a
 * text was read, with its address; otherwise it says what is known and what is not. Its checks are
 * content/curricula.test.ts.
 */
import type { Language } from '../i18n/languages';
import data from './curricula.json' with { type: 'json' };

type Text = Readonly<Record<Language, string>>;

export interface CurriculumText {
  /** The text's own title, in its own language. */
  readonly title: string;
  readonly url: string;
  /** The language the text is written in (for the screen reader's voice). */
  readonly lang: string;
}

export interface CurriculumTarget {
  /** Its number and stage, in the reader's language. */
  readonly ref: Text;
  /** The target's own words, and what it includes, quoted in the text's language. */
  readonly quote: string;
  readonly knowledge: string;
  readonly lang: string;
  /** Per session (deck id): what in it serves the target, in the reader's language. */
  readonly sessions: Readonly<Record<string, Text>>;
}

export interface Curriculum {
  readonly id: string;
  readonly name: Text;
  /** The texts read for it. */
  readonly texts: readonly CurriculumText[];
  readonly targets: readonly CurriculumTarget[];
  /** What the texts read say, when no target is quoted. */
  readonly known?: Text;
  /** What the texts read leave open, and where to check. */
  readonly open?: Text;
  readonly openSources: readonly CurriculumText[];
}

const file = data as unknown as { readonly checked: string; readonly frameworks: readonly Curriculum[] };

export const CURRICULA: readonly Curriculum[] = file.frameworks;
/** The day the texts were read (YYYY-MM-DD). */
export const CURRICULA_CHECKED: string = file.checked;
