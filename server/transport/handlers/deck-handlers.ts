/** The deck on screen: the console moves it, the presenter reports its slide, the class goes on to another deck. */
import { continueWith } from '../../domain/session-changes';
import { facilitatorRoom } from '../session-rooms';
import type { HandlerGroup } from './handler';

type DeckEvents = 'deck:goto' | 'deck:report' | 'session:continue';

export const deckHandlers: HandlerGroup<DeckEvents> = {
  'deck:goto': (move, { session, connection, polling }) => {
    polling.touch(session);
    // The console moves the deck; the presenter (the other facilitator screen) follows.
    connection.socket.to(facilitatorRoom(session.id)).emit('deck:moved', move);
    return { ok: true };
  },

  'deck:report': (slide, { session, connection, polling }) => {
    polling.touch(session);
    polling.rooms.slides.set(session.id, slide);
    connection.socket.to(facilitatorRoom(session.id)).emit('deck:reported', slide);
    return { ok: true };
  },

  'session:continue': async ({ deckId }, { session, polling, commit }) => {
    const continued = continueWith(session, deckId, polling.clock());
    if (!continued.ok) return continued;
    if (!continued.value.value.changed) return { ok: true };
    // The slide the console showed belongs to the deck before: the new presenter reports its own.
    polling.rooms.slides.delete(session.id);
    const { closedPollIds } = await commit(session, continued.value);
    if (closedPollIds.length > 0) polling.signers.prepare(session.id);
    return { ok: true };
  },
};
