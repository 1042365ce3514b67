import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { scenarioLoaders } from 'virtual:pb-scenarios';
import { DEFAULT_HELP_COUNTRY } from '../../content/help-country';
import { I18nController } from '../../i18n/i18n-controller';
import type { Language } from '../../i18n/languages';
import type { ActivityHost } from '../activity-host';
import type { ActivityElement } from '../activity-registry';
import { chatTemplate, scrollToNewest } from './chat-view';
import { ChoiceVote } from './choice-vote';
import { debriefTemplate, type DebriefActions } from './debrief-view';
import { panelTemplate, type PanelActions } from './panel-view';
import type { ScenarioChoice } from './scenario-player';
import { scenarioStyles } from './scenario-styles';
import { StoryController, type Decision, type StorySource } from './story-controller';

/** Loads a role-play's JSON (as the build made it) in one language. */
export type ScenarioLoader = (src: string, lang: Language) => Promise<string>;

/** The kit's own role-plays, compiled from `decks/<deck>/<src>.<lang>.ink` by scripts/ink/. */
export const loadBuiltScenario: ScenarioLoader = async (src, lang) => {
  const load = scenarioLoaders[`${src}/${lang}`];
  if (!load) throw new Error(`no role-play "${src}" in ${lang}`);
  return (await load()).default;
};

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
export class PbScenario extends LitElement implements ActivityElement {
  static override styles = scenarioStyles;

  /** The scenario id: `decks/<deck>/<src>.<lang>.ink`. */
  @property() src = '';
  /** The host to use instead of the page's (tests, or a page with several); set it before connecting. */
  @property({ attribute: false }) activityHost?: ActivityHost;
  /** Where the scenario's JSON comes from; the kit's build by default (tests hand in their own). */
  @property({ attribute: false }) loadScenario: ScenarioLoader = loadBuiltScenario;

  @state() private debriefShown = false;
  /** Who is typing the next message, while the indicator shows. */
  @state() private typing: string | undefined;

  @query('.log') private log?: HTMLElement;

  private readonly i18n = new I18nController(this);
  /** The story itself: its lines, choice points and path, over the ink runtime (loaded on demand). */
  private readonly story = new StoryController(this, async ({ src, lang, country }: StorySource) => {
    const [{ ScenarioPlayer }, json, help] = await Promise.all([
      import('./scenario-player'),
      this.loadScenario(src, lang),
      import('../../content/help-resources'),
    ]);
    // The story names the help line of the session's country.
    return ScenarioPlayer.fromJson(json, help.storyHelplines(country, lang));
  });
  /** The class vote at the choice point on screen, and the page's host. */
  private readonly vote = new ChoiceVote(this, this.story, this.i18n.t);
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private justRevealed = false;
  /** The chat as last rendered: a change scrolls it to the newest line. */
  private chat: Pick<StoryController, 'segments' | 'revealed'> = { segments: [], revealed: 0 };
  /** An action of ours removed the focused button: put the focus back on the next thing to press. */
  private refocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onOwnKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onOwnKey);
    this.stopTyping();
  }

  override willUpdate(): void {
    // A new story, language or session country: load it (the same story replays its path in the new one).
    const source = { src: this.src, lang: this.i18n.language, country: this.country };
    const loaded = this.story.source;
    if (source.src && (loaded?.src !== source.src || loaded.lang !== source.lang || loaded.country !== source.country))
      void this.load(source);
  }

  private async load(source: StorySource): Promise<void> {
    this.stopTyping();
    if (!(await this.story.load(source))) return;
    this.debriefShown = false;
    this.vote.leave();
  }

  override updated(changed: PropertyValues): void {
    if (this.refocus) {
      this.refocus = false;
      const target = this.shadowRoot!.querySelector<HTMLElement>(
        '.debrief, [part="panel"] button.primary, [part="panel"] .choices button, [part="panel"] button',
      );
      if (!this.matches(':focus-within')) target?.focus();
    }
    const chat = { segments: this.story.segments, revealed: this.story.revealed };
    const moved = chat.segments !== this.chat.segments || chat.revealed !== this.chat.revealed;
    this.chat = chat;
    if ((moved || changed.has('typing')) && this.log) scrollToNewest(this.log, !this.reducedMotion);
    this.justRevealed = false;
  }

  /** The session's country (the host's, else the kit's default): the help line the story names is its. */
  private get country(): string {
    return this.vote.poll.host.country ?? DEFAULT_HELP_COUNTRY;
  }

  private get reducedMotion(): boolean {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** The choices wait for the group: every line shown, nobody typing. */
  private get atChoice(): boolean {
    return this.story.atChoice && !this.typing;
  }

  // ——— Stepping ———

  /** Keeps the keyboard where it was when the button just pressed goes away. */
  private holdFocus(): void {
    if (this.matches(':focus-within')) this.refocus = true;
  }

  /** Shows the next message (after its typing indicator), or finishes the one being typed. */
  step(): void {
    if (this.story.status !== 'ready' || this.debriefShown) return;
    this.holdFocus();
    if (this.typing) return this.showNext();
    if (this.story.ended) return this.openDebrief();
    const next = this.story.next;
    if (!next) return;
    const typed = next.from && !this.story.isPhoneOwner(next.from) && !next.help;
    if (typed && !this.reducedMotion) {
      this.typing = next.from;
      this.typingTimer = setTimeout(() => this.showNext(), Math.min(1600, 400 + next.text.length * 18));
    } else this.showNext();
  }

  /** Shows every message up to the next pause (or the next choice point), without typing indicators. */
  skip(): void {
    if (this.story.status !== 'ready' || this.debriefShown) return;
    this.holdFocus();
    this.stopTyping();
    this.reveal(() => this.story.revealToPause());
  }

  private showNext(): void {
    this.stopTyping();
    this.reveal(() => this.story.reveal(this.story.revealed + 1));
  }

  /** Shows more lines: the newest slides in, and an ending reached tells the page. */
  private reveal(more: () => boolean): void {
    const before = this.story.revealed;
    const ending = more();
    this.justRevealed = this.story.revealed > before;
    if (ending) this.dispatchEvent(new CustomEvent('pb-scenario-ended', { bubbles: true, composed: true }));
  }

  private stopTyping(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.typing = undefined;
  }

  // ——— Choosing ———

  /** Goes on with a choice of the current choice point. */
  choose(index: number, by: Decision['by'] = 'facilitator', votes?: Decision['votes']): void {
    if (!this.atChoice) return;
    this.holdFocus();
    this.goOn(this.story.choose(index, by, votes), by);
  }

  /** Goes on with the class's majority, when the vote has one. */
  private continueWithClass(): boolean {
    if (!this.atChoice || this.vote.phase !== 'closed' || this.vote.outcome.kind !== 'winner') return false;
    this.holdFocus();
    this.goOn(this.story.applyVote(this.vote.view), 'class');
    return true;
  }

  private goOn(choice: ScenarioChoice | undefined, by: Decision['by']): void {
    if (!choice) return;
    this.vote.leave();
    this.dispatchEvent(
      new CustomEvent<ScenarioChoiceDetail>('pb-scenario-choice', {
        bubbles: true,
        composed: true,
        detail: { src: this.src, index: choice.index, text: choice.text, by },
      }),
    );
    // The first line after a choice is usually the choice said out loud: show it at once.
    this.step();
  }

  /** Goes back to the choice point `n` (0 = the first) and plays it again, the lines before it all shown. */
  backTo(n: number): void {
    this.rewind(() => this.story.backTo(n));
  }

  restart(): void {
    this.rewind(() => this.story.restart());
  }

  private rewind(move: () => boolean): void {
    this.holdFocus();
    this.stopTyping();
    if (!move()) return;
    this.vote.leave();
    this.debriefShown = false;
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

  // ——— Keyboard ———

  /**
   * A key while its slide is on screen, from the deck's activities plugin (ActivityElement): true when the story
   * used it, and the deck stays where it is.
   */
  handleDeckKey(event: KeyboardEvent): boolean {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
    // reveal.js's own `triggerKey` hands over a bare `{ keyCode }`.
    const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
    const control = path.find((target) => target instanceof HTMLElement && CONTROL_TAGS.test(target.tagName));
    // A control elsewhere on the slide keeps Space and Enter (a button presses itself), a link or a list its arrows.
    const pressed = event.key === ' ' || event.key === 'Enter';
    if (control && !path.includes(this) && (pressed || !(control instanceof HTMLButtonElement))) return false;
    return this.handleKey(event);
  }

  /** Keys pressed inside the element: on its own buttons, and outside a deck (the gallery), where it has the focus. */
  private readonly onOwnKey = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) {
      // The focused button does its own thing: the deck must not move as well.
      event.stopPropagation();
      return;
    }
    // In a deck, the activities plugin hands the keys over (handleDeckKey).
    if (!this.closest('.reveal') && this.handleDeckKey(event)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** → and Space step the story (or go on with the class's choice), Shift+→ skips to the pause, 1–9 pick. */
  private handleKey(event: KeyboardEvent): boolean {
    const { key } = event;
    if (this.story.status !== 'ready' || this.debriefShown) return false;
    if (key === 'ArrowRight' && event.shiftKey) {
      this.skip();
      return true;
    }
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') {
      if (!this.atChoice) this.step();
      else if (!this.continueWithClass())
        this.shadowRoot!.querySelector<HTMLButtonElement>('[part="panel"] button')?.focus();
      return true;
    }
    const digit = Number(key);
    const allowed = this.atChoice && Number.isInteger(digit) && digit >= 1 ? this.vote.pickable() : [];
    if (!allowed.length) return false;
    const choice = this.story.current.choices[digit - 1];
    if (choice && allowed.includes(choice.index)) this.choose(choice.index);
    return true;
  }

  // ——— Rendering ———

  override render() {
    const { t } = this.i18n;
    const { status, meta } = this.story;
    if (status === 'loading') return html`<p class="status" role="status">${t('scenario:loading')}</p>`;
    if (status === 'error') return html`<p role="alert">${t('scenario:loadError')}</p>`;
    return html`<section
      class="frame ${this.debriefShown ? 'debriefing' : ''}"
      aria-label=${t('scenario:label', { title: meta.title })}
    >
      ${
        this.debriefShown
          ? debriefTemplate(this.story, t, this.debriefActions)
          : html`${chatTemplate({
              story: this.story,
              t,
              typing: this.typing,
              animateNewest: this.justRevealed && !this.reducedMotion,
              host: this.vote.poll.host,
            })}${panelTemplate({ story: this.story, vote: this.vote, t, typing: this.typing }, this.panelActions)}`
      }
    </section>`;
  }

  private readonly panelActions: PanelActions = {
    step: () => this.step(),
    skip: () => this.skip(),
    debrief: () => this.openDebrief(),
    restart: () => this.restart(),
    choose: (index) => this.choose(index),
    continueWithClass: () => void this.continueWithClass(),
    // The button pressed goes away: the keyboard stays in the panel.
    openVote: () => (this.holdFocus(), void this.vote.open()),
    closeVote: () => (this.holdFocus(), void this.vote.close()),
    chooseDirectly: () => (this.holdFocus(), this.vote.chooseDirectly()),
  };

  private readonly debriefActions: DebriefActions = {
    backTo: (n) => this.backTo(n),
    close: () => this.closeDebrief(),
    restart: () => this.restart(),
  };
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
