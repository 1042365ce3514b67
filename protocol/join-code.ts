import * as v from 'valibot';

/** Digits and capitals without the look-alikes 0/O and 1/I/L, so a code read off a projector is typed right. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** On a laptop: 31⁶ codes against a session or two, and rate limits, leave a guesser nothing. */
export const JOIN_CODE_LENGTH = 6;
/** On a server hosting many sessions (`HOSTED=1`): 31⁹ codes, so guessing stays hopeless with thousands live. */
export const HOSTED_JOIN_CODE_LENGTH = 9;

const CHARACTER = `[${JOIN_CODE_ALPHABET}]`;
const JOIN_CODE_PATTERN = new RegExp(
  `^(?:${CHARACTER}{${JOIN_CODE_LENGTH}}|${CHARACTER}{${HOSTED_JOIN_CODE_LENGTH}})$`,
);

/** Accepts what a student types ("abc 234", "ABC-234") and yields the canonical capitals. */
export const JoinCodeSchema = v.pipe(
  v.string(),
  v.maxLength(32),
  v.transform((typed: string) => typed.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(
    JOIN_CODE_PATTERN,
    `${JOIN_CODE_LENGTH} or ${HOSTED_JOIN_CODE_LENGTH} characters from the join-code alphabet`,
  ),
);

export type JoinCode = v.InferOutput<typeof JoinCodeSchema>;

export function isJoinCode(value: string): boolean {
  return JOIN_CODE_PATTERN.test(value);
}
