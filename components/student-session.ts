/**
 * What the students' join page talks to: the class session as one phone sees it. The socket.io implementation
 * is app/student-connection.ts; tests use a fake. Names no person, ever: a phone is a ballot key per poll.
 */
import type { Answer } from '../protocol/answer';
import type { Ack, ErrorCode } from '../protocol/errors';
import type { PublicPoll } from '../protocol/poll';
import type { ApprovedQuestion } from '../protocol/questions';
import type { Language } from '../i18n/languages';

/** `admission`: in the session but without a seat yet: the class is full until the facilitator admits more. */
export type StudentPhase = 'code' | 'joining' | 'admission' | 'waiting' | 'poll' | 'ended';

/**
 * `sending`: not acknowledged yet (kept, and sent again after a reconnection); `received`: the server
 * acknowledged it; `refused`: the server said no (`answerError` says why).
 */
export type AnswerStatus = 'sending' | 'received' | 'refused';

export interface StudentState {
  readonly phase: StudentPhase;
  /** False while the connection is being restored. */
  readonly online: boolean;
  /** Why the last attempt to join failed; `invalid_payload` when the code cannot be one. */
  readonly joinError?: ErrorCode;
  /** The session's country, for the help resources at the end (ISO code, e.g. BE). */
  readonly country?: string;
  /** The language of the decks' polls (the session's): a phone set to another still marks them as such. */
  readonly language?: Language;
  /**
   * The deck the class is on, once the facilitator moved on from the first (ADR 12): nothing of the deck
   * before stays on the phone.
   */
  readonly deckId?: string;
  /** Questions of the class the facilitator approved, with their "me too" counts as the group may see them. */
  readonly questions?: readonly ApprovedQuestion[];
  /** The questions this phone said "me too" to: `sending` until the server acknowledged it. */
  readonly meToo?: Readonly<Record<string, 'sending' | 'received'>>;
  /** The open poll (phase `poll`). */
  readonly poll?: PublicPoll;
  /** This phone's answer to the open poll, and how far it got. */
  readonly answer?: Answer;
  readonly answerStatus?: AnswerStatus;
  readonly answerError?: ErrorCode;
  /** Set in phase `waiting` right after a poll closed: whether this phone's answer to it was counted. */
  readonly closed?: { readonly answered: boolean };
}

export interface StudentSession {
  readonly state: StudentState;
  /** Calls `listener` after every change of state; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  join(code: string): void;
  /** Sends (or replaces) this phone's answer to the open poll. */
  answer(answer: Answer): void;
  /** Sends an anonymous question to the facilitator's moderation queue. */
  ask(text: string): Promise<Ack>;
  /** "Me too" on an approved question: once, sent again until the server acknowledges it. */
  meToo(questionId: string): void;
  /** Forgets the session (to type another code). */
  leave(): void;
}
