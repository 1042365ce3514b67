// The story controller without a browser: a role-play played, chosen, rewound, switched and voted on in Node.
import { Compiler } from 'inkjs/full';
import { describe, expect, it, vi } from 'vitest';
import type { PollView } from '../../protocol/views';
import { ScenarioPlayer } from './scenario-player';
import { StoryController, type StorySource } from './story-controller';

/** Four lines (a pause, a flag twice), a choice of two, a choice of three on one branch, then the help ending. */
const source = (lang: string): string => `# title: Story ${lang}
# phone: max
# character: max = Max
# character: kim = Kim
-> start
=== start ===
Hi (${lang}) # from: kim # flag: fake-peer
Hello (${lang}) # from: max
Come to another app (${lang}) # from: kim # flag: moving-platform # pause
You will like it (${lang}) # from: kim # flag: fake-peer
* [Go there (${lang}) # response: hurts]
    -> flip
* [Say no (${lang}) # response: helps]
    No thanks (${lang}) # from: max
    -> ending
=== flip ===
Pay now (${lang}) # from: kim # flag: deadline-money
* [Pay (${lang})] -> ending
* [Tell an adult (${lang})] -> ending
* [Block (${lang})] -> ending
=== ending ===
Max talks to his mum (${lang}).
# help
-> END
`;

const compiled = new Map<string, string>();
const json = (lang: string): string => {
  if (!compiled.has(lang)) compiled.set(lang, new Compiler(source(lang)).Compile().ToJson() as string);
  return compiled.get(lang)!;
};

function controller(open = async ({ lang }: StorySource) => ScenarioPlayer.fromJson(json(lang))) {
  const host = { requestUpdate: vi.fn() };
  return { story: new StoryController(host, open), host };
}

async function loaded(lang: 'en' | 'fr' = 'en') {
  const made = controller();
  await made.story.load({ src: 'test', lang, country: 'BE' });
  return made;
}

const texts = (story: StoryController) => story.shown.map((beat) => beat.text);

/** Every line up to the first choice point shown. */
const toFirstChoice = (story: StoryController) => story.reveal(story.current.beats.length);

/** A closed single-choice poll with its results revealed, as the server's view gives them. */
const closedVote = (counts: Record<string, number>, needed = 0): PollView => ({
  pollId: 'p',
  kind: 'single',
  status: 'closed',
  revealed: true,
  answerCount: Object.values(counts).reduce((a, b) => a + b, 0),
  minResponses: 5,
  results: needed
    ? { state: 'needs_more', needed }
    : {
        state: 'shown',
        tally: { kind: 'single', counts: Object.entries(counts).map(([optionId, count]) => ({ optionId, count })) },
      },
});

describe('StoryController', () => {
  it('shows the lines one at a time, up to the pause, then waits at the choice point', async () => {
    const { story, host } = await loaded();
    expect(story.status).toBe('ready');
    expect(story.meta.title).toBe('Story en');
    expect(story.atStart).toBe(true);
    expect(story.shown).toEqual([]);
    expect(host.requestUpdate).toHaveBeenCalled();

    story.reveal(story.revealed + 1);
    expect(texts(story)).toEqual(['Hi (en)']);
    expect(story.name(story.shown[0]!.from)).toBe('Kim');
    expect(story.isPhoneOwner('max')).toBe(true);
    // The skip stops after the line that asks for a pause.
    story.revealToPause();
    expect(texts(story)).toEqual(['Hi (en)', 'Hello (en)', 'Come to another app (en)']);
    expect(story.last?.pause).toBe(true);
    expect(story.atChoice).toBe(false);
    story.revealToPause();
    expect(story.atChoice).toBe(true);
    expect(story.current.choices.map((c) => [c.text, c.response])).toEqual([
      ['Go there (en)', 'hurts'],
      ['Say no (en)', 'helps'],
    ]);
  });

  it('goes on with a choice, keeps the path, and says once that the ending (with its help card) is shown', async () => {
    const { story } = await loaded();
    expect(story.choose(0)).toBeUndefined();
    toFirstChoice(story);
    expect(story.choose(5)).toBeUndefined();
    expect(story.choose(0)?.text).toBe('Go there (en)');
    expect(story.decisions.map((d) => [d.chosen, d.by])).toEqual([[0, 'facilitator']]);
    expect(story.reveal(1)).toBe(false);
    expect(story.choose(1)?.text).toBe('Tell an adult (en)');
    expect(story.reveal(1)).toBe(false);
    expect(story.ended).toBe(false);
    expect(story.reveal(2)).toBe(true);
    expect(story.ended).toBe(true);
    expect(story.last?.help).toBe(true);
    expect(story.reveal(9)).toBe(false);
    expect(texts(story).at(-2)).toBe('Max talks to his mum (en).');
    // The red flags met, each once, with the first line that raised it.
    expect([...story.redFlags].map(([kind, beat]) => [kind, beat.text])).toEqual([
      ['fake-peer', 'Hi (en)'],
      ['moving-platform', 'Come to another app (en)'],
      ['deadline-money', 'Pay now (en)'],
    ]);
  });

  it('goes back to a choice point with the lines before it shown and the last answer marked, and restarts', async () => {
    const { story } = await loaded();
    toFirstChoice(story);
    story.choose(0);
    story.reveal(1);
    story.choose(2);
    expect(story.backTo(5)).toBe(false);
    expect(story.backTo(1)).toBe(true);
    expect(story.decisions).toHaveLength(1);
    expect(story.previousChoice).toBe(2);
    expect(story.atChoice).toBe(true);
    expect(texts(story).at(-1)).toBe('Pay now (en)');
    story.choose(1);
    expect(story.previousChoice).toBeUndefined();

    story.restart();
    expect(story.shown).toEqual([]);
    expect(story.decisions).toEqual([]);
    expect(story.previousChoice).toBeUndefined();
    expect(story.atStart).toBe(true);
  });

  it('replays the path taken in another language, and starts a different story from its beginning', async () => {
    const { story } = await loaded();
    toFirstChoice(story);
    story.choose(1);
    story.reveal(1);
    expect(await story.load({ src: 'test', lang: 'fr', country: 'BE' })).toBe(false);
    expect(texts(story)).toEqual([
      'Hi (fr)',
      'Hello (fr)',
      'Come to another app (fr)',
      'You will like it (fr)',
      'No thanks (fr)',
    ]);
    expect(story.decisions[0]!.choices[1]!.text).toBe('Say no (fr)');

    expect(await story.load({ src: 'other', lang: 'fr', country: 'BE' })).toBe(true);
    expect(story.shown).toEqual([]);
    expect(story.decisions).toEqual([]);
  });

  it('keeps the last of two loads that overlap, and says when a story cannot be loaded', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const { story } = controller(async ({ lang }) => {
      if (lang === 'nl') await slow;
      if (lang === 'de') throw new Error('no such role-play');
      return ScenarioPlayer.fromJson(json(lang));
    });
    const first = story.load({ src: 'test', lang: 'nl', country: 'BE' });
    expect(story.status).toBe('loading');
    await story.load({ src: 'test', lang: 'fr', country: 'BE' });
    release();
    await first;
    expect(story.meta.title).toBe('Story fr');

    vi.spyOn(console, 'error').mockImplementation(() => {});
    await story.load({ src: 'missing', lang: 'de', country: 'BE' });
    expect(story.status).toBe('error');
  });

  it('turns the class vote into the choice: a majority goes on, a tie or too few answers leave it to the facilitator', async () => {
    const { story } = await loaded();
    toFirstChoice(story);
    expect(story.nextPollId()).toBe('test-en-p0-r1');
    // Voting again at the same point is a new poll.
    expect(story.nextPollId()).toBe('test-en-p0-r2');
    expect(story.outcome({ ...closedVote({ c1: 3 }), status: 'open' })).toEqual({ kind: 'waiting' });
    expect(story.outcome({ ...closedVote({ c1: 3 }), revealed: false })).toEqual({ kind: 'waiting' });
    expect(story.outcome(closedVote({ c1: 3 }, 2))).toEqual({ kind: 'too-few' });
    expect(story.outcome(closedVote({}))).toEqual({ kind: 'too-few' });
    expect(story.outcome(closedVote({ c1: 3, c2: 3 }))).toEqual({ kind: 'tie', indices: [0, 1] });
    expect(story.applyVote(closedVote({ c1: 3, c2: 3 }))).toBeUndefined();
    expect(story.votes(closedVote({ c2: 4, c1: 1 }))).toEqual([1, 4]);
    expect(story.outcome(closedVote({ c1: 1, c2: 4 }))).toEqual({ kind: 'winner', index: 1, count: 4, total: 5 });

    expect(story.applyVote(closedVote({ c1: 1, c2: 4 }))?.text).toBe('Say no (en)');
    expect(story.decisions).toEqual([
      expect.objectContaining({ chosen: 1, by: 'class', votes: { count: 4, total: 5 } }),
    ]);
    story.reveal(1);
    expect(texts(story).at(-1)).toBe('No thanks (en)');
    // The path to a choice point names its poll: after "Go there", the second point is p1.
    story.restart();
    toFirstChoice(story);
    story.choose(0);
    expect(story.nextPollId()).toBe('test-en-p1-r1');
  });
});
