import * as v from 'valibot';
import { failure, type Result } from './errors.ts';

/**
 * Validates a payload from the network. On failure, returns the `invalid_payload` acknowledgement naming the
 * first offending field, so a handler can answer `ack(result)` and change nothing.
 */
export function parse<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  payload: unknown,
): Result<v.InferOutput<TSchema>> {
  // abortEarly: an oversized or hostile payload is rejected at its first fault, not scanned to the end.
  const result = v.safeParse(schema, payload, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  const path = v.getDotPath(issue);
  return failure('invalid_payload', bounded(path ? `${path}: ${issue.message}` : issue.message));
}

/**
 * valibot's messages quote the value received and the path names the sender's keys: both may be as long as the
 * sender likes. An acknowledgement's message stays short (the protocol allows 500), whole characters only, so
 * that a refusal never echoes a long payload back to its sender.
 */
const MAX_MESSAGE = 200;
function bounded(message: string): string {
  const characters = Array.from(message.toWellFormed());
  return characters.length <= MAX_MESSAGE ? characters.join('') : `${characters.slice(0, MAX_MESSAGE - 1).join('')}…`;
}
