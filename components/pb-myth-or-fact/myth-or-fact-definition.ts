/**
 * How a deck author writes a myth-or-fact card, read the same way by `<pb-myth-or-fact>` and by the deck
 * compiler's check (components/catalog.ts). Pure: no DOM, no Lit.
 *
 *     <pb-myth-or-fact id="paying-stops-it" statement="If you pay, they leave you alone." answer="myth">
 *     Paying rarely stops it: most often, they come back and ask for more (NCMEC, Thorn).
 *     </pb-myth-or-fact>
 *
 * The statement is the poll's question; the students answer "myth" or "fact" (a quiz, so the right answer stays
 * on the server until the facilitator closes the poll); the text inside says why.
 */
import * as v from 'valibot';
import { PollDefinitionSchema, type PollDefinitionInput } from '../../protocol/poll.ts';
import { pollDefinition, type Attributes } from '../pb-poll/poll-definition.ts';

export const VERDICTS = ['myth', 'fact'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(value: string | null | undefined): value is Verdict {
  return (VERDICTS as readonly (string | null | undefined)[]).includes(value);
}

/** The quiz poll: `labels` are the words for "myth" and "fact" in the page's language. */
export function mythOrFactPoll(attributes: Attributes, labels: Readonly<Record<Verdict, string>>): PollDefinitionInput {
  return pollDefinition(
    { id: attributes.id, kind: 'quiz', question: attributes.statement, 'min-responses': attributes['min-responses'] },
    VERDICTS.map((verdict) => ({
      attributes: { id: verdict, correct: attributes.answer === verdict ? '' : undefined },
      text: labels[verdict],
    })),
  );
}

/** The build's check of a `<pb-myth-or-fact>`, worded for the deck's author. */
export function checkMythOrFact(element: { readonly attributes: Attributes; readonly text: string }): string[] {
  const { attributes } = element;
  const name = `<pb-myth-or-fact id="${attributes.id ?? ''}">`;
  const problems: string[] = [];
  if (attributes.answer !== undefined && !isVerdict(attributes.answer))
    problems.push(`answer: "${attributes.answer}" must be "myth" or "fact"`);
  if (!element.text.trim())
    problems.push(
      'write why on its own lines between <pb-myth-or-fact …> and </pb-myth-or-fact>: it is shown with the answer',
    );
  const result = v.safeParse(PollDefinitionSchema, mythOrFactPoll(attributes, { myth: 'myth', fact: 'fact' }));
  if (!result.success)
    for (const issue of result.issues) {
      const path = v.getDotPath(issue);
      // A wrong or missing answer is worded above (and "answer" is a required attribute).
      if (path === 'correctOptionId' || issue.message === 'correctOptionId is not one of the options') continue;
      problems.push(
        `${path === 'question' ? 'statement' : path === 'minResponses' ? 'min-responses' : path}: ${issue.message}`,
      );
    }
  return problems.map((problem) => `${name}: ${problem}`);
}
