/**
 * The rooms of the live sessions: who is in them (students present, facilitator screens, phones waiting for a
 * seat, co-facilitators' consoles, the slide on screen), and what they hear. A session's events (the domain's
 * `SessionEvent`s) become socket.io events here, to the whole session or its facilitators only, with the
 * tallies, the presence counts and the approved questions throttled. Nothing here is stored: it lives as long
 * as the connections do.
 */
import type { DeckSlide } from '../../protocol/deck';
import { serverEvents, type ServerEventName, type ServerPayload } from '../../protocol/server-events';
import type { ModerationChange, Session } from '../domain';
import type { SessionEvent } from '../domain/session-changes';
import { isEvaluated, sessionEvaluation } from '../domain/session-evaluation';
import type { LiveSessions } from './live-sessions';
import type { PollingServer, PollingSocket } from './polling';
import { Throttle } from './throttle';

export const sessionRoom = (id: string) => `session:${id}`;
export const facilitatorRoom = (id: string) => `facilitators:${id}`;

export interface RoomIntervals {
  /** At most one tally update per poll, and one presence count per session, in this interval. */
  readonly tallyIntervalMs: number;
  readonly presenceIntervalMs: number;
}

const tallyKey = (sessionId: string, pollId: string) => `${sessionId}\n${pollId}`;

export class SessionRooms {
  readonly #io: PollingServer;
  /** Students present per session. */
  readonly students = new Map<string, number>();
  /** Facilitator screens connected per session: a session one of them holds is not unused, only quiet. */
  readonly facilitators = new Map<string, number>();
  /** The slide each session's presenter reported last, for a console that (re)joins. */
  readonly slides = new Map<string, DeckSlide>();
  /** Per session, the consoles joined with the co-facilitator key (so that revoking it cuts them off at once). */
  readonly coScreens = new Map<string, Set<PollingSocket>>();
  /** Per session, seat digest → what to call when the facilitator admits it, in order of arrival. */
  readonly waiting = new Map<string, Map<string, Set<() => void>>>();
  readonly #tallies: Throttle<string>;
  readonly #presence: Throttle<string>;
  readonly #questions: Throttle<string>;
  /** Polls whose tally is due at the end of this turn of the event loop. */
  readonly #tallyDue = new Set<string>();

  constructor(io: PollingServer, sessions: LiveSessions, intervals: RoomIntervals) {
    this.#io = io;
    this.#tallies = new Throttle<string>(intervals.tallyIntervalMs, (key) => {
      const [sessionId, pollId] = key.split('\n') as [string, string];
      // The group's view: the presenter in this room is on the projector.
      const session = sessions.get(sessionId);
      const view = session?.pollView(pollId, 'group');
      if (view) this.broadcast(sessionId, 'tally:updated', { view });
      // The console's knowledge check and rating follow the answers of their polls.
      if (session && isEvaluated(session.polls(), pollId)) {
        this.broadcast(sessionId, 'evaluation:updated', sessionEvaluation(session.polls()));
      }
    });
    this.#presence = new Throttle<string>(intervals.presenceIntervalMs, (sessionId) => {
      this.broadcast(sessionId, 'presence:changed', { students: this.students.get(sessionId) ?? 0 });
      const session = sessions.get(sessionId);
      if (session) this.broadcast(sessionId, 'seats:changed', this.seatsView(session));
    });
    // A class tapping "me too" at once: one update per session and interval, like the tallies.
    this.#questions = new Throttle<string>(intervals.tallyIntervalMs, (sessionId) => {
      const session = sessions.get(sessionId);
      if (!session) return;
      const { facilitators, group } = questionsPayloads(session);
      this.broadcast(sessionId, 'questions:updated', facilitators);
      this.broadcast(sessionId, 'questions:shown', group);
    });
  }

  broadcast<E extends ServerEventName>(sessionId: string, name: E, payload: ServerPayload<E>): void {
    const room = serverEvents[name].audience === 'session' ? sessionRoom(sessionId) : facilitatorRoom(sessionId);
    (this.#io.to(room) as unknown as { emit(event: string, payload: unknown): boolean }).emit(name, payload);
  }

  send<E extends ServerEventName>(socket: PollingSocket, name: E, payload: ServerPayload<E>): void {
    (socket as unknown as { emit(event: string, payload: unknown): boolean }).emit(name, payload);
  }

  /** Tells the session's screens what a change did, once its writes are in. */
  announce(session: Session, events: readonly SessionEvent[]): void {
    for (const event of events) {
      switch (event.kind) {
        case 'poll-opened':
          this.broadcast(session.id, 'poll:opened', { poll: event.poll });
          break;
        case 'poll-closed':
          this.broadcast(session.id, 'poll:closed', { pollId: event.pollId });
          break;
        case 'answers-changed':
          this.#requestTally(session.id, event.pollId);
          break;
        case 'results-revealed': {
          const view = session.pollView(event.pollId, 'group');
          if (view) this.broadcast(session.id, 'results:revealed', { view });
          break;
        }
        case 'moderation':
          this.#moderation(session, event.changes, event.decided);
          break;
        case 'questions-changed':
          this.#questions.request(session.id);
          break;
        case 'deck-changed':
          this.broadcast(session.id, 'deck:changed', { deckId: event.deckId });
          break;
        case 'ended':
          this.#ended(session, event.closedPollIds, event.reason);
          break;
      }
    }
  }

  /** A phone or a facilitator screen came in (+1) or left (-1); the console's count of students follows. */
  count(sessionId: string, role: 'student' | 'facilitator', delta: number): void {
    if (role === 'facilitator') {
      const count = (this.facilitators.get(sessionId) ?? 0) + delta;
      if (count > 0) this.facilitators.set(sessionId, count);
      else this.facilitators.delete(sessionId);
      return;
    }
    this.students.set(sessionId, Math.max(0, (this.students.get(sessionId) ?? 0) + delta));
    this.#presence.request(sessionId);
  }

  /** The console's students present and seats: soon, at most once per interval. */
  requestPresence(sessionId: string): void {
    this.#presence.request(sessionId);
  }

  seatsView(session: Session): ServerPayload<'seats:changed'> {
    return { ...session.seatCounts(), waiting: this.waiting.get(session.id)?.size ?? 0 };
  }

  /** The approved questions as a phone may see them. */
  shownQuestions(session: Session): ServerPayload<'questions:shown'> {
    return questionsPayloads(session).group;
  }

  /** Everything a facilitator screen needs after (re)joining: it may have missed events while away. */
  catchUp(socket: PollingSocket, session: Session): void {
    this.send(socket, 'presence:changed', { students: this.students.get(session.id) ?? 0 });
    this.send(socket, 'seats:changed', this.seatsView(session));
    for (const entry of session.moderationEntries()) this.send(socket, 'moderation:queued', { entry });
    this.send(socket, 'questions:updated', questionsPayloads(session).facilitators);
    for (const poll of session.polls()) {
      const view = session.pollView(poll.id, 'group');
      if (view) this.send(socket, 'tally:updated', { view });
    }
    const slide = this.slides.get(session.id);
    if (slide) this.send(socket, 'deck:reported', slide);
    this.send(socket, 'evaluation:updated', sessionEvaluation(session.polls()));
  }

  /** Tells revoked consoles so (they show it and stop reconnecting), then closes their connections. */
  cutOff(sessionId: string): void {
    for (const screen of [...(this.coScreens.get(sessionId) ?? [])]) {
      this.send(screen, 'facilitator:revoked', {});
      screen.disconnect(true);
    }
  }

  /** Forgets the session's rooms and everything held for them; its connections leave the rooms. */
  forget(session: Session): void {
    this.students.delete(session.id);
    this.slides.delete(session.id);
    this.coScreens.delete(session.id);
    this.waiting.delete(session.id);
    this.#presence.forget(session.id);
    this.#questions.forget(session.id);
    for (const poll of session.polls()) this.#tallies.forget(tallyKey(session.id, poll.id));
    this.#io.in(sessionRoom(session.id)).socketsLeave([sessionRoom(session.id), facilitatorRoom(session.id)]);
  }

  close(): void {
    this.#tallies.close();
    this.#presence.close();
    this.#questions.close();
  }

  // The answers of one commit are acknowledged in one turn of the event loop: their polls' tallies go once, at
  // its end, with every one of them counted (the throttle then spaces out the updates of a poll under a burst).
  #requestTally(sessionId: string, pollId: string): void {
    if (this.#tallyDue.size === 0) {
      setImmediate(() => {
        for (const key of this.#tallyDue) this.#tallies.request(key);
        this.#tallyDue.clear();
      });
    }
    this.#tallyDue.add(tallyKey(sessionId, pollId));
  }

  #moderation(session: Session, changes: readonly ModerationChange[], decided: boolean): void {
    let questions = false;
    for (const change of changes) {
      if (change.type === 'removed') {
        this.broadcast(session.id, 'moderation:removed', { entryId: change.entryId });
        continue;
      }
      const { entry } = change;
      this.broadcast(session.id, change.type === 'queued' ? 'moderation:queued' : 'moderation:updated', { entry });
      if (entry.pollId !== null) this.#requestTally(session.id, entry.pollId);
      if (entry.source === 'question' && (decided || entry.status === 'approved')) questions = true;
    }
    if (questions) this.#questions.request(session.id);
  }

  #ended(session: Session, closedPollIds: readonly string[], reason: 'ended' | 'expired'): void {
    for (const pollId of closedPollIds) this.broadcast(session.id, 'poll:closed', { pollId });
    for (const poll of session.polls()) {
      this.#tallies.forget(tallyKey(session.id, poll.id));
      const view = session.pollView(poll.id, 'group');
      if (view) this.broadcast(session.id, 'tally:updated', { view });
    }
    this.broadcast(session.id, 'evaluation:updated', sessionEvaluation(session.polls()));
    this.broadcast(session.id, 'session:ended', { reason });
  }
}

/** Approved questions with their "me too" counts: exact to the consoles, as the group may see them to phones. */
function questionsPayloads(session: Session) {
  const questions = session.questionsWithMeToo();
  return {
    facilitators: { questions },
    // Listed, not spread: the exact count stays with the consoles. Most shared first, by the count shown only.
    group: {
      questions: questions
        .map(({ id, text, count, meToo }) => ({ id, text, count, meToo }))
        .sort((a, b) => (b.meToo ?? 0) - (a.meToo ?? 0)),
    },
  };
}
