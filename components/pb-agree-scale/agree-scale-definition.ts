/**
 * How a deck author writes an agree-or-disagree statement, read the same way by `<pb-agree-scale>` and by the
 * deck compiler's check (components/catalog.ts). Pure: no DOM, no Lit.
 *
 *     <pb-agree-scale id="pay-stops-it" statement="If you pay, the blackmail stops."></pb-agree-scale>
 *
 * The class answers on a five-point scale (a `scale` poll from 1 to 5 on the phones); the points are named
 * by the kit's strings in the page's language, so the author writes only the statement.
 */
import * as v from 'valibot';
import { PollDefinitionSchema, type PollDefinitionInput } from '../../protocol/poll.ts';
import { pollDefinition, type Attributes } from '../pb-poll/poll-definition.ts';

/** The five points, from "strongly disagree" (1) to "strongly agree" (5): keys of `activities:agreeScale.points`. */
export const AGREE_POINTS = ['stronglyDisagree', 'disagree', 'neither', 'agree', 'stronglyAgree'] as const;
export type AgreePoint = (typeof AGREE_POINTS)[number];

/** The scale poll; `labels` name the two ends (what a phone shows beside 1 and 5) in the page's language. */
export function agreeScalePoll(
  attributes: Attributes,
  labels: { readonly min: string; readonly max: string },
): PollDefinitionInput {
  return pollDefinition(
    {
      id: attributes.id,
      kind: 'scale',
      question: attributes.statement,
      'min-responses': attributes['min-responses'],
      min: '1',
      max: String(AGREE_POINTS.length),
      'min-label': labels.min,
      'max-label': labels.max,
    },
    [],
  );
}

// The schema names fields as the protocol does; the author wrote attributes.
const ATTRIBUTE_OF: Readonly<Record<string, string>> = { question: 'statement', minResponses: 'min-responses' };

/** The build's check of a `<pb-agree-scale>`, worded for the deck's author. */
export function checkAgreeScale(element: { readonly attributes: Attributes; readonly text: string }): string[] {
  const name = `<pb-agree-scale id="${element.attributes.id ?? ''}">`;
  const problems: string[] = [];
  if (element.text.trim())
    problems.push(`write the statement in statement="…", not between the tags ("${element.text.trim()}")`);
  const result = v.safeParse(PollDefinitionSchema, agreeScalePoll(element.attributes, { min: '-', max: '+' }));
  if (!result.success)
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '';
      problems.push(`${ATTRIBUTE_OF[path] ?? path}: ${issue.message}`);
    }
  return problems.map((problem) => `${name}: ${problem}`);
}
