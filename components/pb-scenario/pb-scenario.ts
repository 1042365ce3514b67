import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { scenarioLoaders } from 'virtual:pb-scenarios';
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import { I18nController } from '../../i18n/i18n-controller';
import type { Language } from '../../i18n/languages';
import type { PollView } from '../../protocol/views';
import type { ActivityHost } from '../activity-host';
import { ActivityHostController } from '../activity-host-controller';
import '../pb-help-card/pb-help-card';
import { controlStyles } from '../styles';
import type { Beat, ScenarioChoice, ScenarioPlayer, Segment } from './scenario-player';
import type { FlagKind } from './scenario-tags';

/** Loads a role-play's JSON (as the build made it) in one language. */
export type ScenarioLoader = (src: string, lang: Language) => Promise<string>;

/** The kit's own role-plays, compiled from `decks/<deck>/<src>.<lang>.ink` by scripts/ink/. */
export const loadBuiltScenario: ScenarioLoader = async (src, lang) => {
  const load = scenarioLoaders[`${src}/${lang}`];
  if (!load) throw new Error(`no role-play "${src}" in ${lang}`);
  return (await load()).default;
};

interface Decision {
  readonly choices: readonly ScenarioChoice[];
  readonly chosen: number;
  readonly by: 'class' | 'facilitator';
  /** The class vote behind a class decision: the winner's votes and all votes. */
  readonly votes?: { readonly count: number; readonly total: number };
}

interface Vote {
  readonly pollId: string;
  readonly phase: 'opening' | 'open' | 'closing' | 'closed';
}

type Outcome =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'winner'; readonly index: number; readonly count: number; readonly total: number }
  | { readonly kind: 'tie'; readonly indices: readonly number[]; readonly counts: readonly number[] }
  | { readonly kind: 'too-few' };

export interface ScenarioChoiceDetail {
  readonly src: string;
  readonly index: number;
  readonly text: string;
  readonly by: 'class' | 'facilitator';
}

const CONTROL_TAGS = /^(BUTTON|A|INPUT|SELECT|TEXTAREA)$/;

/**
 * A role-play written in ink, played on the projected slide as a chat on a fictional character's phone:
 *
 *     <pb-scenario src="sam"></pb-scenario>
 *
 * `src` names the scenario: `decks/<deck>/<src>.<lang>.ink`, in the language of the page. Messages appear one
 * at a time as the facilitator steps (→, Space or the button; Shift+→ shows everything up to the next pause),
 * with a typing indicator unless the system asks for reduced motion. At a choice point, in a live class
 * session the choices become a single-choice poll and the class's majority continues the story (a tie: the
 * facilitator picks); with no session the facilitator picks (buttons or keys 1–9). Every ending shows the help
 * card; then a debrief lists the red flags met and the path taken, and can go back to any choice.
 *
 * While the story runs on the current slide, → and Space step the story instead of the slides; in the
 * debrief they move the slides again.
 *
 * @fires pb-scenario-choice - When the story goes on with a choice ({@link ScenarioChoiceDetail}). Bubbles, composed.
 * @fires pb-scenario-ended - When an ending (and its help card) is shown. Bubbles and is composed.
 * @csspart phone - The chat frame.
 * @csspart panel - The facilitator's controls beside it.
 */
@customElement('pb-scenario')
export class PbScenario extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        font-family: var(--pb-font, system-ui, sans-serif);
        color: var(--pb-ink, #15161f);
        font-size: max(var(--pb-min-text, 0px), var(--pb-scenario-font-size, 0.75em));
        line-height: 1.3;
        text-align: left;
        height: var(--pb-scenario-height, 17em);
      }
      .frame {
        display: grid;
        grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
        gap: 0.8em;
        height: 100%;
      }
      .frame.debriefing {
        display: block;
      }
      [part='phone'] {
        display: flex;
        flex-direction: column;
        min-height: 0;
        border: 0.12em solid var(--pb-ink, #15161f);
        border-radius: 1em;
        background: var(--pb-surface, #fff);
        overflow: hidden;
      }
      .phone-head {
        margin: 0;
        padding: 0.3em 0.8em;
        font-size: max(var(--pb-min-text, 0px), 0.75em);
        font-weight: 700;
        border-bottom: 1px solid var(--pb-border, #8a8f9c);
        color: var(--pb-muted, #454a57);
      }
      .log {
        position: relative;
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        padding: 0.5em 0.7em;
      }
      .log > ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .log > ol > li {
        margin: 0.35em 0;
        display: flex;
        flex-direction: column;
        align-items: flex-start;
      }
      .log > ol > li.mine {
        align-items: flex-end;
      }
      .log > ol > li.narration {
        align-items: center;
        text-align: center;
        font-style: italic;
        color: var(--pb-muted, #454a57);
        font-size: max(var(--pb-min-text, 0px), 0.85em);
      }
      .sender {
        font-size: max(var(--pb-min-text, 0px), 0.65em);
        font-weight: 700;
        color: var(--pb-muted, #454a57);
        margin: 0 0.6em;
      }
      .bubble {
        max-width: 85%;
        padding: 0.3em 0.6em;
        border-radius: 0.8em;
        background: #e6e8ee;
        overflow-wrap: anywhere;
      }
      .mine .bubble {
        background: var(--pb-accent, #0a4a94);
        color: var(--pb-accent-ink, #fff);
      }
      .image {
        display: block;
        margin: 0.2em 0;
        padding: 0.5em 0.7em;
        border: 0.1em dashed currentColor;
        border-radius: 0.5em;
        font-style: italic;
        font-size: max(var(--pb-min-text, 0px), 0.85em);
      }
      .image-label {
        display: block;
        font-style: normal;
        font-weight: 700;
        font-size: max(var(--pb-min-text, 0px), 0.8em);
      }
      .pause-mark {
        align-self: stretch;
        text-align: center;
        font-size: max(var(--pb-min-text, 0px), 0.65em);
        font-weight: 700;
        color: var(--pb-focus, #b03c00);
        border-top: 2px dotted currentColor;
        margin-top: 0.3em;
        padding-top: 0.1em;
      }
      .log > ol > li.help-card {
        align-items: stretch;
      }
      /* The kit's help card at the chat's own size, not in a slide's large type. */
      .help-card pb-help-card {
        font-size: max(var(--pb-min-text, 0px), 0.8em);
      }
      .typing {
        display: flex;
        align-items: center;
        gap: 0.4em;
        padding: 0 0.7em 0.4em;
        font-size: max(var(--pb-min-text, 0px), 0.65em);
        color: var(--pb-muted, #454a57);
      }
      .dots {
        display: inline-flex;
        gap: 0.25em;
        padding: 0.5em 0.7em;
        border-radius: 0.8em;
        background: #e6e8ee;
      }
      .dots span {
        width: 0.6em;
        height: 0.6em;
        border-radius: 50%;
        background: var(--pb-muted, #454a57);
      }
      @media (prefers-reduced-motion: no-preference) {
        .dots span {
          animation: blink 1.2s infinite ease-in-out;
        }
        .dots span:nth-child(2) {
          animation-delay: 0.2s;
        }
        .dots span:nth-child(3) {
          animation-delay: 0.4s;
        }
        .log > ol > li.new {
          animation: appear 0.25s ease-out;
        }
      }
      @keyframes blink {
        0%,
        80%,
        100% {
          opacity: 0.3;
        }
        40% {
          opacity: 1;
        }
      }
      @keyframes appear {
        from {
          opacity: 0;
          transform: translateY(0.4em);
        }
      }
      [part='panel'] {
        display: flex;
        flex-direction: column;
        gap: 0.45em;
        min-height: 0;
        overflow-y: auto;
        font-size: max(var(--pb-min-text, 0px), 0.85em);
      }
      .panel-title {
        margin: 0;
        font-size: max(var(--pb-min-text, 0px), 0.8em);
        font-weight: 700;
        color: var(--pb-muted, #454a57);
      }
      .question {
        margin: 0;
        font-weight: 700;
      }
      .choices {
        display: flex;
        flex-direction: column;
        gap: 0.35em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .choices button,
      .choices .option {
        width: 100%;
        justify-content: flex-start;
        text-align: left;
        gap: 0.5em;
        font-size: 1em;
      }
      .choices .option {
        display: flex;
        align-items: center;
        padding: 0.25em 0.5em;
        border: 2px solid var(--pb-border, #8a8f9c);
        border-radius: var(--pb-radius, 0.5rem);
      }
      .choices .option.winner {
        border-color: var(--pb-accent, #0a4a94);
        font-weight: 700;
      }
      .number {
        flex: none;
        display: inline-grid;
        place-items: center;
        min-width: 1.4em;
        height: 1.4em;
        border-radius: 50%;
        border: 2px solid currentColor;
        font-weight: 700;
        font-size: max(var(--pb-min-text, 0px), 0.85em);
      }
      .count {
        margin-left: auto;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .badge {
        font-size: max(var(--pb-min-text, 0px), 0.7em);
        font-weight: 400;
        font-style: italic;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      .row button {
        font-size: max(var(--pb-min-text, 0px), 0.85em);
      }
      .hint,
      .status {
        margin: 0;
        color: var(--pb-muted, #454a57);
        font-size: max(var(--pb-min-text, 0px), 0.75em);
      }
      .pause-note {
        margin: 0;
        font-weight: 700;
        color: var(--pb-focus, #b03c00);
      }
      [role='alert'] {
        margin: 0;
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
      }
      .debrief {
        height: 100%;
        overflow-y: auto;
        box-sizing: border-box;
        padding: 0.2em 0.4em;
      }
      .debrief h3 {
        font-size: 1.1em;
        margin: 0 0 0.3em;
      }
      .debrief h4 {
        font-size: max(var(--pb-min-text, 0px), 0.95em);
        margin: 0 0 0.3em;
      }
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 1em;
      }
      .debrief ul,
      .debrief ol {
        margin: 0;
        padding-left: 1.2em;
        font-size: max(var(--pb-min-text, 0px), 0.85em);
      }
      .debrief li {
        margin: 0 0 0.45em;
      }
      .debrief li p {
        margin: 0.1em 0;
      }
      .quote {
        font-style: italic;
        color: var(--pb-muted, #454a57);
      }
      .helps {
        color: #1d6b2f;
        font-weight: 700;
      }
      .hurts {
        color: var(--pb-focus, #b03c00);
        font-weight: 700;
      }
      .debrief li button {
        font-size: max(var(--pb-min-text, 0px), 0.8em);
        min-height: 2.2em;
        margin-top: 0.15em;
      }
      .debrief .row {
        margin-top: 0.5em;
      }
    `,
  ];

  /** The scenario id: `decks/<deck>/<src>.<lang>.ink`. */
  @property() src = '';
  /** The host to use instead of the page's (tests, or a page with several); set it before connecting. */
  @property({ attribute: false }) activityHost?: ActivityHost;
  /** Where the scenario's JSON comes from; the kit's build by default (tests hand in their own). */
  @property({ attribute: false }) loadScenario: ScenarioLoader = loadBuiltScenario;

  @state() private status: 'loading' | 'error' | 'ready' = 'loading';
  @state() private debriefShown = false;
  /** Every segment played so far; the last is the one on screen. */
  @state() private segments: readonly Segment[] = [];
  /** How many lines of the last segment are on screen. */
  @state() private revealed = 0;
  @state() private decisions: readonly Decision[] = [];
  /** Who is typing the next message, while the indicator shows. */
  @state() private typing: string | undefined;
  @state() private vote: Vote | undefined;
  /** In a live session: the facilitator chose without a vote at this choice point. */
  @state() private choosingDirectly = false;
  /** After going back to a choice: the answer taken the time before. */
  @state() private previousChoice: number | undefined;
  @state() private error = '';

  @query('.log') private log?: HTMLElement;

  private readonly i18n = new I18nController(this);
  private readonly activity = new ActivityHostController(this, () => this.activityHost);
  private player: ScenarioPlayer | undefined;
  /** The story, language and session country loaded: the country names the help line in the story. */
  private loaded: { src: string; lang: Language; country: string } | undefined;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly voteRounds = new Map<string, number>();
  private justRevealed = false;
  /** An action of ours removed the focused button: put the focus back on the next thing to press. */
  private refocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture on window: it runs before reveal.js's own keyboard handler on the document.
    window.addEventListener('keydown', this.onKeyDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown, true);
    this.stopTyping();
  }

  override willUpdate(): void {
    const lang = this.i18n.language;
    const country = this.country;
    if (this.src && (this.loaded?.src !== this.src || this.loaded.lang !== lang || this.loaded.country !== country))
      void this.load(this.src, lang, country);
  }

  override updated(changed: PropertyValues): void {
    if (this.refocus) {
      this.refocus = false;
      const target = this.shadowRoot!.querySelector<HTMLElement>(
        '.debrief, [part="panel"] button.primary, [part="panel"] .choices button, [part="panel"] button',
      );
      if (!this.matches(':focus-within')) target?.focus();
    }
    if ((changed.has('revealed') || changed.has('segments') || changed.has('typing')) && this.log) {
      // The newest line at the bottom; one taller than the chat (the help card) from its top.
      const log = this.log;
      const newest = log.querySelector<HTMLElement>('ol > li:last-child');
      const scroll = (): void => {
        const top = newest && newest.offsetHeight > log.clientHeight ? newest.offsetTop - 8 : log.scrollHeight;
        log.scrollTo({ top, behavior: this.reducedMotion ? 'auto' : 'smooth' });
      };
      scroll();
      // The help card grows once its services are in: place it again then.
      const card = newest?.querySelector('pb-help-card');
      if (card) void card.updateComplete.then(scroll);
    }
    this.justRevealed = false;
  }

  /** The session's country (the host's, else the kit's default): the help line the story names is its. */
  private get country(): string {
    return this.activity.host.country ?? DEFAULT_HELP_COUNTRY;
  }

  /**
   * Loads the scenario in a language, naming the help line of the session's country; on a language (or country)
   * switch the story replays the same path in the new one.
   */
  private async load(src: string, lang: Language, country: string): Promise<void> {
    const sameStory = this.loaded?.src === src;
    const loading = { src, lang, country };
    this.loaded = loading;
    if (!sameStory) this.status = 'loading';
    try {
      const [{ ScenarioPlayer }, json, help] = await Promise.all([
        import('./scenario-player'),
        this.loadScenario(src, lang),
        import('../../content/help-resources'),
      ]);
      if (this.loaded !== loading) return;
      this.player = ScenarioPlayer.fromJson(json, help.storyHelplines(country, lang));
    } catch (e) {
      console.error(e);
      this.status = 'error';
      return;
    }
    this.stopTyping();
    if (!sameStory) {
      this.decisions = [];
      this.revealed = 0;
      this.debriefShown = false;
      this.vote = undefined;
      this.previousChoice = undefined;
    }
    this.segments = this.player.replay(this.decisions.map((d) => d.chosen));
    // Every language has the same choice points; a line split differently is the only difference.
    this.decisions = this.decisions.map((d, i) => ({ ...d, choices: this.segments[i]!.choices }));
    this.revealed = Math.min(this.revealed, this.current.beats.length);
    this.status = 'ready';
  }

  private get current(): Segment {
    return this.segments.at(-1) ?? { beats: [], choices: [] };
  }

  private get atChoice(): boolean {
    return this.current.choices.length > 0 && this.revealed >= this.current.beats.length && !this.typing;
  }

  private get ended(): boolean {
    return this.status === 'ready' && !this.current.choices.length && this.revealed >= this.current.beats.length;
  }

  private get reducedMotion(): boolean {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private get live(): boolean {
    return this.activity.host.state.mode === 'live';
  }

  private name(character: string | undefined): string {
    return (character && this.player?.meta.characters[character]) || character || '';
  }

  // ——— Stepping ———

  /** Keeps the keyboard where it was when the button just pressed goes away. */
  private holdFocus(): void {
    if (this.matches(':focus-within')) this.refocus = true;
  }

  /** Shows the next message (after its typing indicator), or finishes the one being typed. */
  step(): void {
    if (this.status !== 'ready' || this.debriefShown) return;
    this.holdFocus();
    if (this.typing) {
      this.showNext();
      return;
    }
    if (this.ended) {
      this.openDebrief();
      return;
    }
    const next = this.current.beats[this.revealed];
    if (!next) return;
    const typed = next.from && next.from !== this.player?.meta.phone && !next.help;
    if (typed && !this.reducedMotion) {
      this.typing = next.from;
      this.typingTimer = setTimeout(() => this.showNext(), Math.min(1600, 400 + next.text.length * 18));
    } else this.showNext();
  }

  /** Shows every message up to the next pause (or the next choice point), without typing indicators. */
  skip(): void {
    if (this.status !== 'ready' || this.debriefShown) return;
    this.holdFocus();
    this.stopTyping();
    const beats = this.current.beats;
    let end = this.revealed;
    while (end < beats.length && !beats[end]!.pause) end++;
    this.reveal(Math.min(beats.length, end + 1));
  }

  private showNext(): void {
    this.stopTyping();
    this.reveal(this.revealed + 1);
  }

  private reveal(count: number): void {
    const before = this.revealed;
    this.revealed = Math.min(count, this.current.beats.length);
    this.justRevealed = this.revealed > before;
    if (this.ended && before < this.revealed)
      this.dispatchEvent(new CustomEvent('pb-scenario-ended', { bubbles: true, composed: true }));
  }

  private stopTyping(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.typing = undefined;
  }

  // ——— Choosing ———

  /** Goes on with a choice of the current choice point. */
  choose(index: number, by: Decision['by'] = 'facilitator', votes?: Decision['votes']): void {
    if (!this.player || !this.atChoice) return;
    const choice = this.current.choices.find((c) => c.index === index);
    if (!choice) return;
    this.holdFocus();
    this.decisions = [
      ...this.decisions,
      { choices: this.current.choices, chosen: index, by, ...(votes ? { votes } : {}) },
    ];
    this.player.choose(index);
    this.segments = [...this.segments, this.player.read()];
    this.revealed = 0;
    this.vote = undefined;
    this.choosingDirectly = false;
    this.previousChoice = undefined;
    this.error = '';
    this.dispatchEvent(
      new CustomEvent<ScenarioChoiceDetail>('pb-scenario-choice', {
        bubbles: true,
        composed: true,
        detail: { src: this.src, index, text: choice.text, by },
      }),
    );
    // The first line after a choice is usually the choice said out loud: show it at once.
    this.step();
  }

  /** Goes back to the choice point `n` (0 = the first) and plays it again, the lines before it all shown. */
  backTo(n: number): void {
    if (!this.player || n > this.decisions.length) return;
    this.holdFocus();
    this.stopTyping();
    this.previousChoice = this.decisions[n]?.chosen;
    this.decisions = this.decisions.slice(0, n);
    this.segments = this.player.replay(this.decisions.map((d) => d.chosen));
    this.revealed = this.current.beats.length;
    this.vote = undefined;
    this.choosingDirectly = false;
    this.debriefShown = false;
    this.error = '';
  }

  restart(): void {
    this.backTo(0);
    this.previousChoice = undefined;
    this.revealed = 0;
  }

  private chooseDirectly(): void {
    this.holdFocus();
    this.choosingDirectly = true;
  }

  private closeDebrief(): void {
    this.holdFocus();
    this.debriefShown = false;
  }

  private openDebrief(): void {
    this.holdFocus();
    this.stopTyping();
    this.debriefShown = true;
  }

  // ——— The class vote ———

  private pollId(): string {
    const point = `${this.src}-${this.loaded?.lang}-p${this.decisions.map((d) => d.chosen + 1).join('') || '0'}`;
    const round = (this.voteRounds.get(point) ?? 0) + 1;
    this.voteRounds.set(point, round);
    return `${point}-r${round}`;
  }

  private async openVote(): Promise<void> {
    if (this.vote) return;
    const pollId = this.pollId();
    const name = this.name(this.player?.meta.phone);
    this.holdFocus();
    this.vote = { pollId, phase: 'opening' };
    this.error = '';
    const ack = await this.activity.host.openPoll({
      id: pollId,
      kind: 'single',
      question: this.i18n.t('scenario:vote.question', { name }),
      options: this.current.choices.map((c) => ({ id: `c${c.index + 1}`, label: c.text })),
    });
    if (this.vote?.pollId !== pollId) return;
    if (ack.ok) this.vote = { pollId, phase: 'open' };
    else {
      this.vote = undefined;
      this.choosingDirectly = true;
      this.error = this.i18n.t('scenario:vote.failed');
    }
  }

  private async closeVote(): Promise<void> {
    const vote = this.vote;
    if (vote?.phase !== 'open') return;
    this.holdFocus();
    this.vote = { ...vote, phase: 'closing' };
    const closed = await this.activity.host.closePoll(vote.pollId);
    // The slide shows the class's answers only as the privacy rules allow: revealed, and enough of them.
    const revealed = closed.ok ? await this.activity.host.revealPoll(vote.pollId) : closed;
    if (this.vote?.pollId !== vote.pollId) return;
    this.vote = { ...vote, phase: 'closed' };
    if (!revealed.ok) this.error = this.i18n.t('scenario:vote.failed');
  }

  private outcome(view: PollView | undefined): Outcome {
    if (this.error) return { kind: 'too-few' };
    if (!view || view.status !== 'closed' || !view.revealed) return { kind: 'waiting' };
    if (view.results.state === 'needs_more') return { kind: 'too-few' };
    if (view.results.state !== 'shown' || view.results.tally.kind !== 'single') return { kind: 'waiting' };
    const tally = view.results.tally;
    const counts = this.current.choices.map(
      (c) => tally.counts.find((x) => x.optionId === `c${c.index + 1}`)?.count ?? 0,
    );
    const total = counts.reduce((sum, n) => sum + n, 0);
    const best = Math.max(...counts);
    const leaders = this.current.choices.filter((_, i) => counts[i] === best).map((c) => c.index);
    if (total === 0) return { kind: 'too-few' };
    if (leaders.length > 1) return { kind: 'tie', indices: leaders, counts };
    return { kind: 'winner', index: leaders[0]!, count: best, total };
  }

  // ——— Keyboard ———

  /** Active when its slide is on screen (or, outside a deck, when it holds the focus). */
  private get active(): boolean {
    const slide = this.closest('section');
    if (slide) return slide.classList.contains('present') && !slide.closest('.reveal.overview');
    return this.matches(':focus-within');
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.active || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const path = event.composedPath();
    const control = path.find((target) => target instanceof HTMLElement && CONTROL_TAGS.test(target.tagName));
    const ours = path.includes(this);
    if (control && (event.key === ' ' || event.key === 'Enter')) {
      // The focused button does its own thing; when it is one of ours, the slides must not move as well.
      if (ours) event.stopImmediatePropagation();
      return;
    }
    // A text field elsewhere on the slide keeps its arrow keys.
    if (control && !ours && !(control instanceof HTMLButtonElement)) return;
    if (this.handleKey(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  private handleKey(event: KeyboardEvent): boolean {
    const { key } = event;
    if (this.status !== 'ready' || this.debriefShown) return false;
    if (key === 'ArrowRight' && event.shiftKey) {
      this.skip();
      return true;
    }
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') {
      if (!this.atChoice) {
        this.step();
        return true;
      }
      const outcome =
        this.vote?.phase === 'closed' ? this.outcome(this.activity.host.view(this.vote.pollId)) : undefined;
      if (outcome?.kind === 'winner')
        this.choose(outcome.index, 'class', { count: outcome.count, total: outcome.total });
      else this.shadowRoot!.querySelector<HTMLButtonElement>('[part="panel"] button')?.focus();
      return true;
    }
    const digit = Number(key);
    if (this.atChoice && Number.isInteger(digit) && digit >= 1 && this.canPick()) {
      const allowed = this.pickable();
      const choice = this.current.choices[digit - 1];
      if (choice && allowed.includes(choice.index)) this.choose(choice.index);
      return true;
    }
    return false;
  }

  /** The choices the facilitator may pick now: all without a session, the tied ones after a tie. */
  private pickable(): number[] {
    const all = this.current.choices.map((c) => c.index);
    if (!this.live || this.choosingDirectly || this.error) return all;
    if (this.vote?.phase !== 'closed') return [];
    const outcome = this.outcome(this.activity.host.view(this.vote.pollId));
    return outcome.kind === 'tie' ? [...outcome.indices] : outcome.kind === 'too-few' ? all : [];
  }

  private canPick(): boolean {
    return this.pickable().length > 0;
  }

  // ——— Rendering ———

  override render() {
    const { t } = this.i18n;
    if (this.status === 'loading') return html`<p class="status" role="status">${t('scenario:loading')}</p>`;
    if (this.status === 'error') return html`<p role="alert">${t('scenario:loadError')}</p>`;
    const title = this.player?.meta.title ?? '';
    return html`<section
      class="frame ${this.debriefShown ? 'debriefing' : ''}"
      aria-label=${t('scenario:label', { title })}
    >
      ${this.debriefShown ? this.renderDebrief(title) : html`${this.renderPhone()}${this.renderPanel(title)}`}
    </section>`;
  }

  private renderPhone(): TemplateResult {
    const { t } = this.i18n;
    const owner = this.name(this.player?.meta.phone);
    const shown = [
      ...this.segments.slice(0, -1).flatMap((s) => s.beats),
      ...this.current.beats.slice(0, this.revealed),
    ];
    const newest = shown.length - 1;
    const animate = this.justRevealed && !this.reducedMotion;
    return html`<div part="phone">
      <p class="phone-head" aria-hidden="true">${t('scenario:phoneOf', { name: owner })}</p>
      <div class="log" role="log" tabindex="0" aria-label=${t('scenario:messages', { name: owner })}>
        <ol>
          ${shown.map((beat, i) => this.renderBeat(beat, i === newest && animate))}
        </ol>
      </div>
      ${
        this.typing
          ? html`<div class="typing" aria-hidden="true">
              <span class="dots"><span></span><span></span><span></span></span>
              ${t('scenario:typing', { name: this.name(this.typing) })}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderBeat(beat: Beat, isNew: boolean): TemplateResult {
    const { t } = this.i18n;
    const mine = beat.from !== undefined && beat.from === this.player?.meta.phone;
    const kind = beat.from === undefined ? 'narration' : mine ? 'mine' : 'theirs';
    const content = beat.text || beat.image;
    return html`${
      content
        ? html`<li class="${kind}${isNew ? ' new' : ''}">
            ${kind === 'theirs' ? html`<span class="sender">${this.name(beat.from)}</span>` : nothing}
            ${kind === 'mine' ? html`<span class="visually-hidden">${t('scenario:you', { name: this.name(beat.from) })}</span>` : nothing}
            ${
              beat.image
                ? html`<span class="image"><span class="image-label">${t('scenario:image')}</span> ${beat.image}</span>`
                : nothing
            }
            ${beat.text ? (kind === 'narration' ? html`<span>${beat.text}</span>` : html`<span class="bubble">${beat.text}</span>`) : nothing}
            ${beat.pause ? html`<span class="pause-mark">${t('scenario:pause')}</span>` : nothing}
          </li>`
        : nothing
    }
    ${beat.help ? this.renderHelp() : nothing}`;
  }

  /** The kit's help card, for the session's country (this role-play's host's): the same as on the slides. */
  private renderHelp(): TemplateResult {
    return html`<li class="help-card"><pb-help-card .activityHost=${this.activity.host}></pb-help-card></li>`;
  }

  private renderPanel(title: string): TemplateResult {
    const { t } = this.i18n;
    const last = this.current.beats[this.revealed - 1];
    return html`<div part="panel" role="group" aria-label=${t('scenario:controls')}>
      <p class="panel-title">${title}</p>
      ${
        this.atChoice
          ? this.renderChoicePoint()
          : this.ended
            ? html`<div class="row">
                <button class="primary" @click=${this.openDebrief}>${t('scenario:end.debrief')}</button>
                <button @click=${this.restart}>${t('scenario:end.restart')}</button>
              </div>`
            : html`${last?.pause && !this.typing ? html`<p class="pause-note">${t('scenario:pause')}</p>` : nothing}
                <div class="row">
                  <button class="primary" @click=${this.step}>
                    ${t(this.revealed === 0 && this.segments.length <= 1 ? 'scenario:start' : 'scenario:next')}
                  </button>
                  <button @click=${this.skip}>${t('scenario:skip')}</button>
                </div>
                <p class="hint">${t('scenario:keys')}</p>`
      }
    </div>`;
  }

  private renderChoicePoint(): TemplateResult {
    const { t } = this.i18n;
    const choices = this.current.choices;
    const question = html`<p class="question">
      ${t('scenario:choice.question', { name: this.name(this.player?.meta.phone) })}
    </p>`;
    const error = this.error ? html`<p role="alert">${this.error}</p>` : nothing;
    if (!this.live || this.choosingDirectly || (this.error && !this.vote))
      return html`${question}${error}${this.renderPickButtons(choices.map((c) => c.index))}`;

    const view = this.vote ? this.activity.host.view(this.vote.pollId) : undefined;
    const phase = this.vote?.phase;
    if (phase !== 'closed') {
      return html`${question}
        <ol class="choices">
          ${choices.map((c, i) => html`<li class="option"><span class="number" aria-hidden="true">${i + 1}</span>${c.text}</li>`)}
        </ol>
        ${
          phase === 'open' || phase === 'closing'
            ? html`<p class="status" aria-live="polite">
                  ${t('scenario:vote.answers', { count: view?.answerCount ?? 0 })}
                </p>
                <div class="row">
                  <button class="primary" @click=${this.closeVote}>${t('scenario:vote.close')}</button>
                </div>`
            : html`<div class="row">
                <button class="primary" @click=${this.openVote}>${t('scenario:vote.open')}</button>
                <button @click=${this.chooseDirectly}>${t('scenario:vote.withoutVote')}</button>
              </div>`
        }
        ${error}`;
    }

    const outcome = this.outcome(view);
    const counts =
      outcome.kind === 'winner' || outcome.kind === 'tie'
        ? this.current.choices.map((c) => {
            const tally =
              view?.results.state === 'shown' && view.results.tally.kind === 'single' ? view.results.tally : undefined;
            return tally?.counts.find((x) => x.optionId === `c${c.index + 1}`)?.count ?? 0;
          })
        : undefined;
    const total = counts?.reduce((a, b) => a + b, 0) ?? 0;
    switch (outcome.kind) {
      case 'waiting':
        return html`${question}
          <p class="status" role="status">${t('scenario:vote.counting')}</p>
          <div class="row"><button @click=${this.chooseDirectly}>${t('scenario:vote.withoutVote')}</button></div>`;
      case 'winner':
        return html`${question}
          <div role="status">
            <ol class="choices">
              ${choices.map(
                (c, i) =>
                  html`<li class="option ${c.index === outcome.index ? 'winner' : ''}">
                    <span class="number" aria-hidden="true">${i + 1}</span>${c.text}
                    <span class="count">${t('scenario:vote.result', { count: counts![i], total })}</span>
                  </li>`,
              )}
            </ol>
            <p class="question">
              ${t('scenario:vote.chosen', { choice: choices.find((c) => c.index === outcome.index)!.text })}
            </p>
          </div>
          <div class="row">
            <button
              class="primary"
              @click=${() => this.choose(outcome.index, 'class', { count: outcome.count, total: outcome.total })}
            >
              ${t('scenario:vote.continue')}
            </button>
          </div>`;
      case 'tie':
        return html`${question}
          <p class="status" role="status">${t('scenario:vote.tie')}</p>
          ${this.renderPickButtons(outcome.indices, counts, total)}`;
      case 'too-few':
        return html`${question}${error}
          <p class="status" role="status">${t('scenario:vote.tooFew')}</p>
          ${this.renderPickButtons(choices.map((c) => c.index))}`;
    }
  }

  private renderPickButtons(indices: readonly number[], counts?: readonly number[], total = 0): TemplateResult {
    const { t } = this.i18n;
    const choices = this.current.choices;
    return html`<p class="hint">${t('scenario:choice.pick')} ${t('scenario:choice.keys', { count: choices.length })}</p>
      <ul class="choices">
        ${choices.map((c, i) =>
          indices.includes(c.index)
            ? html`<li>
                <button @click=${() => this.choose(c.index)}>
                  <span class="number" aria-hidden="true">${i + 1}</span>
                  <span
                    >${c.text}${c.index === this.previousChoice ? html` <span class="badge">(${t('scenario:choice.before')})</span>` : nothing}</span
                  >
                  ${counts ? html`<span class="count">${t('scenario:vote.result', { count: counts[i], total })}</span>` : nothing}
                </button>
              </li>`
            : nothing,
        )}
      </ul>`;
  }

  private renderDebrief(title: string): TemplateResult {
    const { t } = this.i18n;
    const beats = this.segments.flatMap((s) => s.beats);
    const flags = new Map<FlagKind, Beat>();
    for (const beat of beats) for (const flag of beat.flags) if (!flags.has(flag)) flags.set(flag, beat);
    return html`<div class="debrief" tabindex="0" role="region" aria-labelledby="debrief-title">
      <h3 id="debrief-title">${t('scenario:debrief.title', { title })}</h3>
      <div class="columns">
        <section class="flags" aria-labelledby="debrief-flags">
          <h4 id="debrief-flags">${t('scenario:debrief.flags')}</h4>
          ${
            flags.size
              ? html`<ul>
                  ${[...flags].map(
                    ([kind, beat]) =>
                      html`<li>
                        <strong>${t(`scenario:flags.${kind}.name`)}</strong>
                        <p>${t(`scenario:flags.${kind}.explanation`)}</p>
                        <p class="quote">
                          ${t('scenario:debrief.quote', { text: beat.text || beat.image })}${
                            beat.from ? ` (${this.name(beat.from)})` : ''
                          }
                        </p>
                      </li>`,
                  )}
                </ul>`
              : html`<p>${t('scenario:debrief.noFlags')}</p>`
          }
        </section>
        <section class="path" aria-labelledby="debrief-path">
          <h4 id="debrief-path">${t('scenario:debrief.path')}</h4>
          ${
            this.decisions.length
              ? html`<ol>
                  ${this.decisions.map((decision, n) => {
                    const choice = decision.choices.find((c) => c.index === decision.chosen);
                    return html`<li>
                      <p><strong>${choice?.text}</strong></p>
                      <p class="hint">
                        ${
                          decision.by === 'class' && decision.votes
                            ? t('scenario:debrief.byClass', {
                                count: decision.votes.count,
                                total: decision.votes.total,
                              })
                            : t('scenario:debrief.byFacilitator')
                        }${
                          choice?.response
                            ? html` · <span class=${choice.response}>${t(`scenario:debrief.${choice.response}`)}</span>`
                            : nothing
                        }
                      </p>
                      ${
                        decision.choices.length > 1
                          ? html`<button @click=${() => this.backTo(n)}>${t('scenario:debrief.tryOther')}</button>`
                          : nothing
                      }
                    </li>`;
                  })}
                </ol>`
              : html`<p>${t('scenario:debrief.noChoice')}</p>`
          }
        </section>
      </div>
      <div class="row">
        <button @click=${this.closeDebrief}>${t('scenario:debrief.back')}</button>
        <button @click=${this.restart}>${t('scenario:debrief.restart')}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-scenario': PbScenario;
  }
  interface GlobalEventHandlersEventMap {
    'pb-scenario-choice': CustomEvent<ScenarioChoiceDetail>;
    'pb-scenario-ended': CustomEvent<void>;
  }
}
