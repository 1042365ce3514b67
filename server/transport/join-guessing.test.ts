/**
 * Guessing join codes from many addresses at once, against a real server: each client connects from its own
 * loopback address (127.0.0.x, all of which reach the server on Linux), as phones or a botnet would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_LENGTH } from '../../protocol/join-code';
import {
  connectFrom,
  disconnectAll,
  randomSeat,
  request,
  startSession,
  startTestServer,
  type TestServer,
} from './test-harness';

/** A code no session has: the live one with its last character changed. */
function wrongCode(live: string, n: number): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  const other = [...alphabet].filter((c) => !live.includes(c));
  return live.slice(0, 4) + other[n % other.length]! + other[Math.floor(n / other.length) % other.length]!;
}

describe('code guessing from many addresses', () => {
  let server: TestServer;
  let joinCode: string;

  beforeAll(async () => {
    server = await startTestServer({
      // A small server budget, one failure per address once it is spent; neither refills during the test,
      // however slow the machine (one token in 1,000 minutes).
      limits: {
        serverJoinFailureBurst: 40,
        serverJoinFailuresPerMinute: 0.001,
        spentJoinFailureBurst: 1,
        spentJoinFailuresPerMinute: 0.001,
      },
    });
    ({ joinCode } = await startSession(server.url));
  });

  afterAll(async () => {
    disconnectAll();
    await server.stop();
  });

  it('the server checks at most its budget between them, then says "too many attempts"', async () => {
    const addresses = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 2}`);
    const clients = await Promise.all(addresses.map((address) => connectFrom(server.url, address)));
    const outcomes = (
      await Promise.all(
        clients.map(async (socket, i) => {
          const codes: string[] = [];
          // Each address stays within its own limit (10 failures): only the server's budget stops them.
          for (let n = 0; n < 10; n++) {
            const ack = await request(socket, 'session:join', {
              joinCode: wrongCode(joinCode, i * 10 + n),
              seat: randomSeat(),
            });
            codes.push(ack.ok ? 'joined' : ack.error.code);
          }
          return codes;
        }),
      )
    ).flat();
    const count = (code: string) => outcomes.filter((c) => c === code).length;
    expect(count('joined')).toBe(0);
    // 200 tries: the budget's 40 answered "no such session", every other one "wait a minute".
    expect(count('not_found')).toBe(40);
    expect(count('too_many_attempts')).toBe(160);

    // Still spent: an address that just failed is turned away even with the right code…
    const guesser = clients[0]!;
    const refused = await request(guesser, 'session:join', { joinCode, seat: randomSeat() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'too_many_attempts' } });

    // …but a phone elsewhere with the right code is not starved by them: it joins.
    const phone = await connectFrom(server.url, '127.0.0.100');
    const joined = await request(phone, 'session:join', { joinCode, seat: randomSeat() });
    expect(joined).toMatchObject({ ok: true, role: 'student' });
    // Its typo now counts against its own small allowance only, and says why.
    const typo = await request(phone, 'session:join', { joinCode: wrongCode(joinCode, 999), seat: randomSeat() });
    expect(typo).toMatchObject({ ok: false, error: { code: 'too_many_attempts' } });
  });

  it('keeps six-character codes on a laptop server', () => {
    expect(joinCode).toHaveLength(JOIN_CODE_LENGTH);
  });
});

describe('a hosted server', () => {
  it('gives nine-character codes, which phones join with', async () => {
    const server = await startTestServer({ hosted: true });
    try {
      const { joinCode } = await startSession(server.url);
      expect(joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{9}$/);
      const phone = await connectFrom(server.url, '127.0.0.1');
      const typed = `${joinCode.slice(0, 3)} ${joinCode.slice(3, 6)} ${joinCode.slice(6)}`.toLowerCase();
      expect(await request(phone, 'session:join', { joinCode: typed, seat: randomSeat() })).toMatchObject({ ok: true });
    } finally {
      disconnectAll();
      await server.stop();
    }
  });
});
