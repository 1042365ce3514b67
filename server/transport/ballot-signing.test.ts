import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blindBallot, newDeviceSecret } from '../../app/student-keys';
import { BallotSigner } from '../domain';
import { BallotSigning } from './ballot-signing';

describe('blind signing off the event loop', () => {
  let signers: BallotSigner[];
  let signing: BallotSigning;
  beforeAll(async () => {
    signers = await Promise.all([BallotSigner.generate(), BallotSigner.generate()]);
  }, 30_000);
  afterEach(() => signing.close());

  it('gives each phone of two classes asking at once the signature its poll’s key makes', async () => {
    signing = new BallotSigning();
    const asks = Array.from({ length: 60 }, (_, n) => {
      const signer = signers[n % 2];
      return { signer, ballot: blindBallot(newDeviceSecret(), 'session-1', 'mood', signer.modulus) };
    });
    const signatures = await Promise.all(asks.map(({ signer, ballot }) => signing.sign(signer, ballot.blinded)));
    asks.forEach(({ signer, ballot }, n) => {
      expect(signatures[n]).toBe(signer.blindSign(ballot.blinded));
      expect(signer.verify(ballot.ballotKey, ballot.finish(signatures[n]!)!)).toBe(true);
    });
  });

  it('signs nothing that is not below the modulus, and nothing once closed (the domain then signs itself)', async () => {
    signing = new BallotSigning();
    expect(await signing.sign(signers[0], 'f'.repeat(signers[0].modulus.length))).toBeUndefined();
    const ballot = blindBallot(newDeviceSecret(), 'session-1', 'mood', signers[0].modulus);
    const pending = signing.sign(signers[0], ballot.blinded);
    signing.close();
    expect(await pending).toBeUndefined();
    expect(await signing.sign(signers[0], ballot.blinded)).toBeUndefined();
  });
});
