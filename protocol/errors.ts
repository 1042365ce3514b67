import * as v from 'valibot';

/** Every way a request can fail; clients translate the code, the message is for developers and logs. */
export const ERROR_CODES = [
  'invalid_payload',
  'invalid_answer',
  'not_found',
  'forbidden',
  'rate_limited',
  // The server as a whole saw too many failed joins: wait a minute (see failed-join-budget.ts).
  'too_many_attempts',
  'poll_closed',
  'session_ended',
  'conflict',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const AckErrorSchema = v.object({
  code: v.picklist(ERROR_CODES),
  message: v.pipe(v.string(), v.maxLength(500)),
});

export type AckError = v.InferOutput<typeof AckErrorSchema>;
export interface AckFailure {
  readonly ok: false;
  readonly error: AckError;
}
export type AckSuccess<T extends object = object> = { readonly ok: true } & T;
/** What every acknowledgement carries back to the sender. */
export type Ack<T extends object = object> = AckSuccess<T> | AckFailure;

/** The domain's return type: a value, or the failure the transport acknowledges as is. */
export type Result<T> = { readonly ok: true; readonly value: T } | AckFailure;

export function failure(code: ErrorCode, message: string): AckFailure {
  return { ok: false, error: { code, message } };
}

export function success<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** The acknowledgement schema of an event whose success carries `entries`. */
export function ackSchema<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.variant('ok', [
    v.object({ ok: v.literal(true), ...entries }),
    v.object({ ok: v.literal(false), error: AckErrorSchema }),
  ]);
}
