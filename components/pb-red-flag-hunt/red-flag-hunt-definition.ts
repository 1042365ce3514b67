/**
 * How a deck author writes a red flag hunt, read the same way by `<pb-red-flag-hunt>` in the browser and by the
 * deck compiler's check (components/catalog.ts). Pure: no DOM, no Lit.
 *
 *     <pb-red-flag-hunt id="lina-chat" phone="Sam">
 *     <pb-message id="hello" from="Lina">Hey, I saw you at the skatepark!</pb-message>
 *     <pb-message from="Sam">Who are you?</pb-message>
 *     <pb-message id="snap" from="Lina" flag="moving-platform" explanation="…">Add me on another app?</pb-message>
 *     </pb-red-flag-hunt>
 */
import * as v from 'valibot';
import { PollDefinitionSchema, type PollDefinitionInput } from '../../protocol/poll.ts';
import { pollDefinition, type Attributes } from '../pb-poll/poll-definition.ts';
import { FLAG_KINDS, type FlagKind } from '../pb-scenario/scenario-tags.ts';

/** A `pb-` child as the compiler and the element both see it. */
export interface AuthoredChild {
  readonly name: string;
  readonly attributes: Attributes;
  readonly text: string;
}

export interface HuntMessage {
  /** The poll option's id; '' when the author gave none (the phone owner's messages need none). */
  readonly id: string;
  readonly from: string;
  readonly text: string;
  /** The red flag's kind as written; the build refuses one that is not in FLAG_KINDS. */
  readonly flag?: string;
  /** The author's own words on this message; the flag kind's explanation (scenario.json) when absent. */
  readonly explanation?: string;
  /** Sent by the phone's owner: shown on the right, and never something to mark (no blaming the target). */
  readonly mine: boolean;
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

export function isFlagKind(value: string | undefined): value is FlagKind {
  return (FLAG_KINDS as readonly (string | undefined)[]).includes(value);
}

/** The transcript, in the author's order. */
export function readMessages(attributes: Attributes, children: readonly AuthoredChild[]): HuntMessage[] {
  const phone = clean(attributes.phone).toLowerCase();
  return children
    .filter((child) => child.name === 'pb-message')
    .map((child) => {
      const from = clean(child.attributes.from);
      const flag = clean(child.attributes.flag) || undefined;
      const explanation = clean(child.attributes.explanation) || undefined;
      return {
        id: clean(child.attributes.id),
        from,
        text: clean(child.text),
        mine: phone !== '' && from.toLowerCase() === phone,
        ...(flag ? { flag } : {}),
        ...(explanation ? { explanation } : {}),
      };
    });
}

/** The multiple-choice poll over the messages students may mark (every message but the phone owner's). */
export function huntPoll(
  attributes: Attributes,
  messages: readonly HuntMessage[],
  defaultQuestion: string,
): PollDefinitionInput {
  return pollDefinition(
    {
      id: attributes.id,
      kind: 'multiple',
      question: attributes.question ?? defaultQuestion,
      'min-responses': attributes['min-responses'],
    },
    messages.filter((m) => !m.mine).map((m) => ({ attributes: { id: m.id }, text: m.text })),
  );
}

/** The build's check of a `<pb-red-flag-hunt>` and its `<pb-message>` lines, worded for the deck's author. */
export function checkRedFlagHunt(element: {
  readonly attributes: Attributes;
  readonly children: readonly AuthoredChild[];
}): string[] {
  const name = `<pb-red-flag-hunt id="${element.attributes.id ?? ''}">`;
  const messages = readMessages(element.attributes, element.children);
  const problems: string[] = [];
  const marked = messages.flatMap((m, index) => (m.mine ? [] : [index]));
  messages.forEach((m, index) => {
    const which = `<pb-message> ${index + 1}`;
    if (m.flag && !isFlagKind(m.flag))
      problems.push(`${which}: unknown red flag "${m.flag}" (known: ${FLAG_KINDS.join(', ')})`);
    if (m.flag && m.mine)
      problems.push(
        `${which}: a red flag marks what the other person does, never a message of the phone's owner ("${m.from}")`,
      );
    if (m.explanation && !m.flag) problems.push(`${which}: "explanation" goes with a red flag: add flag="…"`);
    if (!m.mine && !m.id) problems.push(`${which} needs an "id": the class's marks are matched by it`);
    if (!m.text) problems.push(`${which} has no text`);
  });
  if (!messages.some((m) => m.flag))
    problems.push(`mark at least one <pb-message> with flag="…" (${FLAG_KINDS.join(', ')})`);
  const result = v.safeParse(PollDefinitionSchema, huntPoll(element.attributes, messages, 'question'));
  if (!result.success) {
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '';
      const option = /^options\.(\d+)\.(\w+)$/.exec(path);
      // Missing ids and texts were worded above, per message.
      if (
        option &&
        (option[2] === 'id' ? !messages[marked[Number(option[1])]!]!.id : issue.message === 'must not be empty')
      )
        continue;
      const where = option
        ? `<pb-message> ${marked[Number(option[1])]! + 1} (${option[2] === 'label' ? 'its text' : option[2]})`
        : path === 'options'
          ? 'messages to mark (not the phone owner’s)'
          : path === 'minResponses'
            ? 'min-responses'
            : path;
      problems.push(`${where}: ${issue.message}`);
    }
  }
  return problems.map((problem) => `${name}: ${problem}`);
}
