/**
 * Issue 16's hostile student, against a real server with its SQLite file: seats that cannot be farmed, one
 * answer per seat, and nothing stored that ties a seat to an answer (ADR 10).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { blindBallot, deriveSeat, newDeviceSecret } from '../../app/student-keys';
import { DATABASE_FILE } from '../store/sqlite-session-store';
import {
  connect,
  connected,
  disconnectAll,
  Phone,
  request,
  singlePoll,
  startSession,
  type ClientSocket,
  serversPerTest,
  seatedPhones,
} from './test-harness';

const server = serversPerTest();

const good = { kind: 'single', optionId: 'good' } as const;

/**
 * One attempt of the hostile client: a fresh device secret (so a fresh seat and a fresh ballot key), a join,
 * and an answer if it got a seat. Counts only answers that added to the tally.
 */
async function farm(socket: ClientSocket, code: string): Promise<boolean> {
  const secret = newDeviceSecret();
  const joined = await request(socket, 'session:join', { joinCode: code, seat: deriveSeat(secret, code) });
  if (!joined.ok || joined.seat !== 'seated') return false;
  const key = await request(socket, 'ballot:key', { pollId: 'mood' });
  if (!key.ok) return false;
  const ballot = blindBallot(secret, joined.sessionId, 'mood', key.modulus);
  const signed = await request(socket, 'ballot:sign', { pollId: 'mood', blinded: ballot.blinded });
  if (!signed.ok) return false;
  const signature = ballot.finish(signed.blindSignature)!;
  const ack = await request(socket, 'answer:submit', {
    pollId: 'mood',
    ballotKey: ballot.ballotKey,
    signature,
    answer: good,
  });
  return ack.ok && !ack.replaced;
}

describe('seats that cannot be farmed', () => {
  it('lets a client that rejoins 1,000 times with fresh secrets add at most the free seats’ worth of answers', async () => {
    // Seats alone must hold: the farmer is neither cut off for its refusals nor slowed at the handshake here.
    const { url } = await server({
      limits: { refusalBurst: 100_000 },
      connectionLimits: { handshakeBurst: 10_000 },
    });
    const facilitator = await startSession(url, { language: 'en', country: 'BE', classSize: 30 });
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('mood', 5) });
    const honest = await seatedPhones(url, facilitator.joinCode, 10);
    await Promise.all(honest.map((phone) => phone.answer('mood', good)));

    let accepted = 0;
    // Half the attempts on one connection, half on a new connection each time (a phone that reconnects).
    const bouncing = connect(url);
    await connected(bouncing);
    for (let i = 0; i < 500; i++) if (await farm(bouncing, facilitator.joinCode)) accepted++;
    for (let i = 0; i < 500; i++) {
      const socket = connect(url);
      await connected(socket);
      if (await farm(socket, facilitator.joinCode)) accepted++;
      socket.disconnect();
    }
    expect(accepted).toBeLessThanOrEqual(20);
    await request(facilitator.socket, 'poll:reveal', { pollId: 'mood' });
    const { view } = await facilitator.inbox.waitFor('results:revealed');
    expect(view.answerCount).toBe(10 + accepted);
    expect(view.answerCount).toBeLessThanOrEqual(30);
    const seats = await facilitator.inbox.waitFor('seats:changed', ({ given }) => given === 10 + accepted);
    expect(seats.given).toBeLessThanOrEqual(30);
  }, 120_000);

  it('does not let one connection pass a poll’s minimum number of answers, however often it rejoins', async () => {
    const { url } = await server();
    const facilitator = await startSession(url);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('mood', 5) });
    const [student] = await seatedPhones(url, facilitator.joinCode, 1);
    await student.answer('mood', { kind: 'single', optionId: 'bad' });
    // The hostile student knows the others' answers are theirs: four more would uncover the real one.
    const hostile = connect(url);
    await connected(hostile);
    let accepted = 0;
    for (let i = 0; i < 100; i++) if (await farm(hostile, facilitator.joinCode)) accepted++;
    expect(accepted).toBeLessThan(4);
    await request(facilitator.socket, 'poll:reveal', { pollId: 'mood' });
    const { view } = await facilitator.inbox.waitFor('results:revealed');
    expect(view.results).toMatchObject({ state: 'needs_more' });
  }, 60_000);

  it('gives seats up to the class size, then makes phones wait for the console to admit more', async () => {
    const { url } = await server();
    const facilitator = await startSession(url, { language: 'en', country: 'BE', classSize: 2 });
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('mood', 0) });
    await seatedPhones(url, facilitator.joinCode, 2);
    const late = new Phone(url);
    expect(await late.join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'waiting', poll: { id: 'mood' } });
    await facilitator.inbox.waitFor('seats:changed', (s) => s.expected === 2 && s.given === 2 && s.waiting === 1);
    await facilitator.inbox.waitFor('presence:changed', ({ students }) => students === 3);
    await expect(late.submit('mood', good)).rejects.toThrow(/forbidden/);
    expect(await request(late.socket, 'question:ask', { text: 'Can I ask?' })).toMatchObject({
      error: { code: 'forbidden' },
    });

    expect(await request(facilitator.socket, 'seats:expect', { classSize: 3 })).toEqual({ ok: true });
    await late.inbox.waitFor('seat:granted');
    await facilitator.inbox.waitFor('seats:changed', (s) => s.expected === 3 && s.given === 3 && s.waiting === 0);
    expect(await late.submit('mood', good)).toMatchObject({ ok: true });
    // A phone that stops waiting (it left) no longer counts as waiting.
    const gone = new Phone(url);
    await gone.join(facilitator.joinCode);
    await facilitator.inbox.waitFor('seats:changed', (s) => s.waiting === 1);
    gone.socket.disconnect();
    await facilitator.inbox.waitFor('seats:changed', (s) => s.waiting === 0 && s.given === 3);
  });

  it('shows the console a phone that waits, also when it comes in after a quiet moment', async () => {
    // No throttle on the counts: each join sends them at once, as the first join after a quiet moment does.
    const { url } = await server({ limits: { presenceIntervalMs: 0 } });
    const facilitator = await startSession(url, { language: 'en', country: 'BE', classSize: 1 });
    await seatedPhones(url, facilitator.joinCode, 1);
    expect(await new Phone(url).join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'waiting' });
    await facilitator.inbox.waitFor('seats:changed', (s) => s.given === 1 && s.waiting === 1);
  });

  it('limits new seats per address and joins per connection, never a phone coming back to its seat', async () => {
    const { url } = await server({ limits: { addressSeatBurst: 3, addressSeatsPerMinute: 0.001 } });
    const facilitator = await startSession(url);
    const phones = await seatedPhones(url, facilitator.joinCode, 3);
    expect(await new Phone(url).join(facilitator.joinCode)).toMatchObject({ error: { code: 'rate_limited' } });
    const back = new Phone(url, { secret: phones[0]!.secret });
    expect(await back.join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'seated' });
    // Bouncing session:join on one connection: a few, then refused.
    const acks = [];
    for (let i = 0; i < 10; i++) acks.push(await back.join(facilitator.joinCode));
    expect(acks.filter((ack) => !ack.ok && ack.error.code === 'rate_limited').length).toBeGreaterThan(4);
  });
});

describe('an honest phone', () => {
  it('keeps its seat and one answer through a reload, a second tab and a restart of the server', async () => {
    const first = await server();
    const facilitator = await startSession(first.url, { language: 'en', country: 'BE', classSize: 1 });
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('mood', 0) });
    const phone = new Phone(first.url);
    await phone.join(facilitator.joinCode);
    expect(await phone.submit('mood', good)).toEqual({ ok: true, pollId: 'mood', replaced: false });

    // A reload mid-poll: the connection goes, the page comes back with the same device secret.
    phone.socket.disconnect();
    const reloaded = new Phone(first.url, { secret: phone.secret });
    expect(await reloaded.join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'seated' });
    expect(await reloaded.submit('mood', { kind: 'single', optionId: 'bad' })).toMatchObject({ replaced: true });
    // A second tab at the same time: same seat, same ballot.
    const tab = new Phone(first.url, { secret: phone.secret });
    expect(await tab.join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'seated' });
    expect(await tab.submit('mood', { kind: 'single', optionId: 'meh' })).toMatchObject({ replaced: true });
    await first.app.polling.idle();
    disconnectAll();
    await first.stop();

    // The server restarts with its data folder: the seat, the poll's key and the answer are all still there.
    const second = await server({ dataDir: first.dataDir });
    const after = new Phone(second.url, { secret: phone.secret });
    expect(await after.join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'seated', poll: { id: 'mood' } });
    expect(await after.submit('mood', good)).toMatchObject({ ok: true, replaced: true });
    expect(await new Phone(second.url).join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'waiting' });
    expect((await second.store.load(facilitator.sessionId))?.polls[0]!.answers).toHaveLength(1);
  });
});

describe('what the store keeps', () => {
  it('holds nothing that links a seat to an answer, and writes who was signed for only when the poll closes', async () => {
    const { url, dataDir, app } = await server();
    const facilitator = await startSession(url);
    const phones = await seatedPhones(url, facilitator.joinCode, 6);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('mood', 0) });
    const ballots = await Promise.all(phones.map((phone) => phone.ballot('mood')));
    await Promise.all(
      phones.map((phone, i) => phone.submit('mood', i % 2 ? good : { kind: 'single', optionId: 'bad' })),
    );
    await app.polling.idle();

    const seats = phones.map((phone) => phone.seat);
    const tokens = ballots.map((ballot) => ballot.ballotKey);
    const secrets = [...seats, ...phones.map((phone) => phone.secret), ...ballots.map((b) => b.signature)];
    const files = () =>
      readdirSync(dataDir)
        .map((name) => readFileSync(join(dataDir, name)).toString('latin1'))
        .join('\n');

    // While the poll is open, not even the list of seats it signed for is written (the log keeps write order).
    let db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    let record = JSON.parse(
      (db.prepare('SELECT record FROM sessions WHERE id = ?').get(facilitator.sessionId) as { record: string }).record,
    ) as { seats: { given: string[] }; polls: { ballots: { issued: [string, string][] } }[] };
    expect(record.polls[0]!.ballots.issued).toEqual([]);
    expect(record.seats.given).toHaveLength(6);
    db.close();

    await request(facilitator.socket, 'poll:close', { pollId: 'mood' });
    await app.polling.idle();
    db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual([{ name: 'poll_answers' }, { name: 'sessions' }]);
    const answerColumns = db.prepare('SELECT name FROM pragma_table_info(?)').all('poll_answers');
    expect(answerColumns.map((c) => (c as { name: string }).name)).toEqual(['session_id', 'poll_id', 'answers']);
    // A poll's answers are one value, sorted by ballot key (sqlite-session-store.ts).
    const answers = db.prepare('SELECT answers FROM poll_answers').get() as { answers: string };
    expect((JSON.parse(answers.answers) as [string][]).map(([key]) => key)).toEqual([...tokens].sort());
    const text = (db.prepare('SELECT record FROM sessions').get() as { record: string }).record;
    record = JSON.parse(text) as typeof record;
    db.close();

    // The record knows six seats and that six seats were signed for, sorted, and no ballot key at all.
    const issued = record.polls[0]!.ballots.issued;
    expect(issued.map(([seat]) => seat)).toEqual([...record.seats.given].sort());
    for (const token of tokens) expect(text).not.toContain(token);
    // What each seat asked to have signed is kept as a digest of a blinded message: a number the phone
    // multiplied by a secret factor, which no ballot key (nor its hash) matches.
    for (const [, request] of issued) {
      for (const token of tokens) {
        expect(request).not.toBe(createHash('sha256').update(token).digest('hex'));
      }
    }
    // Neither a seat as a phone shows it, a device secret, nor a signature is anywhere in the data folder.
    const everything = files();
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
