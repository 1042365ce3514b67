/**
 * The anonymous question box and the moderation queue: a phone asks, a facilitator approves or rejects (free text
 * of polls too), phones say "me too" on an approved question (ADR 16).
 */
import { failure, type AckFailure } from '../../../protocol/errors';
import { meTooBoxId } from '../../../protocol/questions';
import { askQuestion, decide, meToo } from '../../domain/session-changes';
import type { Call, HandlerGroup } from './handler';

type QuestionEvents = 'question:ask' | 'question:me-too' | 'moderation:approve' | 'moderation:reject';

/** Approving and rejecting differ only in the decision. */
async function decideEntry(
  status: 'approved' | 'rejected',
  entryId: string,
  { session, polling, commit }: Pick<Call<'moderation:approve'>, 'session' | 'polling' | 'commit'>,
): Promise<AckFailure | { ok: true }> {
  const { signers } = polling;
  // A question approved for the first time gets its "me too" box, with a key of its own (as a poll does).
  const signer = status === 'approved' && session.needsMeTooSigner(entryId) ? await signers.take(session.id) : null;
  if (signer) signers.prepare(session.id);
  const decided = decide(session, entryId, status, polling.clock(), signer);
  if (!decided.ok) return decided;
  await commit(session, decided.value);
  return { ok: true };
}

export const questionHandlers: HandlerGroup<QuestionEvents> = {
  'question:ask': async ({ text, askId }, { session, connection, polling, commit }) => {
    const { questions } = polling.guards;
    const { seat } = connection;
    if (!connection.seated || seat === null) return failure('forbidden', 'a seat is needed to ask');
    const asker = { seat, connection: connection.key, address: connection.address };
    // Sent again after a lost acknowledgement: counted the first time.
    if (questions.isRepeat(session.id, seat, askId)) return { ok: true };
    const pending = new Set(session.moderationEntries().flatMap((e) => (e.status === 'pending' ? [e.id] : [])));
    if (!questions.hasRoom(session.id, asker, (entryId) => pending.has(entryId))) {
      return failure('rate_limited', 'your questions wait for the facilitator: ask again once they are read');
    }
    const asked = askQuestion(session, text, polling.clock());
    if (!asked.ok) return asked;
    questions.counted(session.id, asker, askId, asked.value.value.entryId);
    await commit(session, asked.value);
    return { ok: true };
  },

  'question:me-too': async ({ questionId, ballotKey, signature }, { session, connection, polling, commit }) => {
    if (!connection.seated && session.state === 'active')
      return failure('forbidden', 'a seat is needed to say "me too"');
    const box = meTooBoxId(questionId);
    const earlier = connection.ballots.get(box);
    if (earlier !== undefined && earlier !== ballotKey) {
      return failure('conflict', 'this connection already said "me too" with another ballot');
    }
    const counted = meToo(session, questionId, { key: ballotKey, signature }, polling.clock());
    if (!counted.ok) return counted;
    connection.ballots.set(box, ballotKey);
    return { ok: true, ...(await commit(session, counted.value)) };
  },

  'moderation:approve': ({ entryId }, call) => decideEntry('approved', entryId, call),
  'moderation:reject': ({ entryId }, call) => decideEntry('rejected', entryId, call),
};
