/** The facilitator's polls: open, close, reveal, and the paper answer cards' counts (ADR 17). */
import { addPaperCounts, closePoll, needsPollKey, openPoll, revealPoll } from '../../domain/session-changes';
import type { HandlerGroup } from './handler';

type PollEvents = 'poll:open' | 'poll:close' | 'poll:reveal' | 'poll:paper-counts';

export const pollHandlers: HandlerGroup<PollEvents> = {
  'poll:open': async ({ poll }, { session, polling, commit }) => {
    const { signers } = polling;
    const needsKey = needsPollKey(session, poll.id);
    if (!needsKey.ok) return needsKey;
    // A new poll gets a key of its own; a reopened one keeps the key its phones already signed with.
    const signer = needsKey.value ? await signers.take(session.id) : null;
    const opened = openPoll(session, poll, polling.clock(), signer);
    if (!opened.ok) return opened;
    const { closedPollIds } = await commit(session, opened.value);
    // Moving on from a poll without closing it first: the key after this one starts now.
    if (closedPollIds.length > 0) signers.prepare(session.id);
    return { ok: true, pollId: poll.id };
  },

  'poll:close': async ({ pollId }, { session, polling, commit }) => {
    const closed = closePoll(session, pollId, polling.clock());
    if (!closed.ok) return closed;
    // While the class discusses, not while it answers.
    if ((await commit(session, closed.value)).changed) polling.signers.prepare(session.id);
    return { ok: true };
  },

  'poll:reveal': async ({ pollId }, { session, polling, commit }) => {
    const revealed = revealPoll(session, pollId, polling.clock());
    if (!revealed.ok) return revealed;
    await commit(session, revealed.value);
    return { ok: true };
  },

  'poll:paper-counts': async ({ pollId, counts, batchId }, { session, polling, commit }) => {
    const added = addPaperCounts(session, pollId, counts, batchId, polling.clock());
    if (!added.ok) return added;
    return { ok: true, ...(await commit(session, added.value)) };
  },
};
