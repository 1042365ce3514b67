import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { routeToSession } from './socket-options';

const closers: (() => void)[] = [];

afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A bare socket.io server that notes the `session` of every handshake, as nginx routes by it. */
async function recordingServer() {
  const http = createServer();
  const server = new Server(http);
  const sessions: unknown[] = [];
  server.on('connection', (socket) => sessions.push(socket.handshake.query.session));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(() => void server.close());
  return { server, sessions, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

describe('routing a connection by its class session', () => {
  it('names the join code in the handshake of the first connection and of every reconnection', async () => {
    const { server, sessions, url } = await recordingServer();
    const socket = io(url, { autoConnect: false, transports: ['polling'], reconnectionDelay: 10 });
    closers.push(() => socket.disconnect());
    routeToSession(socket, 'ABC234');
    socket.connect();
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // The node goes away for this connection (a hand-over, a node's death): it comes back by itself.
    for (const connected of server.of('/').sockets.values()) connected.conn.close();
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    expect(sessions).toEqual(['ABC234', 'ABC234']);
  });

  it('leaves a connection without a socket.io manager (a test double) alone', () => {
    expect(() => routeToSession({}, 'ABC234')).not.toThrow();
  });
});
