/** The messages between browsers and server, one definition for both sides. */
export * from './answer';
export * from './ballot-key';
export * from './client-events';
export * from './deck';
export * from './errors';
export type * from './events';
export * from './ids';
export * from './join-code';
export * from './limits';
export * from './moderation';
export * from './parse';
export * from './poll';
export * from './server-events';
export * from './text';
export * from './views';
