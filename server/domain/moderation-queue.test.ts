import { describe, expect, it } from 'vitest';
import type { Flag } from '../../protocol/moderation';
import { ModerationQueue, type TextSource } from './moderation-queue';

const flagDigits = (text: string): Flag[] => (/\d/.test(text) ? [{ kind: 'phone', match: text }] : []);
const questions: TextSource = { kind: 'question' };
const words: TextSource = { kind: 'wordcloud', pollId: 'words' };

describe('the moderation queue', () => {
  it('queues a text as pending, with the reasons it was flagged', () => {
    const queue = new ModerationQueue(flagDigits);
    const change = queue.submit(questions, 'call 0470 12 34 56');
    expect(change).toMatchObject({
      type: 'queued',
      entry: { source: 'question', pollId: null, status: 'pending', count: 1 },
    });
    expect(queue.entries()[0].id).toMatch(/^e[A-Za-z0-9_-]{12}$/);
    expect(queue.entries()[0].flags).toEqual([{ kind: 'phone', match: 'call 0470 12 34 56' }]);
  });

  it('keeps approved texts only in what the group may see', () => {
    const queue = new ModerationQueue(flagDigits);
    queue.submit(questions, 'Is it my fault?');
    const second = queue.submit(questions, 'Who can help?');
    expect(queue.approvedTexts(questions)).toEqual([]);
    if (second.type === 'removed') throw new Error('unexpected');
    queue.decide(second.entry.id, 'approved');
    expect(queue.approvedTexts(questions)).toEqual([{ text: 'Who can help?', count: 1 }]);
  });

  it('counts the same text (case and spacing aside) once, decided once', () => {
    const queue = new ModerationQueue(flagDigits);
    const first = queue.submit(words, 'Respect');
    if (first.type === 'removed') throw new Error('unexpected');
    queue.decide(first.entry.id, 'rejected');
    expect(queue.submit(words, '  RESPECT ')).toMatchObject({
      type: 'updated',
      entry: { count: 2, status: 'rejected', text: 'respect' },
    });
    expect(queue.entries()).toHaveLength(1);
  });

  it('keeps sources apart: a word in one poll is not the same entry as in another', () => {
    const queue = new ModerationQueue(flagDigits);
    queue.submit(words, 'trust');
    queue.submit({ kind: 'wordcloud', pollId: 'other' }, 'trust');
    expect(queue.entries()).toHaveLength(2);
  });

  it('forgets a text when its last sender withdraws it', () => {
    const queue = new ModerationQueue(flagDigits);
    queue.submit(words, 'trust');
    queue.submit(words, 'trust');
    const { id } = queue.entries()[0];
    expect(queue.withdraw(words, 'trust')).toMatchObject({ type: 'updated', entry: { count: 1 } });
    expect(queue.withdraw(words, 'trust')).toEqual({ type: 'removed', entryId: id });
    expect(queue.entries()).toEqual([]);
    expect(queue.withdraw(words, 'trust')).toBeNull();
  });

  it('answers not_found for an unknown entry', () => {
    expect(new ModerationQueue(flagDigits).decide('e9', 'approved')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('stops taking new texts past its capacity', () => {
    const queue = new ModerationQueue(flagDigits, 2);
    queue.submit(questions, 'one');
    queue.submit(questions, 'two');
    expect(queue.hasRoomFor(questions, ['two'])).toBe(true);
    expect(queue.hasRoomFor(questions, ['three'])).toBe(false);
  });

  it('keeps only approved texts at the end, and survives a snapshot', () => {
    const queue = new ModerationQueue(flagDigits);
    queue.submit(questions, 'keep me');
    queue.submit(questions, 'drop me');
    const kept = queue.entries()[0].id;
    queue.decide(kept, 'approved');
    queue.keepApprovedOnly();
    const restored = ModerationQueue.restore(queue.snapshot(), flagDigits);
    expect(restored.entries().map((entry) => entry.text)).toEqual(['keep me']);
    expect(restored.submit(questions, 'new')).toMatchObject({ type: 'queued', entry: { text: 'new' } });
    expect(restored.submit(questions, 'KEEP me')).toMatchObject({ type: 'updated', entry: { id: kept, count: 2 } });
  });

  it('keeps no order of arrival in its ids or its snapshot', () => {
    const texts = Array.from({ length: 40 }, (_, n) => `question ${String(n).padStart(2, '0')}`);
    const queue = new ModerationQueue(flagDigits);
    for (const text of texts) queue.submit(questions, text);
    const ids = queue.entries().map((entry) => entry.id);
    // Random, not numbered: 40 ids in arrival order sorted by chance has odds of 1 in 40!.
    expect(ids.every((id) => /^e[A-Za-z0-9_-]{12}$/.test(id))).toBe(true);
    expect([...ids].sort()).not.toEqual(ids);
    const stored = queue.snapshot();
    expect(stored).not.toHaveProperty('nextId');
    expect(stored.entries.map((entry) => entry.id)).toEqual([...ids].sort());
  });

  it('gives numbered ids of a queue stored by an earlier version new random ones', () => {
    const old = new ModerationQueue(
      flagDigits,
      10,
      (
        (n) => () =>
          `e${++n}`
      )(0),
    );
    old.submit(questions, 'first');
    old.submit(questions, 'second');
    const restored = ModerationQueue.restore({ nextId: 3, ...old.snapshot() }, flagDigits);
    expect(restored.entries().map((entry) => entry.id)).not.toContain('e1');
    expect(restored.entries().every((entry) => /^e[A-Za-z0-9_-]{12}$/.test(entry.id))).toBe(true);
    expect(
      restored
        .snapshot()
        .entries.map((entry) => entry.text)
        .sort(),
    ).toEqual(['first', 'second']);
  });
});
