import { constants, createPrivateKey, createPublicKey, verify } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { blindBallot, deriveBallotKey, newDeviceSecret } from '../../app/student-keys';
import { BallotSigner } from './ballot-signer';

// The phone's half (app/student-keys.ts, BigInt) against the server's half (node:crypto): RFC 9474's round trip.
describe('blind-signed ballots', () => {
  let signer: BallotSigner;
  beforeAll(async () => {
    signer = await BallotSigner.generate();
  }, 30_000);

  it('use the key size the server ships with, and work the same with a 2048-bit key', async () => {
    expect(signer.modulus).toHaveLength(256);
    const big = await BallotSigner.generate(2048);
    const ballot = blindBallot(newDeviceSecret(), 'session-1', 'mood', big.modulus);
    expect(big.verify(ballot.ballotKey, ballot.finish(big.blindSign(ballot.blinded)!)!)).toBe(true);
  }, 30_000);

  it('give the phone a standard RSASSA-PSS signature on its ballot key, which the server accepts', () => {
    const secret = newDeviceSecret();
    const ballot = blindBallot(secret, 'session-1', 'mood', signer.modulus);
    expect(ballot.ballotKey).toBe(deriveBallotKey(secret, 'session-1', 'mood'));
    const signature = ballot.finish(signer.blindSign(ballot.blinded)!);
    expect(signature).toMatch(new RegExp(`^[0-9a-f]{${signer.modulus.length}}$`));
    expect(signer.verify(ballot.ballotKey, signature!)).toBe(true);
    // Any RSASSA-PSS verifier accepts it: it is not a home-made format.
    const publicKey = createPublicKey(
      createPrivateKey({ key: Buffer.from(signer.serialized, 'base64'), format: 'der', type: 'pkcs8' }),
    );
    const pss = { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 0 };
    expect(verify('sha256', Buffer.from(ballot.ballotKey), pss, Buffer.from(signature!, 'hex'))).toBe(true);
  });

  it('show the server nothing of the ballot key: the blinded message differs from poll to poll and phone to phone', () => {
    const secret = newDeviceSecret();
    const first = blindBallot(secret, 'session-1', 'mood', signer.modulus);
    const other = blindBallot(secret, 'session-1', 'safe', signer.modulus);
    const stranger = blindBallot(newDeviceSecret(), 'session-1', 'mood', signer.modulus);
    expect(new Set([first.blinded, other.blinded, stranger.blinded]).size).toBe(3);
    for (const b of [first, other, stranger]) expect(b.blinded).not.toContain(b.ballotKey);
  });

  it('make a reload ask for the very same signature (same blinded message, same signature)', () => {
    const secret = newDeviceSecret();
    const before = blindBallot(secret, 'session-1', 'mood', signer.modulus);
    const after = blindBallot(secret, 'session-1', 'mood', signer.modulus);
    expect(after.blinded).toBe(before.blinded);
    expect(after.finish(signer.blindSign(after.blinded)!)).toBe(before.finish(signer.blindSign(before.blinded)!));
  });

  it('refuse a signature made for another ballot key, another poll’s key or tampered with', async () => {
    const secret = newDeviceSecret();
    const ballot = blindBallot(secret, 'session-1', 'mood', signer.modulus);
    const signature = ballot.finish(signer.blindSign(ballot.blinded)!)!;
    expect(signer.verify(deriveBallotKey(newDeviceSecret(), 'session-1', 'mood'), signature)).toBe(false);
    const flipped = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    expect(signer.verify(ballot.ballotKey, flipped)).toBe(false);
    expect(signer.verify(ballot.ballotKey, signature.slice(2))).toBe(false);
    const otherPoll = await BallotSigner.generate(1024);
    expect(otherPoll.verify(ballot.ballotKey, signature)).toBe(false);
    // The phone notices a server that answers with something else than a signature.
    expect(ballot.finish(signer.blindSign(blindBallot(secret, 's', 'x', signer.modulus).blinded)!)).toBeNull();
  }, 30_000);

  it('take a signature made on another thread only once it checks out, and make it here otherwise', () => {
    const ballot = blindBallot(newDeviceSecret(), 'session-1', 'mood', signer.modulus);
    const made = signer.blindSign(ballot.blinded)!;
    expect(signer.blindSign(ballot.blinded, made)).toBe(made);
    const flipped = (made[0] === '0' ? '1' : '0') + made.slice(1);
    const other = blindBallot(newDeviceSecret(), 'session-1', 'mood', signer.modulus);
    // Wrong, truncated, not hex or another message's: the phone still gets the right signature.
    for (const wrong of [flipped, made.slice(2), 'z'.repeat(made.length), signer.blindSign(other.blinded)!]) {
      expect(signer.blindSign(ballot.blinded, wrong)).toBe(made);
    }
    expect(signer.verify(ballot.ballotKey, ballot.finish(signer.blindSign(ballot.blinded, flipped)!)!)).toBe(true);
  });

  it('refuse to sign what is not below the modulus, and survive a restart of the server', () => {
    expect(signer.blindSign('f'.repeat(signer.modulus.length))).toBeNull();
    expect(signer.blindSign('00')).toBeNull();
    const restored = BallotSigner.restore(signer.serialized);
    expect(restored.modulus).toBe(signer.modulus);
    const ballot = blindBallot(newDeviceSecret(), 'session-1', 'mood', restored.modulus);
    expect(signer.verify(ballot.ballotKey, ballot.finish(restored.blindSign(ballot.blinded)!)!)).toBe(true);
  });
});
