import { randomBytes } from 'node:crypto';
import { failure, success, type Result } from '../../protocol/errors';
import type { Flag, ModerationEntry, TextCount } from '../../protocol/moderation';
import { textKey } from './text-key';

/** Where a free text was sent: the question box, or an open-text / word-cloud poll. */
export type TextSource =
  { readonly kind: 'question' } | { readonly kind: 'open' | 'wordcloud'; readonly pollId: string };

/** What the facilitator consoles must hear about; the transport turns each into a `moderation:*` event. */
export type ModerationChange =
  | { readonly type: 'queued' | 'updated'; readonly entry: ModerationEntry }
  | { readonly type: 'removed'; readonly entryId: string };

export type FlagText = (text: string) => Flag[];

/** Entries sorted by their random id, so neither the ids nor the order in the store tell which text came first. */
export interface ModerationQueueSnapshot {
  /** Written by earlier versions, which numbered entries e1, e2…; ignored. */
  readonly nextId?: number;
  readonly entries: readonly ModerationEntry[];
}

/** Gives each new entry an id; the default is random, tests may pass a counter. */
export type EntryIds = () => string;

const ENTRY_ID_BYTES = 9;

/**
 * 72 random bits, "e" first so it is a slug (a base64url string may start with "-"). Numbered ids (e1, e2…)
 * kept for the 24 h of retention would tell in which order the approved texts were sent.
 */
export const randomEntryId: EntryIds = () => `e${randomBytes(ENTRY_ID_BYTES).toString('base64url')}`;

// Ids the earlier numbering gave; a restored queue replaces them.
const NUMBERED_ID = /^e\d+$/;

const byId = (a: ModerationEntry, b: ModerationEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A classroom sends a few hundred texts at most; more is a flood the facilitator could never read. */
export const MAX_QUEUE_ENTRIES = 2000;

function sourceOf(entry: ModerationEntry): TextSource {
  return entry.source === 'question' ? { kind: 'question' } : { kind: entry.source, pollId: entry.pollId ?? '' };
}

function sourceKey(source: TextSource): string {
  return `${source.kind}\u0000${source.kind === 'question' ? '' : source.pollId}`;
}

function scopeKey(source: TextSource, text: string): string {
  return `${sourceKey(source)}\u0000${textKey(text)}`;
}

/**
 * Free texts waiting for, or past, the facilitator's decision. Identical texts (ignoring case and spacing)
 * share one entry with a count, so the facilitator decides once and a rejected insult stays rejected. An
 * entry holds no trace of who sent it: the count is all that links it to its senders.
 */
export class ModerationQueue {
  readonly #flagText: FlagText;
  readonly #capacity: number;
  readonly #newId: EntryIds;
  #entries = new Map<string, ModerationEntry>();
  #keysById = new Map<string, string>();

  constructor(flagText: FlagText, capacity = MAX_QUEUE_ENTRIES, newId: EntryIds = randomEntryId) {
    this.#flagText = flagText;
    this.#capacity = capacity;
    this.#newId = newId;
  }

  /** Whether these texts fit, checked before anything changes so a refused request changes nothing. */
  hasRoomFor(source: TextSource, texts: readonly string[]): boolean {
    const fresh = new Set(texts.map((text) => scopeKey(source, text)).filter((key) => !this.#entries.has(key)));
    return this.#entries.size + fresh.size <= this.#capacity;
  }

  /** Queues a text, or counts one more sender of a text already queued (keeping its decision). */
  submit(source: TextSource, text: string): ModerationChange {
    const key = scopeKey(source, text);
    const existing = this.#entries.get(key);
    if (existing) return this.#replace(key, { ...existing, count: existing.count + 1 }, 'updated');
    const entry: ModerationEntry = {
      id: this.#freshId(),
      source: source.kind,
      pollId: source.kind === 'question' ? null : source.pollId,
      // A word cloud shows words as counted (folded); a sentence keeps its first sender's spelling.
      text: source.kind === 'wordcloud' ? textKey(text) : text,
      count: 1,
      status: 'pending',
      flags: this.#flagText(text),
    };
    this.#keysById.set(entry.id, key);
    return this.#replace(key, entry, 'queued');
  }

  /** One sender changed their answer: one count less, and the entry goes when nobody sends it any more. */
  withdraw(source: TextSource, text: string): ModerationChange | null {
    const key = scopeKey(source, text);
    const existing = this.#entries.get(key);
    if (!existing) return null;
    if (existing.count > 1) return this.#replace(key, { ...existing, count: existing.count - 1 }, 'updated');
    this.#entries.delete(key);
    this.#keysById.delete(existing.id);
    return { type: 'removed', entryId: existing.id };
  }

  /** The facilitator may change their mind (a mis-tap on a phone), so a decision can be made again. */
  decide(entryId: string, status: 'approved' | 'rejected'): Result<ModerationChange> {
    const key = this.#keysById.get(entryId);
    const entry = key === undefined ? undefined : this.#entries.get(key);
    if (key === undefined || !entry) return failure('not_found', `no moderation entry "${entryId}"`);
    return success(this.#replace(key, { ...entry, status }, 'updated'));
  }

  get(entryId: string): ModerationEntry | undefined {
    const key = this.#keysById.get(entryId);
    return key === undefined ? undefined : this.#entries.get(key);
  }

  /** All entries in the order they first arrived (since the server started), for the console. */
  entries(): ModerationEntry[] {
    return [...this.#entries.values()];
  }

  /** What the group may see of one source: approved texts and their counts, nothing else. */
  approvedTexts(source: TextSource): TextCount[] {
    const wanted = sourceKey(source);
    return this.entries()
      .filter((entry) => entry.status === 'approved' && sourceKey(sourceOf(entry)) === wanted)
      .map(({ text, count }) => ({ text, count }));
  }

  /** At the session's end only approved texts remain (for the export); the rest is deleted. */
  keepApprovedOnly(): void {
    for (const [key, entry] of this.#entries) {
      if (entry.status === 'approved') continue;
      this.#entries.delete(key);
      this.#keysById.delete(entry.id);
    }
  }

  /** For the store: sorted by id, not in the order of arrival the live queue keeps. */
  snapshot(): ModerationQueueSnapshot {
    return { entries: this.entries().sort(byId) };
  }

  static restore(
    snapshot: ModerationQueueSnapshot,
    flagText: FlagText,
    capacity = MAX_QUEUE_ENTRIES,
    newId: EntryIds = randomEntryId,
  ): ModerationQueue {
    const queue = new ModerationQueue(flagText, capacity, newId);
    const entries = snapshot.entries.map((entry) =>
      NUMBERED_ID.test(entry.id) ? { ...entry, id: queue.#freshId() } : entry,
    );
    for (const entry of entries.sort(byId)) {
      const key = scopeKey(sourceOf(entry), entry.text);
      queue.#entries.set(key, entry);
      queue.#keysById.set(entry.id, key);
    }
    return queue;
  }

  // A clash is all but impossible with 72 bits, but an id must name one entry.
  #freshId(): string {
    let id = this.#newId();
    while (this.#keysById.has(id)) id = this.#newId();
    return id;
  }

  #replace(key: string, entry: ModerationEntry, type: 'queued' | 'updated'): ModerationChange {
    this.#entries.set(key, entry);
    return { type, entry };
  }
}
