import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CLIENT_EVENT_NAMES, STUDENT_EVENT_NAMES, clientEvents } from './client-events.ts';
import { parse } from './parse.ts';

describe('client events', () => {
  it('let a student connection only join, answer, ask and say "me too" (and start a session of its own)', () => {
    expect([...STUDENT_EVENT_NAMES].sort()).toEqual([
      'answer:submit',
      'ballot:key',
      'ballot:sign',
      'question:ask',
      'question:me-too',
      'session:join',
      'session:start',
    ]);
    for (const name of [
      'poll:open',
      'poll:close',
      'poll:reveal',
      'moderation:approve',
      'moderation:reject',
      'facilitator:invite',
      'facilitator:revoke',
      'seats:expect',
      'session:end',
      'session:export',
      'deck:goto',
      'deck:report',
    ] as const) {
      expect(clientEvents[name].access).toBe('facilitator');
    }
  });

  it('validate an answer submission as a whole', () => {
    const payload = {
      pollId: 'q1',
      ballotKey: 'a'.repeat(64),
      signature: '0f'.repeat(256),
      answer: { kind: 'single', optionId: 'yes' },
    };
    expect(parse(clientEvents['answer:submit'].payload, payload).ok).toBe(true);
    // No answer without the poll's signature on its ballot key (ADR 10), and nothing naming a seat.
    expect(parse(clientEvents['answer:submit'].payload, { ...payload, signature: undefined }).ok).toBe(false);
    expect(parse(clientEvents['answer:submit'].payload, { ...payload, seat: 'b'.repeat(64) }).ok).toBe(false);
    expect(parse(clientEvents['answer:submit'].payload, { ...payload, ballotKey: 'socket-id-123' }).ok).toBe(false);
    expect(parse(clientEvents['answer:submit'].payload, { ...payload, ip: '10.0.0.2' }).ok).toBe(false);
  });

  it('join by a code as typed, with or without the facilitator key', () => {
    const joined = parse(clientEvents['session:join'].payload, { joinCode: 'k7m2qx' });
    expect(joined).toEqual({ ok: true, value: { joinCode: 'K7M2QX' } });
  });

  it('describe both outcomes of every acknowledgement', () => {
    for (const name of CLIENT_EVENT_NAMES) {
      const failure = { ok: false, error: { code: 'rate_limited', message: 'slow down' } };
      expect(v.safeParse(clientEvents[name].ack, failure).success, name).toBe(true);
      expect(v.safeParse(clientEvents[name].ack, { ok: false, error: { code: 'oops', message: '' } }).success).toBe(
        false,
      );
    }
    expect(v.safeParse(clientEvents['answer:submit'].ack, { ok: true, pollId: 'q1', replaced: false }).success).toBe(
      true,
    );
  });

  it('move the deck by a step or to a slide', () => {
    expect(parse(clientEvents['deck:goto'].payload, { to: 'next' }).ok).toBe(true);
    expect(parse(clientEvents['deck:goto'].payload, { to: 'slide', h: 3, v: 0 }).ok).toBe(true);
    expect(parse(clientEvents['deck:goto'].payload, { to: 'slide', h: -1, v: 0 }).ok).toBe(false);
  });
});
