/**
 * How a deck author writes a word cloud, read the same way by `<pb-word-cloud>` and by the deck compiler's
 * check (components/catalog.ts). Pure: no DOM, no Lit.
 *
 *     <pb-word-cloud id="feelings" question="In one word: how might Sam feel?" max-entries="2"></pb-word-cloud>
 *
 * It is `<pb-poll kind="wordcloud">`'s poll: each student sends up to `max-entries` words (1 to 3), and only
 * the words the facilitator approves ever reach the slide.
 */
import * as v from 'valibot';
import { PollDefinitionSchema, type PollDefinitionInput } from '../../protocol/poll.ts';
import { pollDefinition, type Attributes } from '../pb-poll/poll-definition.ts';

export function wordCloudPoll(attributes: Attributes): PollDefinitionInput {
  return pollDefinition(
    {
      id: attributes.id,
      kind: 'wordcloud',
      question: attributes.question,
      'min-responses': attributes['min-responses'],
      'max-entries': attributes['max-entries'],
    },
    [],
  );
}

const ATTRIBUTE_OF: Readonly<Record<string, string>> = { minResponses: 'min-responses', maxEntries: 'max-entries' };

/** The build's check of a `<pb-word-cloud>`, worded for the deck's author. */
export function checkWordCloud(element: { readonly attributes: Attributes; readonly text: string }): string[] {
  const name = `<pb-word-cloud id="${element.attributes.id ?? ''}">`;
  const problems: string[] = [];
  if (element.text.trim())
    problems.push(`write the question in question="…", not between the tags ("${element.text.trim()}")`);
  const result = v.safeParse(PollDefinitionSchema, wordCloudPoll(element.attributes));
  if (!result.success)
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '';
      problems.push(`${ATTRIBUTE_OF[path] ?? path}: ${issue.message}`);
    }
  return problems.map((problem) => `${name}: ${problem}`);
}
