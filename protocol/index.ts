/** The messages between browsers and server, one definition for both sides. */
export * from './answer.ts';
export * from './ballot-key.ts';
export * from './blind-ballot.ts';
export * from './client-events.ts';
export * from './deck.ts';
export * from './errors.ts';
export type * from './events.ts';
export * from './ids.ts';
export * from './join-code.ts';
export * from './limits.ts';
export * from './moderation.ts';
export * from './parse.ts';
export * from './poll.ts';
export * from './questions.ts';
export * from './server-events.ts';
export * from './text.ts';
export * from './views.ts';
