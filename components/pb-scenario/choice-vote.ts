/**
 * The class vote at a role-play's choice point: in a live class session the answers become a single-choice poll
 * (through the element's class poll controller), the class's majority goes on, a tie or too few answers leave the
 * choice to the facilitator, who may also choose without a vote. Without a session the facilitator chooses.
 */
import type { Translate } from '../../i18n/translator';
import type { PollView } from '../../protocol/views';
import type { ActivityHostElement } from '../activity-host-controller';
import { ClassPoll } from '../class-poll';
import { optionId, type StoryController, type VoteOutcome } from './story-controller';

export type VotePhase = 'opening' | 'open' | 'closing' | 'closed';

export class ChoiceVote {
  /** Where the vote of the choice point on screen stands; undefined before it opens. */
  phase: VotePhase | undefined;
  /** The facilitator chose to pick without a vote at this choice point. */
  choosingDirectly = false;
  /** Why the vote could not be used, in the page's language. */
  error = '';
  /** The class poll of the element, and the page's host. */
  readonly poll: ClassPoll;
  /** The poll of the last vote opened: it stays the poll's id while that vote closes, whatever happens meanwhile. */
  #pollId = '';

  constructor(
    private readonly element: ActivityHostElement,
    private readonly story: StoryController,
    private readonly t: Translate,
  ) {
    this.poll = new ClassPoll(element, () => ({
      id: this.#pollId,
      kind: 'single',
      question: t('scenario:vote.question', { name: story.name(story.meta.phone) }),
      options: story.current.choices.map((c) => ({ id: optionId(c), label: c.text })),
    }));
  }

  /** The vote's poll as the server shows it, while it is this choice point's. */
  get view(): PollView | undefined {
    return this.phase ? this.poll.view : undefined;
  }

  /** What the closed vote decided; a vote that failed leaves the choice to the facilitator. */
  get outcome(): VoteOutcome {
    return this.error ? { kind: 'too-few' } : this.story.outcome(this.view);
  }

  /** The facilitator picks among every answer: no session, the vote skipped, or it could not open. */
  get direct(): boolean {
    return !this.poll.live || this.choosingDirectly || (!!this.error && !this.phase);
  }

  /** The choices the facilitator may pick now: all when choosing directly, the tied ones after a tie. */
  pickable(): number[] {
    const all = this.story.current.choices.map((c) => c.index);
    if (this.direct || this.error) return all;
    if (this.phase !== 'closed') return [];
    const outcome = this.outcome;
    return outcome.kind === 'tie' ? [...outcome.indices] : outcome.kind === 'too-few' ? all : [];
  }

  async open(): Promise<void> {
    if (this.phase) return;
    const pollId = (this.#pollId = this.story.nextPollId());
    this.#set({ phase: 'opening', error: '' });
    const ack = await this.poll.open();
    if (!this.#still(pollId, 'opening')) return;
    if (ack.ok) this.#set({ phase: 'open' });
    else this.#set({ phase: undefined, choosingDirectly: true, error: this.t('scenario:vote.failed') });
  }

  async close(): Promise<void> {
    if (this.phase !== 'open') return;
    const pollId = this.#pollId;
    this.#set({ phase: 'closing' });
    const closed = await this.poll.close();
    // Another vote opened meanwhile (the facilitator went back): its poll is not this one to reveal.
    if (this.#pollId !== pollId) return;
    // The slide shows the class's answers only as the privacy rules allow: revealed, and enough of them.
    const revealed = closed.ok ? await this.poll.reveal() : closed;
    if (!this.#still(pollId, 'closing')) return;
    this.#set({ phase: 'closed', ...(revealed.ok ? {} : { error: this.t('scenario:vote.failed') }) });
  }

  chooseDirectly(): void {
    this.#set({ choosingDirectly: true });
  }

  /** The choice point is left (a choice made, gone back, another story): its vote goes with it. */
  leave(): void {
    this.#set({ phase: undefined, choosingDirectly: false, error: '' });
  }

  /** The vote the answer came for is still the one in this phase: not left, not replaced. */
  #still(pollId: string, phase: VotePhase): boolean {
    return this.#pollId === pollId && this.phase === phase;
  }

  #set(change: Partial<Pick<ChoiceVote, 'phase' | 'choosingDirectly' | 'error'>>): void {
    Object.assign(this, change);
    this.element.requestUpdate();
  }
}
