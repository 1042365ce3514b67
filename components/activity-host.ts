/**
 * What a slide's activities (`<pb-poll>`, `<pb-join>`) talk to: a live class session (app/live-host.ts, over
 * socket.io) or, with no server, the show-of-hands fallback below. Elements never import socket.io: the page
 * provides its host through Lit's context protocol (activity-host-provider.ts, activity-host-controller.ts),
 * so a test can hand them a fake.
 */
import type { Ack } from '../protocol/errors';
import type { PollDefinitionInput } from '../protocol/poll';
import type { TextCount } from '../protocol/moderation';
import type { PollView } from '../protocol/views';

export type HostState =
  /** No class session: polls count a show of hands. `canGoLive`: a server is there, phones may still join. */
  | { readonly mode: 'show-of-hands'; readonly canGoLive: boolean }
  /** A server is there and no session yet: `<pb-join>` offers to start one. */
  | { readonly mode: 'ready' }
  | { readonly mode: 'starting' }
  /**
   * Students join with `joinCode` at `joinUrl`; `students` are connected now; `online` is false while the
   * presenter's own connection is being restored.
   */
  | {
      readonly mode: 'live';
      readonly joinCode: string;
      readonly joinUrl: string;
      /** Every address phones may join at, `joinUrl` among them, when the laptop has several. */
      readonly joinUrls?: readonly string[];
      readonly students: number;
      readonly online: boolean;
    };

export interface ActivityHost {
  readonly state: HostState;
  /**
   * The session's country (ISO 3166-1 code, e.g. FR), whose help services the slides show (`<pb-help-card>`
   * with no country of its own, a role-play's help ending). Absent: the kit's default, Belgium.
   */
  readonly country?: string;
  /** Calls `listener` whenever the state or a poll's view changes; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /** The latest view of a poll in the live session (count, status, results as the privacy rules allow). */
  view(pollId: string): PollView | undefined;
  /**
   * Starts a class session for `classSize` students (the server's default, 30, when absent): phones past it
   * wait until the facilitator admits more in the console (ADR 10).
   */
  startSession(classSize?: number): Promise<Ack>;
  /** The class size to offer for the next session: the last one this device started or set (absent: none yet). */
  readonly classSize?: number;
  /** The facilitator chose to run this session without phones (or to bring them back with `startSession`). */
  continueWithoutPhones(): void;
  openPoll(poll: PollDefinitionInput): Promise<Ack>;
  closePoll(pollId: string): Promise<Ack>;
  revealPoll(pollId: string): Promise<Ack>;
  /**
   * Adds answer cards scanned on this laptop to the open poll of a live session: counts per answer, in the poll's
   * order (options, or a scale's values). Absent: the host cannot (cards then add to a show of hands).
   */
  addPaperCounts?(pollId: string, counts: readonly number[]): Promise<Ack>;
  /**
   * The question box's questions the facilitator approved (live sessions only; none without a server), with their
   * "me too" count as the group may see it (`meToo`: null under the minimum number of answers).
   */
  questions?(): readonly (TextCount & { readonly meToo?: number | null })[];
  /** Shows another of `joinUrls` on the join slide (and in the console's pairing link). */
  chooseJoinUrl?(url: string): void;
}

const offline: Ack = { ok: false, error: { code: 'not_found', message: 'no class session: show of hands' } };

/** The host of a page with no server (a static copy, a test): every poll counts a show of hands. */
export const showOfHands: ActivityHost = {
  state: { mode: 'show-of-hands', canGoLive: false },
  subscribe: () => () => {},
  view: () => undefined,
  startSession: async () => offline,
  continueWithoutPhones: () => {},
  openPoll: async () => offline,
  closePoll: async () => offline,
  revealPoll: async () => offline,
};
