/** The polling domain: pure functions and classes, no I/O. Clock and randomness come from the caller. */
// An answer is checked against its poll in one place, Poll.submit: nothing outside the domain validates it again.
export { freeTexts } from './answer-validation';
export { generateJoinCode } from './join-code';
export {
  MAX_QUEUE_ENTRIES,
  ModerationQueue,
  type FlagText,
  type ModerationChange,
  type TextSource,
} from './moderation-queue';
export { Poll, type PollSnapshot, type PollStatus } from './poll';
export { randomIndexes, type RandomBytes } from './random-source';
export {
  MAX_POLLS_PER_SESSION,
  ME_TOO_ANSWER,
  Session,
  type EndReason,
  type SessionSettings,
  type SessionSnapshot,
  type SessionState,
  type StartDependencies,
} from './session';
export {
  buildSessionExport,
  exportToCsv,
  exportToJson,
  renderSessionExport,
  type SessionExport,
} from './session-export';
export {
  DEFAULT_LIFETIME,
  idleDeadline,
  isIdleExpired,
  isRetentionOver,
  retentionDeadline,
  type LifetimePolicy,
} from './session-lifetime';
export { tallyPoll } from './tally';
export { createTextFilter, textFilterFor } from './text-filter/text-filter';
export { textKey } from './text-key';
export { facilitatorKeyDigest, facilitatorKeyMatches, generateFacilitatorKey, generateSessionId } from './tokens';
export { pollView, recordedResults, type Viewer } from './visibility';
export { BALLOT_KEY_BITS, BallotSigner } from './ballot-signer';
export { BallotIssues, seatDigest, Seats, type SeatClaim, type SeatsSnapshot } from './seats';
export type { Ballot } from './poll';
