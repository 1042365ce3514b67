import { beforeAll, describe, expect, it } from 'vitest';
import { blindBallot, deriveSeat, newDeviceSecret } from '../../app/student-keys';
import type { Flag } from '../../protocol/moderation';
import { BallotSigner } from './ballot-signer';
import { Poll } from './poll';
import { BallotIssues, seatDigest, Seats } from './seats';
import { Session } from './session';
import { polls } from './test-fixtures';

const noFlags = (): Flag[] => [];
const seat = (n: number) => seatDigest(n.toString(16).padStart(64, '0'));

describe('seats', () => {
  it('are given up to the expected class size, then wait; a phone that comes back keeps its seat', () => {
    const seats = new Seats(2);
    expect([seats.claim(seat(1)), seats.claim(seat(2)), seats.claim(seat(3))]).toEqual(['new', 'new', 'full']);
    expect(seats.claim(seat(1))).toBe('known');
    expect({ given: seats.given, free: seats.free }).toEqual({ given: 2, free: 0 });
    seats.expect(3); // the facilitator admits one more
    expect(seats.claim(seat(3))).toBe('new');
    expect(seats.claim(seat(4))).toBe('full');
  });

  it('start at 30, take no seat back when the class size is lowered, and keep sizes within bounds', () => {
    const seats = new Seats();
    expect(seats.expected).toBe(30);
    for (let i = 0; i < 5; i++) seats.claim(seat(i));
    seats.expect(2);
    expect({ given: seats.given, free: seats.free }).toEqual({ given: 5, free: 0 });
    expect(seats.has(seat(4))).toBe(true);
    seats.expect(0);
    expect(seats.expected).toBe(1);
    seats.expect(1e9);
    expect(seats.expected).toBe(500);
  });

  it('are kept as sorted digests: never the seat a phone shows, never in the order they came', () => {
    const seats = new Seats(10);
    const shown = ['f'.repeat(64), 'a'.repeat(64), 'c'.repeat(64)];
    for (const s of shown) seats.claim(seatDigest(s));
    const snapshot = seats.snapshot();
    expect(snapshot.given).toEqual([...snapshot.given].sort());
    for (const s of shown) expect(JSON.stringify(snapshot)).not.toContain(s);
    expect(Seats.restore(snapshot).snapshot()).toEqual(snapshot);
  });
});

describe('ballot issues', () => {
  it('sign once per seat: the same request again, not another one', () => {
    const issues = new BallotIssues();
    expect(issues.issue(seat(1), 'aa')).toBe('first');
    expect(issues.issue(seat(1), 'aa')).toBe('again');
    expect(issues.issue(seat(1), 'bb')).toBe('refused');
    expect(issues.issue(seat(2), 'bb')).toBe('first');
    expect(issues.count).toBe(2);
  });

  it('are written for the store only when sealed, sorted by seat, with a digest of the request', () => {
    const issues = new BallotIssues();
    issues.issue(seat(9), 'aa');
    issues.issue(seat(1), 'bb');
    expect(issues.snapshot()).toEqual([]);
    issues.seal();
    const sealed = issues.snapshot();
    expect(sealed.map(([s]) => s)).toEqual([seat(9), seat(1)].sort());
    expect(JSON.stringify(sealed)).not.toMatch(/"(aa|bb)"/);
    // Restored after a restart, the seats still cannot ask for a second signature.
    const restored = new BallotIssues(sealed);
    expect(restored.issue(seat(9), 'cc')).toBe('refused');
    expect(restored.issue(seat(9), 'aa')).toBe('again');
  });
});

describe('a session with seats and signed ballots', () => {
  let signer: BallotSigner;
  beforeAll(async () => {
    signer = await BallotSigner.generate();
  }, 30_000);

  function classOf(size: number) {
    const { session } = Session.start({ language: 'fr', country: 'BE', classSize: size }, 0, {
      random: (length) => crypto.getRandomValues(new Uint8Array(length)),
      flagText: noFlags,
    });
    session.openPoll(polls.single(), 1, signer);
    return session;
  }

  /** A phone as the join page is: a secret, a seat, a blind signature, an answer. */
  function phone(session: Session) {
    const secret = newDeviceSecret();
    const digest = seatDigest(deriveSeat(secret, session.joinCode));
    return {
      digest,
      sit: () => session.claimSeat(digest, 2),
      vote(optionId: string) {
        const key = session.ballotModulus('mood');
        if (!key.ok) return key;
        const ballot = blindBallot(secret, session.id, 'mood', key.value.modulus);
        const issued = session.issueBallot('mood', digest, ballot.blinded);
        if (!issued.ok) return issued;
        const signature = ballot.finish(issued.value.blindSignature)!;
        return session.submitAnswer('mood', { key: ballot.ballotKey, signature }, { kind: 'single', optionId }, 3);
      },
    };
  }

  it('counts one answer per seat, however often a phone votes, and none from a phone without a seat', () => {
    const session = classOf(2);
    const [a, b, c] = [phone(session), phone(session), phone(session)];
    expect([a.sit(), b.sit(), c.sit()].map((r) => r.ok && r.value)).toEqual(['new', 'new', 'full']);
    expect(a.vote('good')).toMatchObject({ ok: true, value: { replaced: false } });
    expect(a.vote('bad')).toMatchObject({ ok: true, value: { replaced: true } });
    expect(b.vote('good').ok).toBe(true);
    expect(c.vote('good')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(session.polls()[0]!.answerCount).toBe(2);
    expect(session.seatCounts()).toEqual({ expected: 2, given: 2 });
  });

  it('refuses unsigned ballots, a second request from one seat, and more answers than seats', () => {
    const session = classOf(1);
    const a = phone(session);
    a.sit();
    const unsigned = session.submitAnswer('mood', 'a'.repeat(64), { kind: 'single', optionId: 'good' }, 3);
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const other = blindBallot(newDeviceSecret(), session.id, 'mood', signer.modulus);
    expect(a.vote('good').ok).toBe(true);
    // The same seat asking to sign another ballot key is refused: one seat, one signature per poll.
    expect(session.issueBallot('mood', a.digest, other.blinded)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('never counts more answers than seats were given, even with signatures from a leaked key', () => {
    const poll = new Poll(polls.single(), signer);
    const signed = () => {
      const ballot = blindBallot(newDeviceSecret(), 'session-1', 'mood', signer.modulus);
      return { key: ballot.ballotKey, signature: ballot.finish(signer.blindSign(ballot.blinded)!)! };
    };
    const [a, b, c] = [signed(), signed(), signed()];
    expect(poll.submit(a, { kind: 'single', optionId: 'good' }, 2).ok).toBe(true);
    expect(poll.submit(b, { kind: 'single', optionId: 'good' }, 2).ok).toBe(true);
    expect(poll.submit(c, { kind: 'single', optionId: 'good' }, 2)).toMatchObject({ error: { code: 'forbidden' } });
    // A seat changing its answer is not a new answer.
    expect(poll.submit(a, { kind: 'single', optionId: 'bad' }, 2).ok).toBe(true);
    expect(poll.answerCount).toBe(2);
  });

  it('keeps seats and the poll’s key across a restart, and forgets both when the session ends', () => {
    const session = classOf(3);
    const a = phone(session);
    a.sit();
    expect(a.vote('good').ok).toBe(true);
    session.closePoll('mood', 4);
    const restored = Session.restore(JSON.parse(JSON.stringify(session.snapshot())), noFlags);
    expect(restored.seatCounts()).toEqual({ expected: 3, given: 1 });
    expect(restored.ballotModulus('mood')).toEqual({ ok: true, value: { modulus: signer.modulus } });
    restored.end(5);
    const ended = JSON.stringify(restored.snapshot());
    expect(ended).not.toContain(signer.serialized.slice(0, 200));
    expect(restored.polls()[0]!.snapshot().ballots).toBeNull();
  });
});
