import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { connected, disconnectAll, startTestServer, type ClientSocket, type TestServer } from './test-harness';

let server: TestServer | undefined;
const sockets: ClientSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  disconnectAll();
  await server?.stop();
  server = undefined;
});

/** A connection from a loopback `address`, saying (as nginx does) that it carries `named`'s connection. */
async function connectNaming(url: string, address: string, named: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    extraHeaders: { 'X-Real-IP': named },
    localAddress: address,
  } as object);
  sockets.push(socket);
  await connected(socket);
  return socket;
}

describe('behind a load balancer (TRUST_PROXY)', () => {
  it('counts a connection under the address the balancer names, and only the balancer’s word is taken', async () => {
    server = await startTestServer({ trustedProxies: ['127.0.0.1'] });
    await connectNaming(server.url, '127.0.0.1', '203.0.113.7');
    await connectNaming(server.url, '127.0.0.1', '203.0.113.7');
    // Not the balancer: its X-Real-IP is a lie it could tell to escape its own address's limits.
    await connectNaming(server.url, '127.0.0.2', '198.51.100.9');
    const { connections } = server.app;
    expect(connections.connectionsFrom('203.0.113.7')).toBe(2);
    expect(connections.connectionsFrom('127.0.0.1')).toBe(0);
    expect(connections.connectionsFrom('198.51.100.9')).toBe(0);
    expect(connections.connectionsFrom('127.0.0.2')).toBe(1);
  });

  it('takes no one’s word when no balancer is named (the laptop)', async () => {
    server = await startTestServer();
    await connectNaming(server.url, '127.0.0.1', '203.0.113.7');
    expect(server.app.connections.connectionsFrom('203.0.113.7')).toBe(0);
    expect(server.app.connections.connectionsFrom('127.0.0.1')).toBe(1);
  });
});
