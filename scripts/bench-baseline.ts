/**
 * The load benchmark's yardstick (`npm run bench:load -- --baseline`): a bare socket.io server that speaks just
 * enough of the kit's protocol for the benchmark's clients to run unchanged, and does nothing else. It keeps no
 * store, checks nothing and coalesces nothing: an answer is acknowledged at once and a counter goes to the
 * classroom's facilitator with every answer. What the kit's server costs on top of socket.io itself (checks,
 * the durable commit before the acknowledgement, the tally) is the difference between the two runs.
 *
 * Phones still fetch a blind-signed ballot before they answer, with a real key (they check the signature), so
 * that the answers leave the clients in the same burst as against the kit; that step is not in the latency.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { BallotSigner } from '../server/domain/ballot-signer';

type Ack = (response: unknown) => void;

export interface BaselineServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on loopback, on a free port. */
export async function startBaselineServer(): Promise<BaselineServer> {
  const http = createServer();
  const io = new Server(http, { transports: ['websocket'], serveClient: false });
  const signer = await BallotSigner.generate();
  /** Answers counted, per classroom and poll. */
  const counts = new Map<string, number>();
  let sessions = 0;

  io.on('connection', (socket: Socket) => {
    let sessionId = '';
    const on = (event: string, handle: (payload: Record<string, string>, ack: Ack) => void) =>
      socket.on(event, (payload: Record<string, string>, ack: unknown) =>
        handle(payload ?? {}, typeof ack === 'function' ? (ack as Ack) : () => {}),
      );

    on('session:start', (_payload, ack) => {
      // The join code names the session: the facilitator and the phones join with it.
      const id = `s${++sessions}`;
      ack({ ok: true, sessionId: id, joinCode: id, facilitatorKey: id });
    });
    on('session:join', ({ joinCode, facilitatorKey }, ack) => {
      sessionId = joinCode;
      void socket.join(facilitatorKey === undefined ? sessionId : [sessionId, `${sessionId}:facilitators`]);
      ack({ ok: true, sessionId, seat: 'seated' });
    });
    on('poll:open', ({ poll }, ack) => {
      socket.to(sessionId).emit('poll:opened', { poll });
      ack({ ok: true });
    });
    on('ballot:key', (_payload, ack) => ack({ ok: true, modulus: signer.modulus }));
    on('ballot:sign', ({ blinded }, ack) => ack({ ok: true, blindSignature: signer.blindSign(blinded) }));
    on('answer:submit', ({ pollId }, ack) => {
      const key = `${sessionId}\n${pollId}`;
      const answerCount = (counts.get(key) ?? 0) + 1;
      counts.set(key, answerCount);
      ack({ ok: true, pollId, replaced: false });
      io.to(`${sessionId}:facilitators`).emit('tally:updated', { view: { pollId, answerCount } });
    });
  });

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    port: (http.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}
