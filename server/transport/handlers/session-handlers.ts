/** Starting a session, joining it (a phone's seat, a facilitator's screen), the class size, its end and export. */
import { failure, type AckFailure } from '../../../protocol/errors';
import { renderSessionExport, Session, textFilterFor } from '../../domain';
import { endSession, expectStudents, recordChanged } from '../../domain/session-changes';
import type { Role } from './connection';
import { monotonic, type HandlerGroup } from './handler';

type SessionEvents = 'session:start' | 'session:join' | 'seats:expect' | 'session:end' | 'session:export';

export const sessionHandlers: HandlerGroup<SessionEvents> = {
  'session:start': async ({ language, country, deckId, classSize }, { connection, polling, commit }) => {
    const { sessions, limits, guards, signers } = polling;
    const now = polling.clock();
    // Checked first, so a full server takes nothing from anyone's budget.
    if (sessions.activeCount >= limits.maxActiveSessions) {
      return failure('rate_limited', 'this server runs as many sessions as it can: try again in a few minutes');
    }
    const refused = guards.starts.take(connection.address, monotonic());
    if (refused === 'address') return failure('rate_limited', 'too many sessions started from here: wait a while');
    if (refused === 'server') {
      return failure('rate_limited', 'too many sessions started on this server just now: try again in a few minutes');
    }
    const { session, facilitatorKey } = Session.start({ language, country, deckId, classSize }, now, {
      random: polling.random,
      flagText: textFilterFor(language),
      isJoinCodeTaken: sessions.isCodeTaken,
      joinCodeLength: polling.joinCodeLength,
    });
    sessions.add(session);
    signers.prepare(session.id); // the first poll's key is ready by the time the class has joined
    await commit(session, recordChanged);
    return { ok: true, sessionId: session.id, joinCode: session.joinCode, facilitatorKey };
  },

  'session:join': async ({ joinCode, facilitatorKey, seat }, { connection, polling, after }) => {
    const { guards, rooms } = polling;
    const { address } = connection;
    const now = monotonic();
    // While limited, even the right code is refused: otherwise a guesser would still learn when it hit.
    if (!connection.joinFailures.has(now) || !guards.joinFailures.has(address, now)) {
      return failure('rate_limited', 'too many wrong codes: wait a minute');
    }
    const tooMany = failure('too_many_attempts', 'too many failed joins on this server: wait a minute');
    if (!guards.serverJoinFailures.mayTry(address, now)) return tooMany;
    const failed = (error: AckFailure) => {
      connection.joinFailures.take(now);
      guards.joinFailures.take(address, now);
      return guards.serverJoinFailures.fail(address, now) ? error : tooMany;
    };
    const session = polling.sessions.byCode(joinCode) ?? (await polling.adopt(joinCode));
    if (!session) return failed(failure('not_found', 'no session with this code'));
    if (polling.reloading.has(session.id)) return failure('internal', 'the session is being reloaded: try again');
    if (facilitatorKey !== undefined && !session.isFacilitatorKey(facilitatorKey)) {
      return failed(failure('forbidden', 'this is not the facilitator key of this session'));
    }
    const role: Role = facilitatorKey === undefined ? 'student' : 'facilitator';
    connection.lead = facilitatorKey !== undefined && session.facilitatorRole(facilitatorKey) === 'lead';
    // A co-facilitator's console is known, so that revoking its key cuts it off at once.
    if (role === 'facilitator' && !connection.lead) {
      let screens = rooms.coScreens.get(session.id);
      if (!screens) rooms.coScreens.set(session.id, (screens = new Set()));
      screens.add(connection.socket);
    }
    if (role === 'student') {
      if (seat === undefined) return failure('invalid_payload', 'a phone joins with its seat');
      if (!connection.joins.has(now) || !guards.addressJoins.has(address, now)) {
        return failure('rate_limited', 'too many joins: wait a minute');
      }
      connection.joins.take(now);
      guards.addressJoins.take(address, now);
    }
    if (connection.sessionId !== session.id || connection.role !== role) connection.enter(session, role);
    if (seat !== undefined && role === 'student') {
      const taken = await connection.takeSeat(session, seat, now);
      if (typeof taken === 'object') return taken;
      // Counts again now the phone is seated or queued: entering asked before takeSeat, and an idle throttle
      // sends at once, so the console would miss a phone waiting for "admit more".
      if (taken) rooms.requestPresence(session.id);
    }
    polling.touch(session);
    if (role === 'facilitator') after(() => rooms.catchUp(connection.socket, session));
    else if (session.state === 'active') {
      // A phone (re)joining sees the questions approved so far, if any.
      const shown = rooms.shownQuestions(session);
      if (shown.questions.length > 0) after(() => rooms.send(connection.socket, 'questions:shown', shown));
    }
    return {
      ok: true,
      sessionId: session.id,
      role,
      language: session.settings.language,
      country: session.settings.country,
      state: session.state,
      poll: session.currentPoll(),
      ...(role === 'student' &&
        session.state === 'active' && { seat: connection.seated ? ('seated' as const) : ('waiting' as const) }),
    };
  },

  'seats:expect': async ({ classSize }, { session, polling, commit }) => {
    const expected = expectStudents(session, classSize, polling.clock());
    if (!expected.ok) return expected;
    await commit(session, expected.value);
    await polling.admitWaiting(session);
    return { ok: true };
  },

  'session:end': async (_payload, { session, polling, commit }) => {
    const ended = endSession(session, polling.clock());
    if (!ended.ok) return ended;
    if (!(await commit(session, ended.value)).ended) return { ok: true };
    polling.signers.forget(session.id);
    polling.guards.questions.forget(session.id);
    return { ok: true };
  },

  'session:export': ({ format }, { session }) => ({ ok: true, ...renderSessionExport(session, format) }),
};
