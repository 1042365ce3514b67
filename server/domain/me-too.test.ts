// A question's "me too" in the domain: opened by the approval, one signed ballot per key, capped by the seats given,
// counts shown to the group from the minimum only, ballot keys gone at the end with the counts kept.
import { beforeAll, describe, expect, it } from 'vitest';
import { blindBallot, newDeviceSecret } from '../../app/student-keys';
import { meTooBoxId } from '../../protocol/questions';
import { BallotSigner } from './ballot-signer';
import { Session } from './session';
import { buildSessionExport, exportToCsv } from './session-export';
import { seatDigest } from './seats';

let signers: BallotSigner[];
beforeAll(async () => {
  signers = await Promise.all([BallotSigner.generate(1024), BallotSigner.generate(1024)]);
}, 30_000);

function classOf(seats: number) {
  const { session } = Session.start({ language: 'en', country: 'BE', classSize: seats }, 1_000, {
    random: (length) => crypto.getRandomValues(new Uint8Array(length)),
    flagText: () => [],
  });
  const phones = Array.from({ length: seats }, () => newDeviceSecret());
  for (const secret of phones) session.claimSeat(seatDigest(secret), 1_100);
  return { session, phones };
}

/** What a phone sends: its ballot key for the question's box, signed blind by that box. */
function meTooBallot(session: Session, secret: string, questionId: string) {
  const box = meTooBoxId(questionId);
  const key = session.ballotModulus(box);
  if (!key.ok) throw new Error(key.error.message);
  const blind = blindBallot(secret, session.id, box, key.value.modulus);
  const signed = session.issueBallot(box, seatDigest(secret), blind.blinded);
  if (!signed.ok) throw new Error(signed.error.message);
  return { key: blind.ballotKey, signature: blind.finish(signed.value.blindSignature)! };
}

function approvedQuestion(session: Session, text: string, signer: BallotSigner): string {
  const asked = session.askQuestion(text, 2_000);
  if (!asked.ok) throw new Error('not asked');
  const change = asked.value.moderation[0]!;
  const id = change.type === 'removed' ? change.entryId : change.entry.id;
  expect(session.needsMeTooSigner(id)).toBe(true);
  expect(session.approve(id, 2_100, signer).ok).toBe(true);
  expect(session.needsMeTooSigner(id)).toBe(false);
  return id;
}

describe('"me too" on an approved question', () => {
  it('counts one per ballot key, shows the group a count only from five, and keeps counts after the end', () => {
    const { session, phones } = classOf(6);
    const question = approvedQuestion(session, 'Is it illegal to pay?', signers[0]!);
    for (const secret of phones.slice(0, 4)) {
      expect(session.meToo(question, meTooBallot(session, secret, question), 3_000)).toEqual({
        ok: true,
        value: { counted: true },
      });
    }
    // The same phone again (a reload): the same ballot, counted once.
    expect(session.meToo(question, meTooBallot(session, phones[0]!, question), 3_100)).toEqual({
      ok: true,
      value: { counted: false },
    });
    expect(session.questionsWithMeToo()).toEqual([
      { id: question, text: 'Is it illegal to pay?', count: 1, meToo: null, meTooCount: 4 },
    ]);
    session.meToo(question, meTooBallot(session, phones[4]!, question), 3_200);
    expect(session.questionsWithMeToo()[0]).toMatchObject({ meToo: 5, meTooCount: 5 });

    session.end(4_000);
    const snapshot = session.snapshot();
    expect(snapshot.meToo![0]!.answers).toEqual([]);
    expect(Session.restore(snapshot, () => []).questionsWithMeToo()[0]).toMatchObject({ meToo: 5, meTooCount: 5 });
    // The export keeps the count the group saw, never a ballot key.
    const data = buildSessionExport(session);
    expect(data.questions).toEqual([{ text: 'Is it illegal to pay?', count: 1, meToo: 5 }]);
    expect(exportToCsv(data)).toContain(',question,,,Is it illegal to pay?,1,,,,me too: 5');
  });

  it('refuses a ballot of another question’s box, an unsigned one, and a question not approved', () => {
    const { session, phones } = classOf(2);
    const first = approvedQuestion(session, 'Can they find my school?', signers[0]!);
    const second = approvedQuestion(session, 'Who do I tell?', signers[1]!);
    const forFirst = meTooBallot(session, phones[0]!, first);
    expect(session.meToo(second, forFirst, 3_000)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(session.meToo(first, forFirst.key, 3_000)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(session.reject(second, 3_100).ok).toBe(true);
    expect(session.meToo(second, meTooBallot(session, phones[1]!, first), 3_200)).toMatchObject({
      error: { code: 'not_found' },
    });
    expect(session.ballotModulus(meTooBoxId(second))).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('never counts more "me too"s than seats were given, and keeps no seat in the box', () => {
    const { session, phones } = classOf(2);
    const question = approvedQuestion(session, 'Is it illegal to pay?', signers[0]!);
    for (const secret of phones) session.meToo(question, meTooBallot(session, secret, question), 3_000);
    // A third ballot the box would sign (say, after a crash forgot who got one) finds no seat left to count.
    const box = meTooBoxId(question);
    const extra = blindBallot(newDeviceSecret(), session.id, box, signers[0]!.modulus);
    const signature = extra.finish(signers[0]!.blindSign(extra.blinded)!)!;
    expect(session.meToo(question, { key: extra.ballotKey, signature }, 3_100)).toMatchObject({
      error: { code: 'forbidden' },
    });
    const stored = JSON.stringify(session.snapshot().meToo);
    for (const secret of phones) expect(stored).not.toContain(seatDigest(secret));
  });

  it('approving again, by a second console, changes and announces nothing', () => {
    const { session } = classOf(1);
    const question = approvedQuestion(session, 'Is it illegal to pay?', signers[0]!);
    expect(session.approve(question, 2_200, signers[1]!)).toEqual({ ok: true, value: { moderation: [] } });
    expect(session.ballotModulus(meTooBoxId(question))).toEqual({ ok: true, value: { modulus: signers[0]!.modulus } });
  });
});
