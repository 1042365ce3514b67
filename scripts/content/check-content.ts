/**
 * `npm run check:content`: every rule the decks and role-plays must follow, with file and line for each problem.
 * The same rules run in `vite build` and `npm run dev`; this command is the quick check for authors and
 * translators. Exit code 1 when anything is wrong.
 */
import { join } from 'node:path';
import { DeckErrors, type DeckError } from '../decks/compile-deck.ts';
import { compileDecks } from '../decks/vite-plugin.ts';
import { compileScenarios } from '../ink/vite-plugin.ts';

/** All problems in the decks folder: structure, notes, elements, content rules, role-plays. */
export function contentProblems(decksDir: string, root: string): DeckError[] {
  const problems: DeckError[] = [];
  for (const compile of [compileDecks, compileScenarios]) {
    try {
      compile(decksDir, root);
    } catch (e) {
      if (!(e instanceof DeckErrors)) throw e;
      problems.push(...e.errors);
    }
  }
  // Both compilers report what is wrong with a deck's files (a missing language, say): say it once.
  return [...new Map(problems.map((p) => [p.message, p])).values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const problems = contentProblems(join(root, 'decks'), root);
  for (const problem of problems) console.error(problem.message);
  console.log(problems.length ? `${problems.length} problem(s) in the decks.` : 'The decks follow every content rule.');
  process.exitCode = problems.length ? 1 : 0;
}
