/**
 * The facilitator's panel beside a role-play's phone: the buttons that show the next lines, the ending's debrief
 * and restart, and at a choice point the answers to pick from or the class vote on them (open, close, the
 * result, a tie to break). A template for `<pb-scenario>`; the element decides, this shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translator';
import type { ChoiceVote } from './choice-vote';
import type { StoryController } from './story-controller';

export interface PanelView {
  readonly story: StoryController;
  readonly vote: ChoiceVote;
  readonly t: Translate;
  /** The character typing the next message, while the indicator shows. */
  readonly typing: string | undefined;
}

export interface PanelActions {
  readonly step: () => void;
  readonly skip: () => void;
  readonly debrief: () => void;
  readonly restart: () => void;
  readonly choose: (index: number) => void;
  /** Goes on with the class's majority. */
  readonly continueWithClass: () => void;
  readonly openVote: () => void;
  readonly closeVote: () => void;
  readonly chooseDirectly: () => void;
}

export function panelTemplate(view: PanelView, actions: PanelActions): TemplateResult {
  const { story, t, typing } = view;
  const last = story.last;
  return html`<div part="panel" role="group" aria-label=${t('scenario:controls')}>
    <p class="panel-title">${story.meta.title}</p>
    ${
      story.atChoice && !typing
        ? choiceTemplate(view, actions)
        : story.ended
          ? html`<div class="row">
              <button class="primary" @click=${actions.debrief}>${t('scenario:end.debrief')}</button>
              <button @click=${actions.restart}>${t('scenario:end.restart')}</button>
            </div>`
          : html`${last?.pause && !typing ? html`<p class="pause-note">${t('scenario:pause')}</p>` : nothing}
              <div class="row">
                <button class="primary" @click=${actions.step}>
                  ${t(story.atStart ? 'scenario:start' : 'scenario:next')}
                </button>
                <button @click=${actions.skip}>${t('scenario:skip')}</button>
              </div>
              <p class="hint">${t('scenario:keys')}</p>`
    }
  </div>`;
}

/** The choice point: the answers to pick, or the class vote where it stands. */
function choiceTemplate(view: PanelView, actions: PanelActions): TemplateResult {
  const { story, vote, t } = view;
  const { phase, outcome, error } = vote;
  /** The votes per answer, once the results may be shown. */
  const votes = story.votes(vote.view);
  const choices = story.current.choices;
  const all = choices.map((c) => c.index);
  const question = html`<p class="question">
    ${t('scenario:choice.question', { name: story.name(story.meta.phone) })}
  </p>`;
  const alert = error ? html`<p role="alert">${error}</p>` : nothing;
  if (vote.direct) return html`${question}${alert}${pickTemplate(view, actions, all)}`;

  if (phase !== 'closed')
    return html`${question}
      <ol class="choices">
        ${choices.map((c, i) => html`<li class="option"><span class="number" aria-hidden="true">${i + 1}</span>${c.text}</li>`)}
      </ol>
      ${
        phase === 'open' || phase === 'closing'
          ? html`<p class="status" aria-live="polite">
                ${t('scenario:vote.answers', { count: vote.view?.answerCount ?? 0 })}
              </p>
              <div class="row">
                <button class="primary" @click=${actions.closeVote}>${t('scenario:vote.close')}</button>
              </div>`
          : html`<div class="row">
              <button class="primary" @click=${actions.openVote}>${t('scenario:vote.open')}</button>
              <button @click=${actions.chooseDirectly}>${t('scenario:vote.withoutVote')}</button>
            </div>`
      }
      ${alert}`;

  const total = votes?.reduce((a, b) => a + b, 0) ?? 0;
  switch (outcome.kind) {
    case 'waiting':
      return html`${question}
        <p class="status" role="status">${t('scenario:vote.counting')}</p>
        <div class="row"><button @click=${actions.chooseDirectly}>${t('scenario:vote.withoutVote')}</button></div>`;
    case 'winner':
      return html`${question}
        <div role="status">
          <ol class="choices">
            ${choices.map(
              (c, i) =>
                html`<li class="option ${c.index === outcome.index ? 'winner' : ''}">
                  <span class="number" aria-hidden="true">${i + 1}</span>${c.text}
                  <span class="count">${t('scenario:vote.result', { count: votes?.[i] ?? 0, total })}</span>
                </li>`,
            )}
          </ol>
          <p class="question">
            ${t('scenario:vote.chosen', { choice: choices.find((c) => c.index === outcome.index)?.text })}
          </p>
        </div>
        <div class="row">
          <button class="primary" @click=${actions.continueWithClass}>${t('scenario:vote.continue')}</button>
        </div>`;
    case 'tie':
      return html`${question}
        <p class="status" role="status">${t('scenario:vote.tie')}</p>
        ${pickTemplate(view, actions, outcome.indices, votes, total)}`;
    case 'too-few':
      return html`${question}${alert}
        <p class="status" role="status">${t('scenario:vote.tooFew')}</p>
        ${pickTemplate(view, actions, all)}`;
  }
}

/** The answers the facilitator may pick, as numbered buttons (keys 1–9), with the class's votes after a tie. */
function pickTemplate(
  { story, t }: PanelView,
  actions: PanelActions,
  indices: readonly number[],
  votes?: readonly number[],
  total = 0,
): TemplateResult {
  const choices = story.current.choices;
  return html`<p class="hint">${t('scenario:choice.pick')} ${t('scenario:choice.keys', { count: choices.length })}</p>
    <ul class="choices">
      ${choices.map((c, i) =>
        indices.includes(c.index)
          ? html`<li>
              <button @click=${() => actions.choose(c.index)}>
                <span class="number" aria-hidden="true">${i + 1}</span>
                <span
                  >${c.text}${c.index === story.previousChoice ? html` <span class="badge">(${t('scenario:choice.before')})</span>` : nothing}</span
                >
                ${votes ? html`<span class="count">${t('scenario:vote.result', { count: votes[i], total })}</span>` : nothing}
              </button>
            </li>`
          : nothing,
      )}
    </ul>`;
}
