/** The build's check of a `<pb-poll>` (components/activity-registry.ts), worded for the deck's author. Pure: no DOM. */
import * as v from 'valibot';
import { PollDefinitionSchema } from '../../protocol/poll.ts';
import { pollDefinition, type Attributes, type AuthoredOption } from './poll-definition.ts';

interface AuthoredPoll {
  readonly attributes: Attributes;
  readonly children: readonly { readonly name: string; readonly attributes: Attributes; readonly text: string }[];
}

const KINDS_WITH_OPTIONS = ['single', 'multiple', 'ranking', 'quiz'];

// The schema names fields as the protocol does; the author wrote attributes.
const ATTRIBUTE_OF: Readonly<Record<string, string>> = {
  minResponses: 'min-responses',
  maxChoices: 'max-choices',
  minLabel: 'min-label',
  maxLabel: 'max-label',
  maxEntries: 'max-entries',
  correctOptionId: 'correct (on one <pb-option>)',
};

function where(path: string | null): string {
  if (!path) return '';
  const option = /^options\.(\d+)\.(\w+)$/.exec(path);
  if (option) return `<pb-option> ${Number(option[1]) + 1} (${option[2] === 'label' ? 'its text' : option[2]}): `;
  return `${ATTRIBUTE_OF[path] ?? path}: `;
}

export function checkPoll(element: AuthoredPoll): string[] {
  const options: AuthoredOption[] = element.children
    .filter((child) => child.name === 'pb-option')
    .map((child) => ({ attributes: child.attributes, text: child.text }));
  const kind = element.attributes.kind ?? '';
  if (options.length && !KINDS_WITH_OPTIONS.includes(kind))
    return [`a "${kind}" poll takes no <pb-option> (only ${KINDS_WITH_OPTIONS.join(', ')} do)`];
  const result = v.safeParse(PollDefinitionSchema, pollDefinition(element.attributes, options));
  if (result.success) return [];
  return result.issues.map(
    (issue) => `<pb-poll id="${element.attributes.id ?? ''}">: ${where(v.getDotPath(issue))}${issue.message}`,
  );
}
