/** For tests that read the store's files as someone who copied the data folder would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_SIZE = 4096;
// The log starts with a 32-byte header; each frame is a 24-byte header and a page.
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/**
 * Every file SQLite keeps in the data folder (database, write-ahead log and its index, any journal), raw, cut
 * into the pages SQLite writes: a value longer than a page goes on pages the file had free, anywhere in it, so
 * what can tell an order is the order within a page (and within a page of the log, each frame's copy).
 */
export function rawPages(dir: string): { name: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const bytes = readFileSync(join(dir, name));
    const [start, step] = name.endsWith('-wal') ? [WAL_HEADER, FRAME_HEADER + PAGE_SIZE] : [0, PAGE_SIZE];
    const pages = [];
    for (let at = start; at < bytes.length; at += step) {
      pages.push({ name: `${name} @${at}`, text: bytes.subarray(at, at + step).toString('latin1') });
    }
    return pages;
  });
}

/** The strings of `wanted` found in `text`, in the order they first appear there. */
export function orderIn(text: string, wanted: readonly string[]): string[] {
  return wanted
    .map((item) => ({ item, at: text.indexOf(item) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ item }) => item);
}
