/** A second adult's console (ADR 16): the first console invites it with a key of its own, and revokes it. */
import { failure } from '../../../protocol/errors';
import { inviteCoFacilitator, revokeCoFacilitator } from '../../domain/session-changes';
import type { HandlerGroup } from './handler';

type CoFacilitatorEvents = 'facilitator:invite' | 'facilitator:revoke';

export const coFacilitatorHandlers: HandlerGroup<CoFacilitatorEvents> = {
  'facilitator:invite': async (_payload, { session, connection, polling, commit }) => {
    if (!connection.lead) return failure('forbidden', 'only the first console may invite a co-facilitator');
    const invited = inviteCoFacilitator(session, polling.random, polling.clock());
    if (!invited.ok) return invited;
    // The earlier invitation's consoles go: their key no longer opens the session.
    polling.rooms.cutOff(session.id);
    return { ok: true, ...(await commit(session, invited.value)) };
  },

  'facilitator:revoke': async (_payload, { session, connection, polling, commit }) => {
    if (!connection.lead) return failure('forbidden', 'only the first console may revoke a co-facilitator');
    await commit(session, revokeCoFacilitator(session, polling.clock()));
    polling.rooms.cutOff(session.id);
    return { ok: true };
  },
};
