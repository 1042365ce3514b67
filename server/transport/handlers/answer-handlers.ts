/** A phone's answer: its poll's key, a blind signature on its ballot (ADR 10), then the answer itself. */
import { failure } from '../../../protocol/errors';
import { submitAnswer } from '../../domain/session-changes';
import type { HandlerGroup } from './handler';

type AnswerEvents = 'ballot:key' | 'ballot:sign' | 'answer:submit';

export const answerHandlers: HandlerGroup<AnswerEvents> = {
  'ballot:key': ({ pollId }, { session }) => {
    const key = session.ballotModulus(pollId);
    return key.ok ? { ok: true, modulus: key.value.modulus } : key;
  },

  'ballot:sign': async ({ pollId, blinded }, { session, connection, polling }) => {
    const { seat } = connection;
    if (!connection.seated || seat === null) return failure('forbidden', 'a seat is needed to answer');
    // Signed off the event loop (a class asks all at once), then checked and recorded by the domain.
    const signer = session.ballotSigner(pollId);
    const signedElsewhere = signer.ok ? await polling.signing.sign(signer.value, blinded) : undefined;
    // Not written now: the list of seats signed for is stored when the poll closes (see BallotIssues).
    const issued = session.issueBallot(pollId, seat, blinded, signedElsewhere);
    return issued.ok ? { ok: true, blindSignature: issued.value.blindSignature } : issued;
  },

  'answer:submit': async ({ pollId, ballotKey, signature, answer }, { session, connection, polling, commit }) => {
    // An ended session says so (the domain's answer) rather than asking for a seat it no longer gives.
    if (!connection.seated && session.state === 'active') return failure('forbidden', 'a seat is needed to answer');
    // Too late comes first, whatever else is wrong: the join page then says the question closed (an ended
    // session closed them all, and says so itself).
    if (session.state === 'active' && session.polls().find((poll) => poll.id === pollId)?.status === 'closed') {
      return failure('poll_closed', 'this poll is closed');
    }
    const earlier = connection.ballots.get(pollId);
    if (earlier !== undefined && earlier !== ballotKey) {
      return failure('conflict', 'this connection already answered this poll with another ballot');
    }
    // Checked against its poll once, by the domain, which hands back the form it kept for the store.
    const submitted = submitAnswer(session, pollId, { key: ballotKey, signature }, answer, polling.clock());
    if (!submitted.ok) return submitted;
    connection.ballots.set(pollId, ballotKey);
    const { replaced } = await commit(session, submitted.value);
    return { ok: true, pollId, replaced };
  },
};
