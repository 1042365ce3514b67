/**
 * What the facilitator console talks to: the class session seen with the facilitator key. The socket.io
 * implementation is app/facilitator-connection.ts (the presenter uses it too); tests use a fake.
 */
import type { ExportFormat } from '../protocol/client-events';
import type { DeckMove, DeckSlide } from '../protocol/deck';
import type { Ack, ErrorCode } from '../protocol/errors';
import type { SessionEvaluation } from '../protocol/evaluation';
import type { ModerationEntry } from '../protocol/moderation';
import type { PollDefinitionInput } from '../protocol/poll';
import type { FacilitatorQuestion } from '../protocol/questions';
import type { PollView } from '../protocol/views';

export interface FacilitatorState {
  /** False while the connection is being restored. */
  readonly online: boolean;
  /** Joined with the facilitator key; `error` says why not. */
  readonly joined: boolean;
  readonly error?: ErrorCode;
  readonly joinCode: string;
  /** Students connected right now. */
  readonly students: number;
  /**
   * Seats given against the expected class size, and phones waiting for "admit more" (ADR 10); absent until
   * the server sent them.
   */
  readonly seats?: { readonly expected: number; readonly given: number; readonly waiting: number };
  /** The slide on the projector, as the presenter last reported it, with its polls. */
  readonly slide?: DeckSlide;
  /** The latest view of each poll of the session. */
  readonly views: Readonly<Record<string, PollView>>;
  /** Free texts waiting for (or having had) the facilitator's decision, oldest first. */
  readonly queue: readonly ModerationEntry[];
  /**
   * The question box's approved questions in the order they came, with their "me too" counts (`questions:updated`):
   * the console sorts by the exact one; what the projector shows is `meToo` only (null under the minimum).
   */
  readonly questions?: readonly FacilitatorQuestion[];
  readonly ended: boolean;
  /** This console was paired with a co-facilitator key that the first console revoked. */
  readonly revoked?: boolean;
  /** The knowledge check and the session rating (`evaluation:updated`); absent until the server sent them. */
  readonly evaluation?: SessionEvaluation;
}

export interface FacilitatorSession {
  readonly state: FacilitatorState;
  /** Calls `listener` after every change of state; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  moveDeck(move: DeckMove): Promise<Ack>;
  openPoll(poll: PollDefinitionInput): Promise<Ack>;
  closePoll(pollId: string): Promise<Ack>;
  revealPoll(pollId: string): Promise<Ack>;
  approve(entryId: string): Promise<Ack>;
  reject(entryId: string): Promise<Ack>;
  endSession(): Promise<Ack>;
  /** Sets the expected class size; raising it admits the phones waiting for a seat. */
  expectStudents(classSize: number): Promise<Ack>;
  exportTallies(format: ExportFormat): Promise<Ack<{ filename: string; body: string }>>;
  /** The first console only: a pairing key for a co-facilitator's console, replacing any earlier one. */
  inviteCoFacilitator?(): Promise<Ack<{ facilitatorKey: string }>>;
  /** The first console only: the co-facilitator key stops working and its consoles are cut off. */
  revokeCoFacilitator?(): Promise<Ack>;
}
