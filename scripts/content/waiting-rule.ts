/**
 * "Help tonight, not tomorrow": a role-play must never teach waiting while a deadline runs. Once a line of a path
 * announces a deadline ("before midnight", "in 30 minutes", or any line tagged `# deadline`), the deadline runs to
 * the end of that path, and nothing reached through a helping choice (`# response: helps`) may put the help off to
 * tomorrow ("tomorrow", "the next morning"…): neither the choice's own text nor the lines it leads to, up to the
 * next choice point or the ending. What happens after help came that night is told without those words ("later",
 * "on Monday").
 * A choice tagged `# response: hurts` may show waiting, to show why it hurts. The ink compiler plays every path
 * and asks this rule about each one (scripts/ink/compile-scenario.ts).
 */
import type { Language } from '../../i18n/languages.ts';
import type { Segment } from '../../components/pb-scenario/scenario-player.ts';

interface Wordings {
  /** Words that announce a deadline: a time that runs out tonight or in minutes. */
  readonly deadline: RegExp;
  /** Words that put something off until tomorrow. */
  readonly waiting: RegExp;
}

// Whole words, any case; a space stands for any run of spaces (no-break ones too).
const words = (source: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu');

// Per language, so that adding a language to LANGUAGES fails to type-check until its wordings are here.
const WORDINGS: Readonly<Record<Language, Wordings>> = {
  en: {
    deadline: words(
      String.raw`midnight|deadline|ultimatum|you have until|in (?:\d+|ten|twenty|thirty|forty-five|sixty) (?:minutes?|mins?|hours?)|in half an hour|(?:\d+|ten|twenty|thirty) (?:minutes?|hours?) (?:left|to pay)|(?:before|by) (?:tonight|\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?|the end of (?:the|this) (?:evening|night|hour))`,
    ),
    waiting: words(
      String.raw`tomorrow|the next (?:morning|day)|next morning|the following (?:morning|day)|the morning after|the day after|sleep on it|wait (?:until|till) (?:tomorrow|the morning)`,
    ),
  },
  fr: {
    deadline: words(
      String.raw`minuit|ultimatum|dans (?:\d+|dix|vingt|trente) (?:minutes?|min|heures?)|dans une demi-heure|(?:\d+|dix|vingt|trente) (?:minutes?|heures?) pour|(?:avant|d['’]ici) (?:ce soir|la fin de la soirée|\d{1,2} ?h(?:\d\d)?)|tu as jusqu['’]à`,
    ),
    waiting: words(
      String.raw`demain|le lendemain|(?:le|au) matin suivant|le jour suivant|au réveil|la nuit porte conseil|attendre le matin`,
    ),
  },
  nl: {
    deadline: words(
      String.raw`middernacht|deadline|ultimatum|(?:binnen|over) (?:de )?(?:\d+|tien|twintig|dertig) (?:minuten|minuut|uur)|binnen het half uur|(?:binnen|over) een half uur|nog (?:\d+|tien|twintig|dertig) (?:minuten|uur)|(?:voor|vóór|tegen) (?:vanavond|\d{1,2}(?:[:.]\d\d)? ?(?:uur|u))|je hebt tot`,
    ),
    waiting: words(
      String.raw`morgenochtend|morgenvroeg|morgen|de volgende (?:ochtend|dag|morgen)|de ochtend erna|de dag erna|(?:'s|’s) anderendaags|de dag nadien|wachten tot (?:morgen|de ochtend)`,
    ),
  },
  de: {
    deadline: words(
      String.raw`Mitternacht|Frist|Ultimatum|(?:in|innerhalb von) (?:\d+|zehn|zwanzig|dreißig) (?:Minuten|Minute|Stunden?)|in einer halben Stunde|noch (?:\d+|zehn|zwanzig|dreißig) (?:Minuten|Stunden)|(?:bis|vor) (?:heute Abend|\d{1,2}(?:[:.]\d\d)? ?Uhr)|du hast bis`,
    ),
    waiting: words(
      String.raw`morgen früh|morgen|(?:am )?(?:nächsten|folgenden) (?:Morgen|Tag)|am Morgen danach|am Tag danach|warten bis (?:morgen|zum Morgen)`,
    ),
  },
};

export interface WaitingProblem {
  readonly line: number;
  readonly problem: string;
}

/**
 * The places on one played path where a helping choice waits for tomorrow while a deadline runs. `deadlineLines`
 * are the lines tagged `# deadline`; `locate` finds the line of a text of the story (a choice when `choice` is
 * set), near the line the ink runtime gives, which may be the next one.
 */
export function waitingWhileDeadline(
  segments: readonly Segment[],
  path: readonly number[],
  lang: Language,
  deadlineLines: ReadonlySet<number>,
  locate: (text: string, options: { near?: number; choice?: boolean }) => number,
): WaitingProblem[] {
  const { deadline, waiting } = WORDINGS[lang];
  const problems: WaitingProblem[] = [];
  let announced: number | undefined;
  const problem = (line: number, text: string): WaitingProblem => ({
    line,
    problem: `a helping choice waits ("${waiting.exec(text)![0]}") while the deadline announced at line ${announced} runs: help comes now, that night (an adult at home, a helpline that answers at any hour); show waiting only on a choice tagged "# response: hurts"`,
  });
  for (const [i, segment] of segments.entries()) {
    const chosen = i > 0 ? segments[i - 1]!.choices.find((c) => c.index === path[i - 1]) : undefined;
    const helping = chosen?.response === 'helps';
    if (helping && announced !== undefined && waiting.test(chosen.text))
      problems.push(problem(locate(chosen.text, { choice: true }), chosen.text));
    for (const beat of segment.beats) {
      // Finding a line reads the source: only for a line that matters.
      const line = (): number => locate(beat.text, { near: beat.line });
      if (announced === undefined) {
        if (deadline.test(beat.text) || (deadlineLines.size > 0 && deadlineLines.has(line()))) announced = line();
      } else if (helping && waiting.test(beat.text)) problems.push(problem(line(), beat.text));
    }
  }
  return problems;
}
