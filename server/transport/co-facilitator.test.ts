/**
 * A co-facilitator's console on a separate key the first console issues and revokes: it moderates and runs polls
 * like the first, it cannot invite or revoke, a student can never act as either, and a revoked console is refused.
 */
import { describe, expect, it } from 'vitest';
import { connect, connected, Inbox, Phone, request, singlePoll, startSession, sharedTestServer } from './test-harness';

const server = sharedTestServer({ limits: { tallyIntervalMs: 0, presenceIntervalMs: 0 } });

async function screen(joinCode: string, facilitatorKey: string) {
  const socket = connect(server.url);
  const inbox = new Inbox(socket);
  await connected(socket);
  const joined = await request(socket, 'session:join', { joinCode, facilitatorKey });
  return { socket, inbox, joined };
}

describe('a co-facilitator', () => {
  it('moderates and runs polls on its own key, but cannot invite or revoke', async () => {
    const lead = await startSession(server.url);
    const invited = await request(lead.socket, 'facilitator:invite', {});
    if (!invited.ok) throw new Error('no invitation');
    expect(invited.facilitatorKey).not.toBe(lead.facilitatorKey);
    const co = await screen(lead.joinCode, invited.facilitatorKey);
    expect(co.joined).toMatchObject({ ok: true, role: 'facilitator' });

    const phone = new Phone(server.url);
    await phone.join(lead.joinCode);
    await request(phone.socket, 'question:ask', { text: 'Who do I tell?' });
    const { entry } = await co.inbox.waitFor('moderation:queued');
    expect(await request(co.socket, 'moderation:approve', { entryId: entry.id })).toEqual({ ok: true });
    // The first console sees what the co-facilitator did.
    await lead.inbox.waitFor('moderation:updated', (u) => u.entry.status === 'approved');
    expect(await request(co.socket, 'poll:open', { poll: singlePoll('q') })).toMatchObject({ ok: true });
    await lead.inbox.waitFor('poll:opened');

    for (const name of ['facilitator:invite', 'facilitator:revoke'] as const) {
      expect(await request(co.socket, name, {}), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // A student can do neither, nor join with the co-facilitator's role without its key.
    for (const name of ['facilitator:invite', 'facilitator:revoke', 'moderation:reject'] as const) {
      const payload = name === 'moderation:reject' ? { entryId: entry.id } : {};
      expect(await request(phone.socket, name, payload as never), name).toMatchObject({
        error: { code: 'forbidden' },
      });
    }
  });

  it('moves the presenter, which follows whichever console acted, and both consoles see each other’s polls', async () => {
    const presenter = await startSession(server.url);
    const invited = await request(presenter.socket, 'facilitator:invite', {});
    if (!invited.ok) throw new Error('no invitation');
    const first = await screen(presenter.joinCode, presenter.facilitatorKey);
    const co = await screen(presenter.joinCode, invited.facilitatorKey);
    expect(await request(first.socket, 'deck:goto', { to: 'next' })).toEqual({ ok: true });
    await presenter.inbox.waitFor('deck:moved', (move) => move.to === 'next');
    expect(await request(co.socket, 'deck:goto', { to: 'prev' })).toEqual({ ok: true });
    await presenter.inbox.waitFor('deck:moved', (move) => move.to === 'prev');
    await first.inbox.waitFor('deck:moved', (move) => move.to === 'prev');
    // The same poll opened from both at once: one poll, open, on every screen.
    const acks = await Promise.all([first, co].map((s) => request(s.socket, 'poll:open', { poll: singlePoll('q') })));
    expect(acks.every((ack) => ack.ok)).toBe(true);
    for (const s of [presenter, first, co]) await s.inbox.waitFor('poll:opened', ({ poll }) => poll.id === 'q');
    const closes = await Promise.all([first, co].map((s) => request(s.socket, 'poll:close', { pollId: 'q' })));
    expect(closes).toEqual([{ ok: true }, { ok: true }]);
    await server.app.polling.idle();
    for (const s of [presenter, first, co]) {
      await s.inbox.waitFor('poll:closed');
      expect(s.inbox.all('poll:closed')).toHaveLength(1);
    }
    expect((await server.store.load(presenter.sessionId))!.polls.map((p) => [p.definition.id, p.status])).toEqual([
      ['q', 'closed'],
    ]);
  });

  it('is cut off when the first console revokes its key, and refused when it comes back', async () => {
    const lead = await startSession(server.url);
    const invited = await request(lead.socket, 'facilitator:invite', {});
    if (!invited.ok) throw new Error('no invitation');
    const co = await screen(lead.joinCode, invited.facilitatorKey);
    expect(co.joined).toMatchObject({ ok: true });
    const cut = new Promise<string>((resolve) => co.socket.once('disconnect', resolve));
    expect(await request(lead.socket, 'facilitator:revoke', {})).toEqual({ ok: true });
    expect(await cut).toBe('io server disconnect');
    // Told first, so the console says it was revoked instead of trying to reconnect.
    expect(co.inbox.all('facilitator:revoked')).toHaveLength(1);

    const again = await screen(lead.joinCode, invited.facilitatorKey);
    expect(again.joined).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await request(again.socket, 'poll:open', { poll: singlePoll('q') })).toMatchObject({
      error: { code: 'forbidden' },
    });
    // Still refused after a restart: the store keeps that the key was revoked.
    await server.app.polling.idle();
    const stored = await server.store.load(lead.sessionId);
    expect(stored!.coFacilitatorKeyDigest).toBeNull();
    // The first console's own key still works.
    expect((await screen(lead.joinCode, lead.facilitatorKey)).joined).toMatchObject({ ok: true });
  });

  it('a new invitation replaces the earlier one, whose consoles are cut off', async () => {
    const lead = await startSession(server.url);
    const first = await request(lead.socket, 'facilitator:invite', {});
    if (!first.ok) throw new Error('no invitation');
    const co = await screen(lead.joinCode, first.facilitatorKey);
    const cut = new Promise<string>((resolve) => co.socket.once('disconnect', resolve));
    const second = await request(lead.socket, 'facilitator:invite', {});
    if (!second.ok) throw new Error('no second invitation');
    await cut;
    expect((await screen(lead.joinCode, first.facilitatorKey)).joined).toMatchObject({ error: { code: 'forbidden' } });
    expect((await screen(lead.joinCode, second.facilitatorKey)).joined).toMatchObject({ ok: true });
  });
});
