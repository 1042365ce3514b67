import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PublicPoll } from '../../protocol/poll';
import { setLanguage } from '../../i18n/i18n';
import type { PbHelpCard } from '../pb-help-card/pb-help-card';
import type { PbPollForm } from '../pb-poll-form/pb-poll-form';
import type { StudentState } from '../student-session';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { fakeStudentSession } from './fake-student-session';
import './pb-join-app';
import type { PbJoinApp } from './pb-join-app';

const poll: PublicPoll = {
  id: 'first-step',
  kind: 'single',
  question: 'What should Sam do first?',
  minResponses: 5,
  options: [
    { id: 'pay', label: 'Pay' },
    { id: 'screenshots', label: 'Take screenshots' },
  ],
};

async function app(state: StudentState) {
  const session = fakeStudentSession(state);
  const element = document.createElement('pb-join-app');
  element.session = session;
  await mount(element);
  return { el: element as PbJoinApp, session, root: element.shadowRoot! };
}

const status = (root: ShadowRoot) => root.querySelector('main > [role="status"]')!.textContent!.trim();

beforeEach(async () => {
  await setLanguage('en');
  await page.viewport(320, 640);
});

describe('<pb-join-app>', () => {
  it('asks for the code on the screen, never for a name, and joins from the keyboard', async () => {
    const { root, session } = await app({ phase: 'code', online: false });
    expect(root.querySelector('h1')!.textContent).toBe('Join the class');
    // One field only, the code: nothing that could name a student.
    expect(
      [...root.querySelectorAll<HTMLInputElement>('input, textarea')].map((f) => f.labels?.[0]?.textContent),
    ).toEqual(['The code on the screen']);
    expect(shadowText(root.host)).toContain('No name, no account.');
    root.querySelector<HTMLInputElement>('#code')!.focus();
    await userEvent.keyboard('abc234{Enter}');
    expect(session.join).toHaveBeenCalledWith('abc234');
    await expectAccessible();
  });

  it('explains a code that does not work', async () => {
    const { root, el, session } = await app({ phase: 'code', online: true, joinError: 'not_found' });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'No class has this code. Check the code on the screen.',
    );
    expect(root.querySelector('#code')!.getAttribute('aria-invalid')).toBe('true');
    session.set({ joinError: 'rate_limited' });
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Too many tries');
    // The server as a whole is turning guessers away: the phone says so, and when to try again.
    session.set({ joinError: 'too_many_attempts' });
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Too many attempts to join right now. Wait a minute, then try again.',
    );
    await expectAccessible();
  });

  it('waits for the next question, then shows the poll and sends the answer', async () => {
    const { root, el, session } = await app({ phase: 'waiting', online: true, country: 'BE' });
    expect(root.querySelector('h1')!.textContent).toBe('You’re in!');
    await expectAccessible();
    session.set({ phase: 'poll', poll });
    await el.updateComplete;
    const form = root.querySelector('pb-poll-form') as PbPollForm;
    await form.updateComplete;
    form.shadowRoot!.querySelectorAll('input')[1]!.click();
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
    expect(session.answer).toHaveBeenCalledWith({ kind: 'single', optionId: 'screenshots' });
    await expectAccessible();
  });

  it('tells a phone without a seat to wait for the facilitator, with no poll and no question box', async () => {
    const { root, el, session } = await app({ phase: 'admission', online: true, poll });
    expect(root.querySelector('h1')!.textContent).toBe('Wait a moment');
    expect(root.textContent).toContain('let more phones in');
    expect(root.querySelector('pb-poll-form, textarea')).toBeNull();
    await expectAccessible();
    session.set({ phase: 'poll' });
    await el.updateComplete;
    expect(root.querySelector('pb-poll-form')).not.toBeNull();
  });

  it('says "answer received" only once the server acknowledged it, in a live region', async () => {
    const answer = { kind: 'single' as const, optionId: 'pay' };
    const { root, el, session } = await app({ phase: 'poll', online: true, poll, answer, answerStatus: 'sending' });
    expect(status(root)).toBe('Sending your answer…');
    session.set({ online: false });
    await el.updateComplete;
    expect(status(root)).toBe('No connection: your answer will be sent as soon as you are back online.');
    session.set({ online: true, answerStatus: 'received' });
    await el.updateComplete;
    expect(status(root)).toBe('Answer received. You can change it until the question closes.');
    session.set({ answerStatus: 'refused', answerError: 'poll_closed' });
    await el.updateComplete;
    expect(status(root)).toBe('The question closed before your answer arrived.');
  });

  it('sends an anonymous question at any moment, and says when it arrived', async () => {
    const { root, el, session } = await app({ phase: 'waiting', online: true });
    const box = root.querySelector('textarea')!;
    await userEvent.type(box, 'What if I already paid?');
    const send = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Send my question')!;
    await userEvent.click(send);
    await vi.waitFor(() => expect(session.ask).toHaveBeenCalledWith('What if I already paid?'));
    await el.updateComplete;
    expect(root.querySelector('.ask [role="status"]')!.textContent).toBe('Question sent. Thank you!');
    expect(box.value).toBe('');
    session.ask.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'offline' } } as never);
    await userEvent.type(box, 'Again?');
    await userEvent.click(send);
    await vi.waitFor(() => expect(root.querySelector('.ask [role="status"]')!.textContent).toContain('not sent'));
    expect(box.value).toBe('Again?');
    // Refused because this phone's questions still wait for the facilitator: it says so, and keeps the text.
    session.ask.mockResolvedValueOnce({ ok: false, error: { code: 'rate_limited', message: 'wait' } } as never);
    await userEvent.click(send);
    await vi.waitFor(() =>
      expect(root.querySelector('.ask [role="status"]')!.textContent).toBe(
        'Your questions are still waiting to be read. Send this one once they have been read.',
      ),
    );
    expect(box.value).toBe('Again?');
  });

  it('shows where to find help at the end of the session', async () => {
    const { root } = await app({ phase: 'ended', online: false, country: 'BE' });
    expect(root.querySelector('h1')!.textContent).toBe('The session is over');
    const card = root.querySelector('pb-help-card') as PbHelpCard;
    await card.updateComplete;
    const calls = [...card.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => [
      a.getAttribute('href'),
      a.textContent!.trim(),
    ]);
    expect(calls).toEqual([
      ['tel:116000', '116 000'],
      ['tel:102', '102'],
      ['tel:103', '103'],
      ['tel:108', '108'],
      ['tel:112', '112'],
      ['tel:101', '101'],
    ]);
    expect(root.querySelector('textarea')).toBeNull();
    await expectAccessible();
  });

  it('switches language on the phone', async () => {
    const { root, el } = await app({ phase: 'waiting', online: true });
    await setLanguage('nl');
    await el.updateComplete;
    expect(root.querySelector('h1')!.textContent).toBe('Je doet mee!');
    await setLanguage('fr');
    await el.updateComplete;
    expect(root.querySelector('h1')!.textContent).toBe('C’est bon, tu es connecté·e !');
  });
  it('moves focus to what the phone says after Join, and reads out each new question and its closing', async () => {
    const { root, el, session } = await app({ phase: 'code', online: true });
    root.querySelector<HTMLInputElement>('#code')!.focus();
    session.set({ phase: 'joining' });
    await el.updateComplete;
    session.set({ phase: 'waiting', language: 'en' });
    await el.updateComplete;
    expect(root.activeElement?.localName).toBe('h1');
    expect(root.activeElement?.textContent).toBe('You’re in!');

    session.set({ phase: 'poll', poll });
    await el.updateComplete;
    const announced = () => root.querySelector('main > .visually-hidden[role="status"]')!.textContent!.trim();
    expect(announced()).toBe('New question open: answer below.');
    session.set({ phase: 'waiting', poll: undefined, closed: { answered: true } });
    await el.updateComplete;
    expect(announced()).toBe('Question closed. Your answer was counted.');
    // The heading that held the focus was replaced: the new one takes it, the focus never falls to the page.
    expect(root.activeElement?.textContent).toBe('You’re in!');
    // Focus elsewhere (typing a question) stays where the student is when a question opens.
    root.querySelector<HTMLTextAreaElement>('#ask')!.focus();
    session.set({ phase: 'poll', poll: { ...poll, id: 'next' } });
    await el.updateComplete;
    expect(root.activeElement?.id).toBe('ask');
    // The next deck of the lesson: said so, in words of its own.
    session.set({ phase: 'waiting', poll: undefined, deckId: 'spot-the-script' });
    await el.updateComplete;
    expect(announced()).toBe('The session moves on to its next part.');
  });

  it('keeps focus in the code field when the code is refused', async () => {
    const { root, el, session } = await app({ phase: 'code', online: true });
    session.set({ phase: 'joining' });
    await el.updateComplete;
    session.set({ phase: 'code', joinError: 'not_found' });
    await el.updateComplete;
    expect(root.activeElement?.id).toBe('code');
  });

  it('does not leave "question sent" under the next question, nor on the next deck', async () => {
    const { root, el, session } = await app({ phase: 'waiting', online: true });
    root.querySelector<HTMLTextAreaElement>('#ask')!.focus();
    await userEvent.keyboard('Is it illegal?');
    root.querySelector<HTMLButtonElement>('.ask button')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('.ask [role="status"]')!.textContent).toBe('Question sent. Thank you!'),
    );
    session.set({ phase: 'poll', poll });
    await el.updateComplete;
    expect(root.querySelector('.ask [role="status"]')!.textContent).toBe('');
    session.set({ phase: 'waiting', poll: undefined });
    await el.updateComplete;
    root.querySelector<HTMLTextAreaElement>('#ask')!.focus();
    await userEvent.keyboard('Another one');
    root.querySelector<HTMLButtonElement>('.ask button')!.click();
    await vi.waitFor(() => expect(root.querySelector('.ask [role="status"]')!.textContent).not.toBe(''));
    session.set({ deckId: 'spot-the-script' });
    await el.updateComplete;
    expect(root.querySelector('.ask [role="status"]')!.textContent).toBe('');
  });

  it('marks the question and its options with the deck’s language on a phone set to another', async () => {
    await setLanguage('nl');
    const { root } = await app({ phase: 'poll', online: true, poll, language: 'en' });
    const form = root.querySelector<PbPollForm>('pb-poll-form')!;
    await form.updateComplete;
    const marked = [...form.shadowRoot!.querySelectorAll('[lang="en"]')].map((el) => el.textContent!.trim());
    expect(marked).toEqual(['What should Sam do first?', 'Pay', 'Take screenshots']);
    // The form's own words are the phone's.
    expect(form.shadowRoot!.querySelector('.send')!.closest('[lang]')).toBeNull();
    await expectAccessible();
  });
});
