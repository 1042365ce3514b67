/**
 * Where a role-play stands, without a DOM: the story loaded over the ink runtime, the lines on the phone, the
 * choice point, the path taken, going back and starting again, and the class vote's result turned into the choice
 * the story goes on with. `<pb-scenario>` renders it and adds what only a screen has (typing indicator, focus,
 * keys); the unit tests play it in Node. Every change asks the element for an update, as a Lit controller does.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Language } from '../../i18n/languages';
import type { PollView } from '../../protocol/views';
import type { Beat, ScenarioChoice, ScenarioMeta, ScenarioPlayer, Segment } from './scenario-player';
import type { FlagKind } from './scenario-tags';

/** A choice made at a choice point, for the debrief and for going back. */
export interface Decision {
  readonly choices: readonly ScenarioChoice[];
  readonly chosen: number;
  readonly by: 'class' | 'facilitator';
  /** The class vote behind a class decision: the winner's votes and all votes. */
  readonly votes?: VoteCount;
}

export interface VoteCount {
  readonly count: number;
  readonly total: number;
}

/** What a closed, revealed class vote says about the choice point. */
export type VoteOutcome =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'winner'; readonly index: number; readonly count: number; readonly total: number }
  | { readonly kind: 'tie'; readonly indices: readonly number[] }
  | { readonly kind: 'too-few' };

/** Where a story comes from: its id and language, and the ink variables the kit sets (the country's help line). */
export interface StorySource {
  readonly src: string;
  readonly lang: Language;
  readonly country: string;
}

/** Makes a player for a source; the element loads the ink runtime and the help data on demand. */
export type OpenStory = (source: StorySource) => Promise<ScenarioPlayer>;

/** A choice point's answers as a class poll's options: `c1`, `c2`… in the story's order. */
export const optionId = (choice: ScenarioChoice): string => `c${choice.index + 1}`;

const EMPTY: Segment = { beats: [], choices: [] };

export class StoryController {
  status: 'loading' | 'error' | 'ready' = 'loading';
  /** Every segment played so far; the last is the one on screen. */
  segments: readonly Segment[] = [];
  /** How many lines of the last segment are on screen. */
  revealed = 0;
  decisions: readonly Decision[] = [];
  /** After going back to a choice point: the answer taken there the time before. */
  previousChoice: number | undefined;
  /** The source loaded (or loading). */
  source: StorySource | undefined;

  #player: ScenarioPlayer | undefined;
  readonly #voteRounds = new Map<string, number>();

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly open: OpenStory,
  ) {}

  get meta(): ScenarioMeta {
    return this.#player?.meta ?? { title: '', phone: '', characters: {} };
  }

  /** The name a character id stands for in this language. */
  name(character: string | undefined): string {
    return (character && this.meta.characters[character]) || character || '';
  }

  /** True for the character whose phone the class looks at. */
  isPhoneOwner(character: string | undefined): boolean {
    return character !== undefined && character === this.meta.phone;
  }

  get current(): Segment {
    return this.segments.at(-1) ?? EMPTY;
  }

  /** Every line on the phone: the segments played, and the last one as far as it is revealed. */
  get shown(): Beat[] {
    return [...this.segments.slice(0, -1).flatMap((s) => s.beats), ...this.current.beats.slice(0, this.revealed)];
  }

  /** The line to show next; undefined at a choice point or the ending. */
  get next(): Beat | undefined {
    return this.current.beats[this.revealed];
  }

  /** The last line of the segment on screen, once shown. */
  get last(): Beat | undefined {
    return this.current.beats[this.revealed - 1];
  }

  /** Every line of the segment is shown and its choices wait. */
  get atChoice(): boolean {
    return this.current.choices.length > 0 && this.revealed >= this.current.beats.length;
  }

  /** The ending is on screen (with the help card it carries). */
  get ended(): boolean {
    return this.status === 'ready' && !this.current.choices.length && this.revealed >= this.current.beats.length;
  }

  /** Not a single line shown yet. */
  get atStart(): boolean {
    return this.revealed === 0 && this.segments.length <= 1;
  }

  /** The red flags met on the path so far, each with the first line that raised it. */
  get redFlags(): ReadonlyMap<FlagKind, Beat> {
    const flags = new Map<FlagKind, Beat>();
    for (const beat of this.segments.flatMap((s) => s.beats))
      for (const flag of beat.flags) if (!flags.has(flag)) flags.set(flag, beat);
    return flags;
  }

  /**
   * Loads a story; the same story in another language (or for another country) replays the path taken in it.
   * Resolves `true` when a different story starts from its beginning.
   */
  async load(source: StorySource): Promise<boolean> {
    const sameStory = this.source?.src === source.src;
    this.source = source;
    if (!sameStory) this.#set(() => (this.status = 'loading'));
    let player: ScenarioPlayer;
    try {
      player = await this.open(source);
    } catch (e) {
      console.error(e);
      if (this.source === source) this.#set(() => (this.status = 'error'));
      return false;
    }
    // A later load (the language switched again) wins.
    if (this.source !== source) return false;
    this.#player = player;
    this.#set(() => {
      if (!sameStory) {
        this.decisions = [];
        this.revealed = 0;
        this.previousChoice = undefined;
      }
      this.segments = player.replay(this.decisions.map((d) => d.chosen));
      // Every language has the same choice points; a line split differently is the only difference.
      this.decisions = this.decisions.map((d, i) => ({ ...d, choices: this.segments[i]!.choices }));
      this.revealed = Math.min(this.revealed, this.current.beats.length);
      this.status = 'ready';
    });
    return !sameStory;
  }

  /**
   * Shows the segment's lines up to `count`. True when this shows the ending for the first time: the element says
   * so to the page.
   */
  reveal(count: number): boolean {
    const before = this.revealed;
    this.#set(() => (this.revealed = Math.min(count, this.current.beats.length)));
    return this.ended && before < this.revealed;
  }

  /** Shows every line up to the next pause (that line included), or to the choice point. */
  revealToPause(): boolean {
    const beats = this.current.beats;
    let end = this.revealed;
    while (end < beats.length && !beats[end]!.pause) end++;
    return this.reveal(end + 1);
  }

  /** Goes on with a choice of the choice point on screen; the chosen choice, or undefined when it cannot. */
  choose(index: number, by: Decision['by'] = 'facilitator', votes?: VoteCount): ScenarioChoice | undefined {
    const player = this.#player;
    const choice = this.current.choices.find((c) => c.index === index);
    if (!player || !this.atChoice || !choice) return undefined;
    this.#set(() => {
      this.decisions = [
        ...this.decisions,
        { choices: this.current.choices, chosen: index, by, ...(votes ? { votes } : {}) },
      ];
      player.choose(index);
      this.segments = [...this.segments, player.read()];
      this.revealed = 0;
      this.previousChoice = undefined;
    });
    return choice;
  }

  /** Goes back to the choice point `n` (0 = the first) to play it again, every line before it shown. */
  backTo(n: number): boolean {
    const player = this.#player;
    if (!player || n > this.decisions.length) return false;
    this.#set(() => {
      this.previousChoice = this.decisions[n]?.chosen;
      this.decisions = this.decisions.slice(0, n);
      this.segments = player.replay(this.decisions.map((d) => d.chosen));
      this.revealed = this.current.beats.length;
    });
    return true;
  }

  /** The story from its first line, nothing shown, nothing chosen. */
  restart(): boolean {
    if (!this.backTo(0)) return false;
    this.#set(() => {
      this.previousChoice = undefined;
      this.revealed = 0;
    });
    return true;
  }

  /**
   * A new poll id for a class vote on the choice point on screen: the story, language and path to it, and the
   * round, so a vote taken again after going back is a new poll.
   */
  nextPollId(): string {
    const point = `${this.source?.src}-${this.source?.lang}-p${this.decisions.map((d) => d.chosen + 1).join('') || '0'}`;
    const round = (this.#voteRounds.get(point) ?? 0) + 1;
    this.#voteRounds.set(point, round);
    return `${point}-r${round}`;
  }

  /** The votes per choice of the choice point on screen, in its order; undefined until the results may be shown. */
  votes(view: PollView | undefined): number[] | undefined {
    if (view?.status !== 'closed' || !view.revealed) return undefined;
    if (view.results.state !== 'shown' || view.results.tally.kind !== 'single') return undefined;
    const { counts } = view.results.tally;
    return this.current.choices.map((c) => counts.find((x) => x.optionId === optionId(c))?.count ?? 0);
  }

  /** What the class vote decides: a majority goes on, a tie is the facilitator's, too few answers too. */
  outcome(view: PollView | undefined): VoteOutcome {
    if (view?.status === 'closed' && view.revealed && view.results.state === 'needs_more') return { kind: 'too-few' };
    const counts = this.votes(view);
    if (!counts) return { kind: 'waiting' };
    const total = counts.reduce((sum, n) => sum + n, 0);
    if (total === 0) return { kind: 'too-few' };
    const best = Math.max(...counts);
    const leaders = this.current.choices.filter((_, i) => counts[i] === best).map((c) => c.index);
    if (leaders.length > 1) return { kind: 'tie', indices: leaders };
    return { kind: 'winner', index: leaders[0]!, count: best, total };
  }

  /** Goes on with the class's choice when the vote has a winner; the choice, or undefined. */
  applyVote(view: PollView | undefined): ScenarioChoice | undefined {
    const outcome = this.outcome(view);
    return outcome.kind === 'winner'
      ? this.choose(outcome.index, 'class', { count: outcome.count, total: outcome.total })
      : undefined;
  }

  #set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }
}
