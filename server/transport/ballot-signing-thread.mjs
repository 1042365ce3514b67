/**
 * The RSA private operation of blind signing (RFC 9474 BlindSign, raw RSA), on a thread of its own
 * (ballot-signing.ts). Plain JavaScript, so that Node starts it as it is from the sources and from build/ (as
 * server/store/sqlite-writer.mjs).
 *
 * In: `{ id, keys, items }`: the polls' private keys (PKCS #8 DER in base64, as `BallotSigner.serialized`) and
 * `[key index, blinded message in hex]` pairs. Out: `{ id, signatures }`, a signature in hex (or null where the
 * operation failed) per item, in order. Nothing here is trusted: the domain checks each signature before use.
 */
import { constants, createPrivateKey, privateDecrypt } from 'node:crypto';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Keys parsed once per poll, the most recently used last; open polls are far fewer than this. */
const MAX_KEYS = 512;
const keys = new Map();

function keyFor(serialized) {
  let key = keys.get(serialized);
  if (key) keys.delete(serialized);
  else key = createPrivateKey({ key: Buffer.from(serialized, 'base64'), format: 'der', type: 'pkcs8' });
  keys.set(serialized, key);
  if (keys.size > MAX_KEYS) keys.delete(keys.keys().next().value);
  return key;
}

function sign(serialized, blinded) {
  try {
    const message = Buffer.from(blinded, 'hex');
    return privateDecrypt({ key: keyFor(serialized), padding: constants.RSA_NO_PADDING }, message).toString('hex');
  } catch {
    return null;
  }
}

if (!isMainThread && workerData?.ballotSigning) {
  parentPort.on('message', ({ id, keys: serialized, items }) => {
    parentPort.postMessage({ id, signatures: items.map(([key, blinded]) => sign(serialized[key], blinded)) });
  });
}
