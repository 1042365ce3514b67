import { Compiler } from 'inkjs/full';
import Reveal from 'reveal.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import type { PollDefinitionInput } from '../../protocol/poll';
import type { PollView } from '../../protocol/views';
import { Activities } from '../activities-plugin';
import { showOfHands, type ActivityHost } from '../activity-host';
import type { PbHelpCard } from '../pb-help-card/pb-help-card';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-scenario';
import type { PbScenario } from './pb-scenario';

/** A small role-play: five lines (a pause, an image), a choice of two, a choice of three, the help card. */
const source = (lang: string): string => `# title: Test story ${lang}
# phone: max
# character: max = Max
# character: kim = Kim
-> start
=== start ===
Friday evening (${lang}).
Hi, I am Kim (${lang}) # from: kim # flag: fake-peer
Hello (${lang}) # from: max
Come to another app (${lang}) # from: kim # flag: moving-platform # pause
Look (${lang}) # from: kim # image: A sunset over the sea (${lang})
* [Go there (${lang}) # response: hurts]
    OK (${lang}) # from: max
    -> flip
* [Say no (${lang}) # response: helps]
    No thanks (${lang}) # from: max
    -> ending
=== flip ===
Pay now (${lang}) # from: kim # flag: deadline-money
* [Pay (${lang})]
    -> ending
* [Tell an adult (${lang})]
    -> ending
* [Block (${lang})]
    -> ending
=== ending ===
Max talks to his mum (${lang}).
# help
-> END
`;
const compiled = new Map<string, string>();
const loadFixture = async (_src: string, lang: Language): Promise<string> => {
  if (!compiled.has(lang)) compiled.set(lang, new Compiler(source(lang)).Compile().ToJson() as string);
  return compiled.get(lang)!;
};

async function scenario(options: { host?: ActivityHost; src?: string; builtIn?: boolean } = {}): Promise<PbScenario> {
  const element = document.createElement('pb-scenario');
  element.src = options.src ?? 'test';
  if (!options.builtIn) element.loadScenario = loadFixture;
  if (options.host) element.activityHost = options.host;
  await mount(element);
  await vi.waitFor(() => expect(element.shadowRoot!.querySelector('[part="panel"], .debrief')).not.toBeNull());
  return element;
}

const root = (el: PbScenario) => el.shadowRoot!;
/** The texts on the phone, one per line of the chat. */
const lines = (el: PbScenario) =>
  [...root(el).querySelectorAll('.log > ol > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const button = (el: PbScenario, name: string | RegExp) =>
  [...root(el).querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent!.replace(/\s+/g, ' ').trim() === name : name.test(b.textContent!),
  );
const settle = async (el: PbScenario) => {
  await el.updateComplete;
  await el.updateComplete;
};
/** The text of the kit's help card that ends the story, once it has its data. */
const helpCard = async (el: PbScenario) => {
  const card = root(el).querySelector<PbHelpCard>('.help-card pb-help-card')!;
  await card.updateComplete;
  return shadowText(card);
};

let reducedMotion = true;
beforeEach(async () => {
  reducedMotion = true;
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: reducedMotion && query.includes('reduce'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  );
  await setLanguage('en');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Plays the fixture up to its first choice point. */
async function toFirstChoice(el: PbScenario): Promise<void> {
  button(el, 'Show up to the next pause')!.click();
  await settle(el);
  button(el, 'Show up to the next pause')!.click();
  await settle(el);
}

describe('<pb-scenario>', () => {
  it('steps through the messages from the keyboard, and skips up to the pause', async () => {
    const el = await scenario();
    expect(lines(el)).toEqual([]);
    expect(shadowText(el)).toContain('Test story en');
    button(el, 'Show the first message')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(lines(el)).toEqual(['Friday evening (en).']);
    // Space on the focused button presses it, once.
    button(el, 'Next message')!.focus();
    await userEvent.keyboard(' ');
    await settle(el);
    expect(lines(el)).toEqual(['Friday evening (en).', 'Kim Hi, I am Kim (en)']);
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await settle(el);
    expect(lines(el)).toHaveLength(4);
    expect(lines(el)[2]).toBe('Max (phone owner): Hello (en)');
    expect(lines(el)[3]).toBe('Kim Come to another app (en) Pause: talk about it together');
    expect(root(el).querySelector('.pause-note')!.textContent).toBe('Pause: talk about it together');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(lines(el)[4]).toBe('Kim Image, described in words A sunset over the sea (en) Look (en)');
    expect(button(el, /Go there \(en\)/)).toBeDefined();
    await expectAccessible();
  });

  it('shows who is typing before a message, unless the system asks for reduced motion', async () => {
    reducedMotion = false;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await scenario();
    button(el, 'Show the first message')!.click();
    await settle(el);
    button(el, 'Next message')!.click();
    await settle(el);
    expect(lines(el)).toHaveLength(1);
    expect(root(el).querySelector('.typing')!.textContent).toContain('Kim is typing…');
    vi.advanceTimersByTime(2000);
    await settle(el);
    expect(lines(el)).toHaveLength(2);
    expect(root(el).querySelector('.typing')).toBeNull();
    // Max's own message comes without an indicator; Kim's next one with one, and → shows it at once.
    button(el, 'Next message')!.click();
    await settle(el);
    expect(lines(el)).toHaveLength(3);
    button(el, 'Next message')!.click();
    await settle(el);
    expect(root(el).querySelector('.typing')).not.toBeNull();
    button(el, 'Next message')!.click();
    await settle(el);
    expect(lines(el)).toHaveLength(4);

    reducedMotion = true;
    button(el, 'Next message')!.click();
    await settle(el);
    expect(root(el).querySelector('.typing')).toBeNull();
    expect(lines(el)).toHaveLength(5);
  });

  it('lets the facilitator choose without a session (buttons or number keys), and ends with the help card', async () => {
    const el = await scenario();
    const ended = vi.fn();
    el.addEventListener('pb-scenario-ended', ended);
    const chosen: string[] = [];
    el.addEventListener('pb-scenario-choice', (e) => chosen.push(`${e.detail.text}/${e.detail.by}`));
    await toFirstChoice(el);
    expect(shadowText(el)).toContain('What should Max do?');
    expect(shadowText(el)).toContain('You choose for the group: Keys 1 to 2');
    await expectAccessible();

    button(el, /Go there/)!.focus();
    await userEvent.keyboard('1');
    await settle(el);
    expect(lines(el).at(-1)).toBe('Max (phone owner): OK (en)');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    button(el, /Tell an adult/)!.click();
    await settle(el);
    expect(chosen).toEqual(['Go there (en)/facilitator', 'Tell an adult (en)/facilitator']);
    expect(lines(el).at(-1)).toBe('Max talks to his mum (en).');
    button(el, 'Next message')!.click();
    await settle(el);
    // The kit's help card: without a session's country, Belgium's.
    const help = await helpCard(el);
    expect(help).toContain('it is never your fault');
    expect(help).toContain('Never pay · Take screenshots · Stop contact · Talk to an adult you trust');
    expect(help).toContain('Child Focus 116 000');
    expect(ended).toHaveBeenCalledOnce();
    expect(button(el, 'Debrief')).toBeDefined();
    await expectAccessible();
  });

  it('ends with the help services of the session’s country, as the slides show them', async () => {
    const el = await scenario({ host: { ...showOfHands, country: 'FR' } });
    await toFirstChoice(el);
    button(el, /Say no/)!.click();
    await settle(el);
    button(el, 'Show up to the next pause')!.click();
    await settle(el);
    const help = await helpCard(el);
    expect(help).toContain('3018 (e-Enfance) 3018');
    expect(help).toContain('119 – Allô Enfance en danger 119');
    expect(help).not.toContain('116 000');
    await expectAccessible();
  });

  it('lists the red flags met and the path taken in the debrief, and goes back to a choice to try the other branch', async () => {
    const el = await scenario();
    await toFirstChoice(el);
    button(el, /Go there/)!.click();
    await settle(el);
    button(el, 'Next message')!.click();
    await settle(el);
    button(el, /Pay \(en\)/)!.click();
    await settle(el);
    button(el, 'Next message')!.click();
    await settle(el);
    button(el, 'Debrief')!.click();
    await settle(el);

    const debrief = root(el).querySelector('.debrief')!;
    expect(debrief.querySelector('h3')!.textContent).toBe('Debrief: Test story en');
    const flags = [...debrief.querySelectorAll('section.flags li')].map(
      (li) => li.querySelector('strong')!.textContent,
    );
    expect(flags).toEqual([
      'A fake profile “your age”',
      '“Let’s continue on another app”',
      'A deadline and a demand for money',
    ]);
    expect(debrief.textContent).toContain('“Pay now (en)” (Kim)');
    expect(debrief.textContent).toContain('The rush is the trick');
    const path = [...debrief.querySelectorAll('section.path li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(path).toEqual([
      'Go there (en) chosen by the facilitator · this does not help Go back here and try another choice',
      'Pay (en) chosen by the facilitator Go back here and try another choice',
    ]);
    await expectAccessible();

    debrief.querySelector<HTMLButtonElement>('section.path li button')!.click();
    await settle(el);
    expect(lines(el)).toHaveLength(5);
    expect(button(el, /Go there/)!.textContent).toContain('(chosen last time)');
    button(el, /Say no/)!.click();
    await settle(el);
    button(el, 'Next message')!.click();
    await settle(el);
    button(el, 'Next message')!.click();
    await settle(el);
    button(el, 'Debrief')!.click();
    await settle(el);
    const again = root(el).querySelector('.debrief')!;
    expect([...again.querySelectorAll('section.flags strong')].map((s) => s.textContent)).toHaveLength(2);
    expect(again.textContent!.replace(/\s+/g, ' ')).toContain('Say no (en) chosen by the facilitator · this helps');
  });

  it('keeps → and Space from the slides while the story runs on the current slide, and gives them back in the debrief', async () => {
    // A deck as the presenter plays it, with its activities plugin: the role-play's slide, then two more.
    const deck = document.createElement('div');
    deck.className = 'reveal';
    deck.innerHTML = '<div class="slides"><section></section><section></section><section></section></div>';
    const el = document.createElement('pb-scenario');
    el.src = 'test';
    el.loadScenario = loadFixture;
    deck.querySelector('section')!.append(el);
    document.body.replaceChildren(deck);
    const reveal = new Reveal(deck, {
      embedded: true,
      hash: false,
      transition: 'none',
      disableLayout: true,
      scrollActivationWidth: 0,
      plugins: [Activities()],
    });
    await reveal.initialize();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[part="panel"]')).not.toBeNull());
    /** The slide on screen, as the deck counts them. */
    const slides = () => reveal.getIndices().h;
    try {
      (document.activeElement as HTMLElement | null)?.blur();
      await userEvent.keyboard('{ArrowRight}');
      await userEvent.keyboard(' ');
      await settle(el);
      expect(lines(el)).toHaveLength(2);
      expect(slides()).toBe(0);
      // Space on the role-play's focused button presses that button, once, and the deck stays.
      button(el, 'Show up to the next pause')!.focus();
      await userEvent.keyboard(' ');
      await settle(el);
      expect(lines(el)).toHaveLength(4);
      expect(slides()).toBe(0);

      reveal.slide(1);
      await userEvent.keyboard('{ArrowRight}');
      expect(slides()).toBe(2);
      expect(lines(el)).toHaveLength(4);
    } finally {
      reveal.destroy();
    }
  });

  it('turns a choice into a class poll in a live session, and the majority goes on', async () => {
    const host = fakeLiveHost();
    const el = await scenario({ host });
    await toFirstChoice(el);
    expect(button(el, /Go there/)).toBeUndefined();
    expect([...root(el).querySelectorAll('.choices li')].map((li) => li.textContent!.trim())).toEqual([
      '1Go there (en)',
      '2Say no (en)',
    ]);
    button(el, 'Open the class vote')!.click();
    await vi.waitFor(() => expect(shadowText(el)).toContain('0 answers so far'));
    expect(host.openPoll).toHaveBeenCalledWith({
      id: 'test-en-p0-r1',
      kind: 'single',
      question: 'What should Max do now?',
      options: [
        { id: 'c1', label: 'Go there (en)' },
        { id: 'c2', label: 'Say no (en)' },
      ],
    });
    host.answer('test-en-p0-r1', { c1: 1, c2: 4 });
    await vi.waitFor(() => expect(shadowText(el)).toContain('5 answers so far'));
    await expectAccessible();

    button(el, 'Close the vote')!.click();
    await vi.waitFor(() => expect(shadowText(el)).toContain('The class chose: Say no (en)'));
    expect(host.closePoll).toHaveBeenCalledWith('test-en-p0-r1');
    expect(host.revealPoll).toHaveBeenCalledWith('test-en-p0-r1');
    expect(shadowText(el)).toContain('4 of 5');
    await expectAccessible();
    button(el, 'Continue with this choice')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(lines(el).at(-1)).toBe('Max (phone owner): No thanks (en)');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(root(el).querySelector('.debrief')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'Say no (en) class vote: 4 of 5 · this helps',
    );
  });

  it('lets the facilitator break a tie, among the tied answers only', async () => {
    const host = fakeLiveHost();
    const el = await scenario({ host });
    await toFirstChoice(el);
    button(el, 'Choose without a vote')!.click();
    await settle(el);
    button(el, /Go there/)!.click();
    await settle(el);
    button(el, 'Next message')!.click();
    await settle(el);
    button(el, 'Open the class vote')!.click();
    await vi.waitFor(() => expect(button(el, 'Close the vote')).toBeDefined());
    host.answer('test-en-p1-r1', { c1: 3, c2: 3, c3: 1 });
    button(el, 'Close the vote')!.click();
    await vi.waitFor(() => expect(shadowText(el)).toContain('It’s a tie.'));
    expect(button(el, /Pay \(en\)/)!.textContent).toContain('3 of 7');
    expect(button(el, /Tell an adult/)).toBeDefined();
    expect(button(el, /Block/)).toBeUndefined();
    await expectAccessible();
    button(el, /Tell an adult/)!.click();
    await settle(el);
    expect(lines(el).at(-1)).toBe('Max talks to his mum (en).');
  });

  it('leaves the choice to the facilitator when too few answered, or when the vote cannot open', async () => {
    const host = fakeLiveHost();
    const el = await scenario({ host });
    await toFirstChoice(el);
    button(el, 'Open the class vote')!.click();
    await vi.waitFor(() => expect(button(el, 'Close the vote')).toBeDefined());
    host.answer('test-en-p0-r1', { c1: 1, c2: 2 });
    button(el, 'Close the vote')!.click();
    await vi.waitFor(() => expect(shadowText(el)).toContain('Too few answers to show the result.'));
    // Nothing of the three answers shows, and both choices are the facilitator's.
    expect(shadowText(el)).not.toContain('of 3');
    expect(button(el, /Go there/)).toBeDefined();
    button(el, /Say no/)!.focus();
    await userEvent.keyboard('2');
    await settle(el);
    expect(lines(el).at(-1)).toBe('Max (phone owner): No thanks (en)');

    el.restart();
    await settle(el);
    await toFirstChoice(el);
    host.openPoll.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'down' } } as never);
    button(el, 'Open the class vote')!.click();
    await vi.waitFor(() => expect(shadowText(el)).toContain('The class vote could not be opened.'));
    expect(host.openPoll).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'test-en-p0-r2' }));
    button(el, /Go there/)!.click();
    await settle(el);
    expect(lines(el).at(-1)).toBe('Max (phone owner): OK (en)');
    await expectAccessible();
  });

  it('follows a language switch without losing the place in the story', async () => {
    const el = await scenario();
    await toFirstChoice(el);
    button(el, /Go there/)!.click();
    await settle(el);
    await setLanguage('fr');
    await vi.waitFor(() => expect(lines(el).at(-1)).toBe('Max (propriétaire du GSM) : OK (fr)'));
    expect(lines(el)).toHaveLength(6);
    expect(lines(el)[0]).toBe('Friday evening (fr).');
    expect(shadowText(el)).toContain('Message suivant');
    button(el, 'Message suivant')!.click();
    await settle(el);
    expect(button(el, /Pay \(fr\)/)).toBeDefined();
    expect(shadowText(el)).toContain('Vous choisissez pour le groupe');
    await expectAccessible();
  });

  it('plays the kit’s own role-play, compiled by the build, to its help card', async () => {
    await setLanguage('nl');
    const el = await scenario({ src: 'sam', builtIn: true });
    expect(shadowText(el)).toContain('Sams zaterdagavond');
    for (let step = 0; step < 40 && !button(el, 'Nabespreking'); step++) {
      const pick = root(el).querySelector<HTMLButtonElement>('.choices button');
      // The last answer of each choice point: the way to an adult.
      const choices = root(el).querySelectorAll<HTMLButtonElement>('.choices button');
      if (pick) choices[choices.length - 1]!.click();
      else button(el, 'Toon alles tot de volgende pauze')!.click();
      await settle(el);
    }
    expect(lines(el).some((line) => line.startsWith('Lina'))).toBe(true);
    expect(await helpCard(el)).toContain('116 000');
    button(el, 'Nabespreking')!.click();
    await settle(el);
    expect(root(el).querySelector('.debrief')!.textContent).toContain('Een nepprofiel “van jouw leeftijd”');
    await expectAccessible();
  });

  it('names the help line of the session’s country in the story: in France, the 119 at night and the 3018', async () => {
    const el = await scenario({ src: 'noah', builtIn: true, host: { ...showOfHands, country: 'FR' } });
    const offered: string[] = [];
    // The helping answers: thank him, don't pay, call a line together now.
    for (const pick of [1, 0, 0]) {
      while (!root(el).querySelector('.choices button')) {
        button(el, 'Show up to the next pause')!.click();
        await settle(el);
      }
      const choices = [...root(el).querySelectorAll<HTMLButtonElement>('.choices button')];
      offered.push(...choices.map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
      choices[pick]!.click();
      await settle(el);
    }
    while (!button(el, 'Debrief')) {
      button(el, 'Show up to the next pause')!.click();
      await settle(el);
    }
    const story = lines(el).join('\n');
    expect(offered).toContain('1 Call 119 – Allô Enfance en danger together, right now');
    expect(story).toContain('Let’s call 119 – Allô Enfance en danger together, right now. They answer even at night');
    expect(story).toContain('Later, they also contact 3018 (e-Enfance).');
    expect(`${offered.join()}${story}`).not.toContain('Child Focus');
    expect(await helpCard(el)).toContain('3018 (e-Enfance) 3018');
  });

  it('plays the blackmail for more pictures: giving in brings a bigger demand, and help comes that evening', async () => {
    // Germany: its first line is not known to answer at night, so the evening's help is Nora's mum.
    const el = await scenario({ src: 'nora', builtIn: true, host: { ...showOfHands, country: 'DE' } });
    // Agree to send "just one more", then tell her friend Amira, then get ready to call the line with her mum.
    for (const pick of [0, 1, 0]) {
      while (!root(el).querySelector('.choices button')) {
        button(el, 'Show up to the next pause')!.click();
        await settle(el);
      }
      root(el).querySelectorAll<HTMLButtonElement>('.choices button')[pick]!.click();
      await settle(el);
    }
    while (!button(el, 'Debrief')) {
      button(el, 'Show up to the next pause')!.click();
      await settle(el);
    }
    const story = lines(el).join('\n');
    expect(story).toContain('One? No. Three, and tonight.');
    expect(story).toContain('Nora has sent nothing.');
    expect(story).toContain('Amira writes again');
    expect(story).toContain('Nummer gegen Kummer may not answer at night.');
    expect(story).not.toContain('Child Focus');
    expect(await helpCard(el)).toContain('116 111');
    button(el, 'Debrief')!.click();
    await settle(el);
    const debrief = root(el).querySelector('.debrief')!.textContent!;
    expect(debrief).toContain('A demand for more pictures');
    expect(debrief).toContain('this does not help');
    await expectAccessible();
  });

  it('says so when a role-play cannot be loaded', async () => {
    const el = document.createElement('pb-scenario');
    el.src = 'missing';
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await mount(el);
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull());
    expect(shadowText(el)).toContain('This role-play could not be loaded.');
  });
});

/** A live class session in which the test plays the students: `answer` sets the votes of a poll. */
function fakeLiveHost() {
  const listeners = new Set<() => void>();
  const views = new Map<string, PollView>();
  const votes = new Map<string, Record<string, number>>();
  const notify = () => listeners.forEach((listener) => listener());
  const update = (id: string, change: Partial<PollView>) => {
    views.set(id, { ...views.get(id)!, ...change });
    notify();
  };
  const results = (id: string): PollView['results'] => {
    const counts = Object.entries(votes.get(id) ?? {}).map(([optionId, count]) => ({ optionId, count }));
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    return total < 5
      ? { state: 'needs_more', needed: 5 - total }
      : { state: 'shown', tally: { kind: 'single', counts } };
  };
  return {
    state: { mode: 'live', joinCode: '123456', joinUrl: 'http://kit.local/join', students: 28, online: true } as const,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    view: (id: string) => views.get(id),
    startSession: async () => ({ ok: true as const }),
    continueWithoutPhones: () => {},
    openPoll: vi.fn(async (poll: PollDefinitionInput) => {
      views.set(poll.id, {
        pollId: poll.id,
        kind: 'single',
        status: 'open',
        revealed: false,
        answerCount: 0,
        minResponses: 5,
        results: { state: 'hidden' },
      });
      notify();
      return { ok: true as const };
    }),
    closePoll: vi.fn(async (id: string) => {
      update(id, { status: 'closed' });
      return { ok: true as const };
    }),
    revealPoll: vi.fn(async (id: string) => {
      update(id, { revealed: true, results: results(id) });
      return { ok: true as const };
    }),
    answer(id: string, counts: Record<string, number>) {
      votes.set(id, counts);
      update(id, { answerCount: Object.values(counts).reduce((a, b) => a + b, 0) });
    },
  } satisfies ActivityHost & Record<string, unknown>;
}
