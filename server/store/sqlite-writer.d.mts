import type Database from 'better-sqlite3';
import type { SessionWrite } from './session-store';

/** Opens the store's file with the settings every connection to it uses (WAL, full sync, secure delete). */
export declare function openDatabase(path: string): Database.Database;
/** Folds the write-ahead log into the database and empties it; throws if a reader holds it. */
export declare function fold(db: Database.Database, path: string): void;
/** The transaction that applies writes in order, all or none. */
export declare function writerFor(db: Database.Database): (writes: readonly SessionWrite[]) => void;

/** What the store's thread asks the writer thread. */
export type WriterRequest =
  | { readonly id: number; readonly type: 'commit'; readonly writes: readonly SessionWrite[] }
  | { readonly id: number; readonly type: 'fold' | 'close' };
/** Its answer, once the request is done (a commit: durable, log emptied). */
export type WriterReply =
  { readonly id: number; readonly ok: true } | { readonly id: number; readonly ok: false; readonly message: string };
