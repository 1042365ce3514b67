/**
 * The ballot box of one question's "me too": its id takes the place of a poll id in `ballot:key`, `ballot:sign`
 * and the phone's ballot key. Upper-case first, so no deck's poll (`<deck>.<poll>`, lower case) can be named so.
 * A module of its own, without schemas: the join page imports it and must not carry valibot (ADR 7).
 */
export const ME_TOO_PREFIX = 'MeToo.';

export function meTooBoxId(questionId: string): string {
  return `${ME_TOO_PREFIX}${questionId}`;
}
