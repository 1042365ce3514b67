/**
 * Where the laptop keeps its one class session (ADR 12): the presenter of any deck continues it, the kit home
 * names it, a console opened without its pairing link finds it. Kept apart from the presenter's connection so the
 * kit home reads it without loading socket.io.
 */
import type { Language } from '../i18n/languages';
import type { FacilitatorCredentials } from './facilitator-connection';

export interface StoredSession extends FacilitatorCredentials {
  readonly sessionId: string;
  /** When it was started (ms since 1970): a console with no pairing link picks the latest. */
  readonly startedAt: number;
  /** The country it was started with (absent in sessions stored before the kit recorded it). */
  readonly country?: string;
  /** The expected class size it was started with, then as the console changed it (ADR 10). */
  readonly classSize?: number;
  /** The deck the class is on, and the session's language (absent in sessions stored before ADR 12). */
  readonly deckId?: string;
  readonly language?: Language;
}

export const SESSION_KEY_PREFIX = 'pb-session:';
/** The laptop's one class session, whichever deck it is on (ADR 12). */
export const CLASS_SESSION_KEY = `${SESSION_KEY_PREFIX}class`;

/** The class session this laptop runs, whichever deck it is on; none when nothing (valid) is stored. */
export function readStoredSession(storage: Storage | undefined): StoredSession | undefined {
  try {
    const value = JSON.parse(storage?.getItem(CLASS_SESSION_KEY) ?? 'null') as StoredSession | null;
    return value && typeof value.joinCode === 'string' && typeof value.facilitatorKey === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the class session on this laptop: the next join slide offers to start a new one. */
export function forgetStoredSession(storage: Storage | undefined): void {
  try {
    storage?.removeItem(CLASS_SESSION_KEY);
  } catch {
    // nothing stored
  }
}
