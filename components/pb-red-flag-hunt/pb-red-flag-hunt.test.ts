import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands, type ActivityHost } from '../activity-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { authored, buttonNamed, fakeLiveHost, pollView } from '../fake-live-host';
import './pb-red-flag-hunt';
import type { PbRedFlagHunt } from './pb-red-flag-hunt';

const CHAT = `<pb-red-flag-hunt id="lina-chat" phone="Sam" min-responses="5">
<pb-message id="hello" from="Lina">Hey! I saw you at the skatepark on Saturday</pb-message>
<pb-message from="Sam">Haha, who are you?</pb-message>
<pb-message id="compliment" from="Lina" flag="fast-intimacy" explanation="Ten minutes in, and already the compliments.">You are so much funnier than the boys in my class</pb-message>
<pb-message id="homework" from="Lina">Did you finish the maths homework?</pb-message>
<pb-message id="snap" from="Lina" flag="moving-platform">Let's go on another app, it's more private</pb-message>
</pb-red-flag-hunt>`;

async function hunt(host: ActivityHost = showOfHands, markup = CHAT): Promise<PbRedFlagHunt> {
  const element = authored<PbRedFlagHunt>(markup);
  element.activityHost = host;
  return mount(element);
}

const view = (patch: Parameters<typeof pollView>[0] extends infer P ? Partial<P> : never) =>
  pollView({ pollId: 'lina-chat', kind: 'multiple', ...patch });

const messageRows = (el: PbRedFlagHunt) =>
  [...el.shadowRoot!.querySelectorAll('.log > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-red-flag-hunt> in a live session', () => {
  it('asks the phones a multiple-choice poll over the messages of the other person, opened from the keyboard', async () => {
    const host = fakeLiveHost();
    const el = await hunt(host);
    const definition = {
      id: 'lina-chat',
      kind: 'multiple',
      question: 'Which messages would make you suspicious? Tick them.',
      minResponses: 5,
      options: [
        { id: 'hello', label: 'Hey! I saw you at the skatepark on Saturday' },
        { id: 'compliment', label: 'You are so much funnier than the boys in my class' },
        { id: 'homework', label: 'Did you finish the maths homework?' },
        { id: 'snap', label: "Let's go on another app, it's more private" },
      ],
    };
    expect(el.definition).toEqual(definition);
    expect(el.polls()).toEqual([definition]);
    expect(shadowText(el)).toContain('Sam’s phone');
    expect(shadowText(el)).toContain('Not open yet');
    // Sam's own message is part of the chat, never something to mark.
    expect(messageRows(el)[1]).toBe('Sam (phone owner): Haha, who are you?');
    buttonNamed(el, 'Open the poll')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.openPoll).toHaveBeenCalledWith(definition);
    await expectAccessible();
  });

  it('shows how many marked each message once revealed, and nothing before', async () => {
    const host = fakeLiveHost();
    const el = await hunt(host);
    const counts = [
      { optionId: 'hello', count: 2 },
      { optionId: 'compliment', count: 12 },
      { optionId: 'homework', count: 0 },
      { optionId: 'snap', count: 18 },
    ];
    host.setView(view({ answerCount: 20, results: { state: 'shown', tally: { kind: 'multiple', counts } } }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.marks')).toBeNull();
    expect(shadowText(el)).toContain('Open: 20 answers');

    buttonNamed(el, 'Close the poll')!.click();
    expect(host.closePoll).toHaveBeenCalledWith('lina-chat');
    host.setView(
      view({ status: 'closed', answerCount: 3, revealed: true, results: { state: 'needs_more', needed: 2 } }),
    );
    await el.updateComplete;
    expect(shadowText(el)).toContain('2 more answers needed to show the results');
    expect(el.shadowRoot!.querySelector('.marks')).toBeNull();

    host.setView(
      view({
        status: 'closed',
        answerCount: 20,
        revealed: true,
        results: { state: 'shown', tally: { kind: 'multiple', counts } },
      }),
    );
    await el.updateComplete;
    expect(messageRows(el)).toEqual([
      'Lina Hey! I saw you at the skatepark on Saturday marked by 2 · 10%',
      'Sam (phone owner): Haha, who are you?',
      'Lina You are so much funnier than the boys in my class marked by 12 · 60%',
      'Lina Did you finish the maths homework? marked by 0 · 0%',
      "Lina Let's go on another app, it's more private marked by 18 · 90%",
    ]);
    expect(shadowText(el)).toContain('Closed: 20 answers');
    expect(buttonNamed(el, 'Show the results')).toBeUndefined();
    await expectAccessible();
  });

  it('says when the server refused to open the poll', async () => {
    const host = fakeLiveHost();
    host.openPoll.mockResolvedValue({ ok: false, error: { code: 'forbidden', message: 'no' } });
    const el = await hunt(host);
    buttonNamed(el, 'Open the poll')!.click();
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('did not work'),
    );
  });
});

describe('<pb-red-flag-hunt> reveals the red flags', () => {
  it('marks the flagged messages and explains each, in the author’s words or the flag’s own', async () => {
    const el = await hunt(fakeLiveHost());
    expect(el.shadowRoot!.querySelector('.flag')).toBeNull();
    expect(shadowText(el)).not.toContain('It goes very fast');
    buttonNamed(el, 'Show the red flags')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const badges = [...el.shadowRoot!.querySelectorAll('.log .flag')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(badges).toEqual(['⚑ Red flag 1: It goes very fast', '⚑ Red flag 2: “Let’s continue on another app”']);
    expect(el.shadowRoot!.querySelectorAll('.log li.flagged')).toHaveLength(2);
    const explained = [...el.shadowRoot!.querySelectorAll('.flags li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(explained).toEqual([
      'It goes very fast Ten minutes in, and already the compliments.',
      '“Let’s continue on another app” They move the chat somewhere more private, where messages disappear and nobody can see them.',
    ]);
    await expectAccessible();
    // The keyboard stays on the button, which now hides them again.
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Hide the red flags');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.flags')).toBeNull();
  });
});

describe('<pb-red-flag-hunt> by show of hands', () => {
  it('takes the raised hands per message from the keyboard, and keeps the keys away from the slides', async () => {
    const el = await hunt();
    expect(shadowText(el)).toContain('Type the number of raised hands next to it');
    const inputs = [...el.shadowRoot!.querySelectorAll('input')];
    // One per message the class may mark: not Sam's.
    expect(inputs).toHaveLength(4);
    expect(el.shadowRoot!.querySelector('.mine input')).toBeNull();
    const slides = vi.fn();
    document.addEventListener('keydown', slides);
    await userEvent.type(inputs[3]!, '17');
    await userEvent.type(inputs[1]!, '9');
    await userEvent.keyboard('{ArrowRight}');
    document.removeEventListener('keydown', slides);
    expect(slides).not.toHaveBeenCalled();
    expect(inputs.map((input) => input.value)).toEqual(['', '9', '', '17']);
    await expectAccessible();

    buttonNamed(el, 'Show the red flags')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.log .flag')).toHaveLength(2);
    // The counts typed stay beside the flags, for the discussion.
    expect([...el.shadowRoot!.querySelectorAll('input')].map((input) => input.value)).toEqual(['', '9', '', '17']);
    await expectAccessible();
  });

  it('speaks the page’s language, the flags’ names and explanations included', async () => {
    const el = await hunt();
    await setLanguage('fr');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Le GSM de Sam');
    expect(el.definition.question).toBe('Quels messages vous paraissent suspects\u00a0? Cochez-les.');
    buttonNamed(el, 'Afficher les signaux d’alerte')!.click();
    await el.updateComplete;
    // (shadowText folds the non-breaking spaces of French typography.)
    expect(shadowText(el)).toContain('Signal d’alerte 2 : « On continue sur une autre appli »');
    expect(buttonNamed(el, 'Masquer les signaux d’alerte')).toBeDefined();
    await setLanguage('de');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Warnsignal 1: ');
    await expectAccessible();
  });

  it('takes its question from the deck when the author wrote one, and needs no phone owner', async () => {
    const el = await hunt(
      showOfHands,
      `<pb-red-flag-hunt id="q" question="Which of these would worry you?">
<pb-message id="a" from="Lina">Hi</pb-message>
<pb-message id="b" from="Lina" flag="deadline-money">Pay in ten minutes</pb-message>
</pb-red-flag-hunt>`,
    );
    expect(el.definition).toMatchObject({
      question: 'Which of these would worry you?',
      options: [{ id: 'a' }, { id: 'b' }],
    });
    expect(shadowText(el)).toContain('Chat: spot the red flags');
    expect(el.shadowRoot!.querySelectorAll('input')).toHaveLength(2);
  });
});
