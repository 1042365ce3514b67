/**
 * One class session across the decks of a lesson (ADR 12): the facilitator takes the class from the welcome
 * deck to the next one; the code, the seats, the phones and the console stay; each deck's polls keep their own
 * ids; a restart remembers where the class is.
 */
import { describe, expect, it } from 'vitest';
import { deckPollId } from '../../protocol/deck';
import {
  connect,
  connected,
  Phone,
  request,
  singlePoll,
  startSession,
  type TestServer,
  serversPerTest,
} from './test-harness';

const startServer = serversPerTest();

const server = (dataDir?: string): Promise<TestServer> =>
  startServer({ ...(dataDir === undefined ? {} : { dataDir }), limits: { tallyIntervalMs: 0, presenceIntervalMs: 0 } });

const welcomePoll = singlePoll(deckPollId('welcome', 'questions'));
const nextPoll = singlePoll(deckPollId('spot-the-script', 'questions'));

describe('the next deck of a lesson', () => {
  it('keeps the code, the phones and the console, and adds the deck’s polls beside the first deck’s', async () => {
    const kit = await server();
    const presenter = await startSession(kit.url, { language: 'fr', country: 'BE', deckId: 'welcome' });
    const phone = new Phone(kit.url);
    expect(await phone.join(presenter.joinCode)).toMatchObject({ ok: true, seat: 'seated' });
    expect(await request(presenter.socket, 'poll:open', { poll: welcomePoll })).toMatchObject({ ok: true });
    await phone.answer(welcomePoll.id, { kind: 'single', optionId: 'good' });

    // Polls must carry a deck of the session in their id: a bare one could collide with the next deck's.
    expect(await request(presenter.socket, 'poll:open', { poll: singlePoll('questions') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(await request(presenter.socket, 'poll:open', { poll: nextPoll })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });

    expect(await request(presenter.socket, 'session:continue', { deckId: 'spot-the-script' })).toEqual({ ok: true });
    // The poll left open on the first deck closes, as it would on the next slide; everyone hears of the new deck.
    await phone.inbox.waitFor('poll:closed', ({ pollId }) => pollId === welcomePoll.id);
    await phone.inbox.waitFor('deck:changed', ({ deckId }) => deckId === 'spot-the-script');
    await presenter.inbox.waitFor('deck:changed', ({ deckId }) => deckId === 'spot-the-script');

    // Same poll name, other deck: a poll of its own, answered by the same phone without joining again.
    expect(await request(presenter.socket, 'poll:open', { poll: nextPoll })).toEqual({ ok: true, pollId: nextPoll.id });
    await phone.answer(nextPoll.id, { kind: 'single', optionId: 'bad' });
    await presenter.inbox.waitFor('tally:updated', ({ view }) => view.pollId === nextPoll.id && view.answerCount === 1);
    await kit.app.polling.idle();
    const stored = await kit.store.load(presenter.sessionId);
    expect(stored?.decks).toEqual(['welcome', 'spot-the-script']);
    expect(stored?.polls.map((poll) => [poll.definition.id, poll.answers.length])).toEqual([
      [welcomePoll.id, 1],
      [nextPoll.id, 1],
    ]);
  });

  it('is remembered across a restart: the console rejoins on the new deck and its polls still open', async () => {
    const first = await server();
    const presenter = await startSession(first.url, { language: 'nl', country: 'BE', deckId: 'welcome' });
    expect(await request(presenter.socket, 'session:continue', { deckId: 'what-now' })).toEqual({ ok: true });
    await first.app.polling.idle();
    const { dataDir } = first;
    await first.stop();

    const again = await server(dataDir);
    const console = connect(again.url);
    await connected(console);
    const joined = await request(console, 'session:join', {
      joinCode: presenter.joinCode,
      facilitatorKey: presenter.facilitatorKey,
    });
    expect(joined).toMatchObject({ ok: true, role: 'facilitator', language: 'nl' });
    const poll = singlePoll(deckPollId('what-now', 'myth'));
    expect(await request(console, 'poll:open', { poll })).toEqual({ ok: true, pollId: poll.id });
    expect((await again.store.load(presenter.sessionId))?.decks).toEqual(['welcome', 'what-now']);
  });

  it('refuses to go on with a session that has ended', async () => {
    const kit = await server();
    const presenter = await startSession(kit.url, { language: 'en', country: 'BE', deckId: 'welcome' });
    expect(await request(presenter.socket, 'session:end', {})).toEqual({ ok: true });
    expect(await request(presenter.socket, 'session:continue', { deckId: 'spot-the-script' })).toMatchObject({
      ok: false,
      error: { code: 'session_ended' },
    });
  });
});
