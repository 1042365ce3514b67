/**
 * The sessions this process serves, in memory, found by id or join code. Started from the store (every
 * session kept there: open ones with their answers, ended ones until retention is over).
 */
import type { JoinCode } from '../../protocol/join-code';
import { Session, textFilterFor, type SessionSnapshot } from '../domain';

export class LiveSessions {
  readonly #byId = new Map<string, Session>();
  readonly #byCode = new Map<string, Session>();
  /**
   * Where a session this process does not hold comes from when a connection joins it: on several nodes over
   * Redis, the node that holds it hands it over (server/cluster/session-leases.ts). Alone, there is nowhere.
   */
  adopter: ((code: JoinCode) => Promise<SessionSnapshot | null>) | null = null;

  static restore(snapshots: readonly SessionSnapshot[]): LiveSessions {
    const sessions = new LiveSessions();
    for (const snapshot of snapshots) sessions.add(restoreSession(snapshot));
    return sessions;
  }

  add(session: Session): void {
    this.#byId.set(session.id, session);
    this.#byCode.set(session.joinCode, session);
  }

  remove(sessionId: string): void {
    const session = this.#byId.get(sessionId);
    if (!session) return;
    this.#byId.delete(sessionId);
    if (this.#byCode.get(session.joinCode) === session) this.#byCode.delete(session.joinCode);
  }

  get(sessionId: string): Session | undefined {
    return this.#byId.get(sessionId);
  }

  byCode(code: JoinCode): Session | undefined {
    return this.#byCode.get(code);
  }

  /** The session of a join code, taken over from another node if it holds it (see `adopter`). */
  async adopt(code: JoinCode): Promise<Session | undefined> {
    const snapshot = this.adopter ? await this.adopter(code) : null;
    if (!snapshot) return undefined;
    // Two joins of one session may have waited for the same hand-over: the first one's copy stays.
    const known = this.#byId.get(snapshot.id);
    if (known) return known;
    const session = restoreSession(snapshot);
    this.add(session);
    return session;
  }

  /** Codes of ended sessions stay taken until they are deleted, so an old QR never opens another class. */
  isCodeTaken = (code: JoinCode): boolean => this.#byCode.has(code);

  get activeCount(): number {
    let count = 0;
    for (const session of this.#byId.values()) if (session.state === 'active') count++;
    return count;
  }

  all(): IterableIterator<Session> {
    return this.#byId.values();
  }
}

export function restoreSession(snapshot: SessionSnapshot): Session {
  return Session.restore(snapshot, textFilterFor(snapshot.settings.language));
}
