import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicPoll } from '../protocol/poll';
import { BallotSigner } from '../server/domain/ballot-signer';
import { deriveBallotKey, deriveSeat } from './student-keys';
import { StudentConnection, type StudentSocket } from './student-connection';
import { MemoryStorage } from './memory-storage';

type Ack = (error: Error | null, response?: unknown) => void;

/** The poll's signing key, as the server holds it: the fake answers ballot:key and ballot:sign with it. */
let signer: BallotSigner;
beforeAll(async () => {
  signer = await BallotSigner.generate(1024);
});

/** Lets the ballot's round trips (promises) run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A socket.io client stand-in: records what is emitted, lets the test answer, connect and drop. */
class FakeSocket {
  connected = false;
  readonly sent: { event: string; payload: Record<string, unknown>; ack: Ack }[] = [];
  readonly #handlers = new Map<string, ((payload?: unknown) => void)[]>();

  on(event: string, handler: (payload?: unknown) => void): this {
    this.#handlers.set(event, [...(this.#handlers.get(event) ?? []), handler]);
    return this;
  }

  fire(event: string, payload?: unknown): void {
    for (const handler of this.#handlers.get(event) ?? []) handler(payload);
  }

  connect(): void {
    this.connected = true;
    this.fire('connect');
  }

  disconnect(): void {
    this.connected = false;
    this.fire('disconnect');
  }

  timeout() {
    return {
      emit: (event: string, payload: Record<string, unknown>, ack: Ack) => {
        this.sent.push({ event, payload, ack });
        if (event === 'ballot:key') ack(null, { ok: true, modulus: signer.modulus });
        if (event === 'ballot:sign') {
          ack(null, { ok: true, blindSignature: signer.blindSign(payload.blinded as string) });
        }
      },
    };
  }

  last(event: string) {
    return this.sent.filter((s) => s.event === event).at(-1)!;
  }

  count(event: string): number {
    return this.sent.filter((s) => s.event === event).length;
  }
}

const poll: PublicPoll = {
  id: 'first-step',
  kind: 'single',
  question: 'What should Sam do first?',
  minResponses: 5,
  options: [
    { id: 'pay', label: 'Pay' },
    { id: 'screenshots', label: 'Take screenshots' },
  ],
};
const joined = (extra: object = {}) => ({
  ok: true,
  sessionId: 'session-0123456789abcdef',
  role: 'student',
  language: 'en',
  country: 'BE',
  state: 'active',
  poll: null,
  seat: 'seated',
  ...extra,
});

function setup(stores = { store: new MemoryStorage(), secretStore: new MemoryStorage() }) {
  const socket = new FakeSocket();
  const session = new StudentConnection({
    connect: () => socket as unknown as StudentSocket,
    ...stores,
    retryMs: 0,
  });
  return { socket, session, stores };
}

describe('a phone in a class session', () => {
  it('joins with the code as a student typed it and the seat of this phone, and waits for a question', async () => {
    const { socket, session, stores } = setup();
    session.join(' abc-234 ');
    expect(session.state.phase).toBe('joining');
    const secret = JSON.parse(stores.secretStore.getItem('pb-device-secret')!) as string;
    expect(socket.last('session:join').payload).toEqual({ joinCode: 'ABC234', seat: deriveSeat(secret, 'ABC234') });
    socket.last('session:join').ack(null, joined());
    expect(session.state).toMatchObject({ phase: 'waiting', online: true, country: 'BE' });
    socket.fire('poll:opened', { poll });
    expect(session.state).toMatchObject({ phase: 'poll', poll });
    // Its ballot is asked for at once, while the student reads the question.
    await tick();
    expect(socket.last('ballot:sign').payload).toMatchObject({ pollId: 'first-step' });
  });

  it('says why a code does not work, without asking the server for an impossible one', async () => {
    const { socket, session } = setup();
    session.join('AB0');
    expect(session.state).toMatchObject({ phase: 'code', joinError: 'invalid_payload' });
    expect(socket.sent).toEqual([]);
    session.join('ABC234');
    socket.last('session:join').ack(null, { ok: false, error: { code: 'not_found', message: 'no session' } });
    expect(session.state).toMatchObject({ phase: 'code', joinError: 'not_found' });
  });

  it('says "too many attempts" while the server refuses the connection itself, and joins once it is let in', () => {
    const { socket, session } = setup();
    const letIn = socket.connect.bind(socket);
    socket.connect = () => {}; // the handshake is refused: no connection yet
    session.join('ABC234');
    // What a browser's socket.io hands over when the handshake is refused (the per-address connection limit).
    socket.fire('connect_error', {
      message: 'xhr poll error',
      description: 403,
      context: { responseText: '{"code":4,"message":"too_many_connections"}' },
    });
    expect(session.state).toMatchObject({ phase: 'code', joinError: 'too_many_attempts' });
    socket.fire('connect_error', { message: 'xhr poll error', description: 0, context: { responseText: '' } });
    expect(session.state).toMatchObject({ phase: 'code', joinError: 'too_many_attempts' });
    letIn();
    socket.last('session:join').ack(null, joined({ poll }));
    expect(session.state.phase).not.toBe('code');
  });

  it('says "too many attempts" while the server turns guessers away, and a phone already in keeps trying', async () => {
    const { socket, session } = setup();
    const busy = { ok: false, error: { code: 'too_many_attempts', message: 'wait a minute' } };
    session.join('ABC234');
    socket.last('session:join').ack(null, busy);
    expect(session.state).toMatchObject({ phase: 'code', joinError: 'too_many_attempts' });
    // A phone that was in the session (reconnecting after a restart) is not sent back to the code: it tries again.
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll }));
    socket.disconnect();
    socket.connect();
    socket.last('session:join').ack(null, busy);
    expect(session.state.phase).toBe('poll');
    await tick();
    expect(socket.count('session:join')).toBe(4);
    socket.last('session:join').ack(null, joined({ poll }));
    expect(session.state).toMatchObject({ phase: 'poll', online: true });
    expect(session.joined).toBe(true);
  });

  it('says "received" only once the server acknowledged the answer, with a signed ballot key of this poll', async () => {
    const { socket, session, stores } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll }));
    session.answer({ kind: 'single', optionId: 'screenshots' });
    expect(session.state.answerStatus).toBe('sending');
    await tick();
    const sent = socket.last('answer:submit');
    const secret = JSON.parse(stores.secretStore.getItem('pb-device-secret')!) as string;
    expect(sent.payload).toEqual({
      pollId: 'first-step',
      ballotKey: deriveBallotKey(secret, 'session-0123456789abcdef', 'first-step'),
      signature: expect.stringMatching(/^[0-9a-f]+$/),
      answer: { kind: 'single', optionId: 'screenshots' },
    });
    // The poll's signature on the ballot key, which the server signed without seeing the key.
    expect(signer.verify(sent.payload.ballotKey as string, sent.payload.signature as string)).toBe(true);
    expect(socket.last('ballot:sign').payload.blinded).not.toContain(sent.payload.ballotKey);
    sent.ack(null, { ok: true, pollId: 'first-step', replaced: false });
    expect(session.state.answerStatus).toBe('received');
  });

  it('sends an unacknowledged answer again after the connection comes back, and counts it once', async () => {
    const { socket, session } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll }));
    session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    const first = socket.last('answer:submit');
    socket.disconnect();
    expect(session.state).toMatchObject({ online: false, answerStatus: 'sending' });
    first.ack(new Error('operation has timed out'));
    await tick();
    expect(socket.count('answer:submit')).toBe(1); // offline: nothing is sent into the void

    socket.connect();
    socket.last('session:join').ack(null, joined({ poll }));
    await tick();
    const again = socket.last('answer:submit');
    expect(socket.count('answer:submit')).toBe(2);
    expect(again.payload).toEqual(first.payload); // same ballot key: the server keeps one answer
    again.ack(null, { ok: true, pollId: 'first-step', replaced: true });
    expect(session.state.answerStatus).toBe('received');
  });

  it('keeps an answer across a reload of the page and sends it when the session is back', async () => {
    const stores = { store: new MemoryStorage(), secretStore: new MemoryStorage() };
    const before = setup(stores);
    before.session.join('ABC234');
    before.socket.last('session:join').ack(null, joined({ poll }));
    before.session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    const lost = before.socket.last('answer:submit').payload;

    const after = setup(stores);
    expect(after.session.resume()).toBe(true);
    after.socket.last('session:join').ack(null, joined({ poll }));
    expect(after.session.state).toMatchObject({ phase: 'poll', answer: { kind: 'single', optionId: 'pay' } });
    await tick();
    expect(after.socket.last('answer:submit').payload).toEqual(lost);
  });

  it('lets a student change the answer: a late acknowledgement of the old one does not count as the new one', async () => {
    const { socket, session } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll }));
    session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    const old = socket.last('answer:submit');
    session.answer({ kind: 'single', optionId: 'screenshots' });
    await tick();
    const current = socket.last('answer:submit');
    expect(current.payload.ballotKey).toBe(old.payload.ballotKey);
    old.ack(null, { ok: true, pollId: 'first-step', replaced: false });
    expect(session.state.answerStatus).toBe('sending');
    current.ack(null, { ok: true, pollId: 'first-step', replaced: true });
    expect(session.state).toMatchObject({ answerStatus: 'received', answer: { optionId: 'screenshots' } });
  });

  it('retries when the server is busy, joins again when it forgot the connection, and says when it is too late', async () => {
    const { socket, session } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll }));
    session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    socket.last('answer:submit').ack(null, { ok: false, error: { code: 'forbidden', message: 'join first' } });
    expect(socket.count('session:join')).toBe(2);
    socket.last('session:join').ack(null, joined({ poll }));
    await tick();
    expect(socket.count('answer:submit')).toBe(2);
    await tick();
    socket.last('answer:submit').ack(null, { ok: false, error: { code: 'poll_closed', message: 'closed' } });
    expect(session.state).toMatchObject({ answerStatus: 'refused', answerError: 'poll_closed' });
  });

  it('shows the next question when a poll closes, then the end of the session, and forgets the session', async () => {
    const { socket, session, stores } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll }));
    session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    socket.last('answer:submit').ack(null, { ok: true, pollId: 'first-step', replaced: false });
    socket.fire('poll:closed', { pollId: 'first-step' });
    expect(session.state).toMatchObject({ phase: 'waiting', closed: { answered: true } });
    socket.fire('session:ended', { reason: 'ended' });
    expect(session.state.phase).toBe('ended');
    expect(stores.store.getItem('pb-join')).toBeNull();
    expect(socket.connected).toBe(false);
  });

  it('stays in the session on the next deck, with nothing of the last one left, and knows the deck’s language', async () => {
    const { socket, session } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll, language: 'fr' }));
    expect(session.state.language).toBe('fr');
    session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    socket.last('answer:submit').ack(null, { ok: true, pollId: 'first-step', replaced: false });
    socket.fire('poll:closed', { pollId: 'first-step' });
    expect(session.state).toMatchObject({ phase: 'waiting', closed: { answered: true } });
    const joins = socket.count('session:join');
    socket.fire('deck:changed', { deckId: 'spot-the-script' });
    expect(session.state).toMatchObject({ phase: 'waiting', deckId: 'spot-the-script', closed: undefined });
    expect(session.state.answer).toBeUndefined();
    // No second join: the phone was never out of the session.
    expect(socket.count('session:join')).toBe(joins);
  });

  it('asks an anonymous question only when connected, and never sends a name', async () => {
    const { socket, session } = setup();
    expect((await session.ask('Is it my fault?')).ok).toBe(false);
    session.join('ABC234');
    socket.last('session:join').ack(null, joined());
    const asked = session.ask('Is it my fault?');
    socket.last('question:ask').ack(null, { ok: true });
    expect(await asked).toEqual({ ok: true });
    expect(socket.last('question:ask').payload).toEqual({ text: 'Is it my fault?', askId: expect.any(String) });
    for (const { payload } of socket.sent) expect(Object.keys(payload)).not.toContain('name');
  });

  it('sends a question again after a lost acknowledgement with its ask id, so the server counts it once', async () => {
    const { socket, session } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined());
    const first = session.ask('Can they post it?');
    socket.last('question:ask').ack(new Error('operation has timed out'));
    expect((await first).ok).toBe(false);
    const firstId = socket.last('question:ask').payload.askId as string;
    expect(firstId).toMatch(/^[0-9a-f]{32}$/);
    const again = session.ask('Can they post it?');
    expect(socket.last('question:ask').payload).toEqual({ text: 'Can they post it?', askId: firstId });
    socket.last('question:ask').ack(null, { ok: true });
    expect(await again).toEqual({ ok: true });
    // Once acknowledged, the same words asked again are a new question.
    void session.ask('Can they post it?');
    expect(socket.last('question:ask').payload.askId).not.toBe(firstId);
  });

  it('waits for a seat when the class is full, and shows the poll and sends the answer once admitted', async () => {
    const { socket, session } = setup();
    session.join('ABC234');
    socket.last('session:join').ack(null, joined({ poll, seat: 'waiting' }));
    expect(session.state).toMatchObject({ phase: 'admission', poll });
    session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    expect(socket.count('ballot:sign') + socket.count('answer:submit')).toBe(0);
    socket.fire('poll:opened', { poll: { ...poll, id: 'next' } });
    expect(session.state.phase).toBe('admission');
    socket.fire('seat:granted', {});
    expect(session.state).toMatchObject({ phase: 'poll', poll: { id: 'next' } });
    session.answer({ kind: 'single', optionId: 'pay' });
    await tick();
    expect(socket.last('answer:submit').payload).toMatchObject({ pollId: 'next' });
  });
});
