/**
 * The hard questions of content/hard-questions.json, typed: questions students ask (is it a crime to have sent
 * it? will my parents be told?…) with answers checked against named sources, printed at the end of every
 * facilitator guide. What the law says is given per country and only where a source was read; for every other
 * country the guide says so and names whom to ask. Its checks are content/hard-questions.test.ts.
 */
import type { Language } from '../i18n/languages';
import { helpResources, type HelpResource } from './help-resources';
import data from './hard-questions.json' with { type: 'json' };

type Text = Readonly<Record<Language, string>>;

export interface CountryNote {
  /** What is known in that country, in the words of the kit, from the sources below. */
  readonly known: Text;
  readonly sources: readonly string[];
}

export interface HardQuestion {
  readonly id: string;
  readonly question: Text;
  /** The answer for every country: what the facilitator can say, and what not to add. */
  readonly answer: Text;
  readonly sources: readonly string[];
  /** Per country (ISO code as in help-resources.json), for a question the law decides. */
  readonly law?: Readonly<Record<string, CountryNote>>;
}

interface HardQuestionsData {
  /** The day the sources were last read (YYYY-MM-DD). */
  readonly checked: string;
  /** The help service to name, per country (its id in help-resources.json). */
  readonly ask: Readonly<Record<string, string>>;
  readonly questions: readonly HardQuestion[];
}

const bank = data as unknown as HardQuestionsData;

export const HARD_QUESTIONS: readonly HardQuestion[] = bank.questions;
export const HARD_QUESTIONS_CHECKED: string = bank.checked;

/**
 * Whom to ask in a country: the service the bank names for it, or else the country's first service (a country
 * added to the help data later still gets a name). None for a country without services.
 */
export function askFor(country: string, language: Language): HelpResource | undefined {
  const services = helpResources(country, language).filter((r) => !r.emergency);
  return services.find((r) => r.id === bank.ask[country]) ?? services[0];
}
