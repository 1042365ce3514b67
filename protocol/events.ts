/** socket.io's typed event maps: `new Server<ClientToServerEvents, ServerToClientEvents>()` and `io(...)`. */
import type { ClientAck, ClientEventName, ClientPayloadInput } from './client-events.ts';
import type { ServerEventName, ServerPayload } from './server-events.ts';

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayloadInput<E>, ack: (response: ClientAck<E>) => void) => void;
};

export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerPayload<E>) => void;
};
