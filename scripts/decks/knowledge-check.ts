/**
 * The knowledge check as a deck declares it: a poll near the end names, with `baseline="<id>"`, the poll it asks
 * again, so the console and the export compare the class's answers before and after (aggregates only). The
 * comparison means something only if both ask the very same question: this check fails the build, at the
 * second poll's file and line, when they do not.
 */
import type { PollDefinitionInput } from '../../protocol/poll.ts';

/** A poll as the compiler found it in one language file. */
export interface AuthoredPoll {
  readonly definition: PollDefinitionInput;
  readonly line: number;
}

/** Everything the class is shown and answers, without what may differ between the two askings. */
function asked(definition: PollDefinitionInput): string {
  const shown: Record<string, unknown> = { ...definition };
  for (const field of ['id', 'baseline', 'minResponses']) delete shown[field];
  return JSON.stringify(shown);
}

/** The problems of a deck file's knowledge check, each with the line of the poll that has it. */
export function checkKnowledgeCheck(polls: readonly AuthoredPoll[]): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  const pairedWith = new Map<string, string>();
  polls.forEach(({ definition, line }, index) => {
    const baselineId = definition.baseline;
    if (baselineId === undefined) return;
    const name = `<pb-poll id="${definition.id}" baseline="${baselineId}">`;
    const baseline = polls.slice(0, index).find((p) => p.definition.id === baselineId);
    if (!baseline) {
      problems.push({ line, problem: `${name}: no poll "${baselineId}" comes before it in this deck` });
      return;
    }
    if (baseline.definition.baseline !== undefined || baseline.definition.rating) {
      problems.push({ line, problem: `${name}: "${baselineId}" is itself a second asking or a rating` });
      return;
    }
    const earlier = pairedWith.get(baselineId);
    if (earlier) {
      problems.push({ line, problem: `${name}: "${baselineId}" is already asked again by "${earlier}"` });
      return;
    }
    pairedWith.set(baselineId, definition.id);
    if (asked(baseline.definition) !== asked(definition))
      problems.push({
        line,
        problem: `${name}: asks something else than "${baselineId}" (line ${baseline.line}): the question, the options, the right answer and the scale must be the same`,
      });
  });
  return problems;
}
