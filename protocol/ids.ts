import * as v from 'valibot';
import { LIMITS } from './limits.ts';

/** Ids written by deck authors (polls, options) and given by the server (moderation entries). */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "-", "_" or "." only'),
  v.maxLength(LIMITS.idLength),
);

/** Random tokens the server hands out (session ids, facilitator keys), base64url-encoded. */
export const TokenSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a valid token'));

/** A country whose help resources the join page shows at the end (ISO 3166-1 alpha-2, e.g. BE). */
export const CountrySchema = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter country code'));
