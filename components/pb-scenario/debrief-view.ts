/**
 * The debrief after a role-play's ending: the red flags met, each with the line that raised it, and the path the
 * class took, from where the facilitator can go back to any choice point. A template for `<pb-scenario>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translator';
import type { Decision, StoryController } from './story-controller';

export interface DebriefActions {
  /** Back to the choice point `n` (0 = the first), to try another answer. */
  readonly backTo: (n: number) => void;
  /** Back to the ending, the debrief closed. */
  readonly close: () => void;
  readonly restart: () => void;
}

export function debriefTemplate(story: StoryController, t: Translate, actions: DebriefActions): TemplateResult {
  const flags = [...story.redFlags];
  return html`<div class="debrief" tabindex="0" role="region" aria-labelledby="debrief-title">
    <h3 id="debrief-title">${t('scenario:debrief.title', { title: story.meta.title })}</h3>
    <div class="columns">
      <section class="flags" aria-labelledby="debrief-flags">
        <h4 id="debrief-flags">${t('scenario:debrief.flags')}</h4>
        ${
          flags.length
            ? html`<ul>
                ${flags.map(
                  ([kind, beat]) =>
                    html`<li>
                      <strong>${t(`scenario:flags.${kind}.name`)}</strong>
                      <p>${t(`scenario:flags.${kind}.explanation`)}</p>
                      <p class="quote">
                        ${t('scenario:debrief.quote', { text: beat.text || beat.image })}${
                          beat.from ? ` (${story.name(beat.from)})` : ''
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
          story.decisions.length
            ? html`<ol>
                ${story.decisions.map((decision, n) => decisionTemplate(decision, t, () => actions.backTo(n)))}
              </ol>`
            : html`<p>${t('scenario:debrief.noChoice')}</p>`
        }
      </section>
    </div>
    <div class="row">
      <button @click=${actions.close}>${t('scenario:debrief.back')}</button>
      <button @click=${actions.restart}>${t('scenario:debrief.restart')}</button>
    </div>
  </div>`;
}

/** One step of the path: the answer, who chose it (the class's votes), whether it helps, and a way back to it. */
function decisionTemplate(decision: Decision, t: Translate, backHere: () => void): TemplateResult {
  const choice = decision.choices.find((c) => c.index === decision.chosen);
  return html`<li>
    <p><strong>${choice?.text}</strong></p>
    <p class="hint">
      ${
        decision.by === 'class' && decision.votes
          ? t('scenario:debrief.byClass', { count: decision.votes.count, total: decision.votes.total })
          : t('scenario:debrief.byFacilitator')
      }${
        choice?.response
          ? html` · <span class=${choice.response}>${t(`scenario:debrief.${choice.response}`)}</span>`
          : nothing
      }
    </p>
    ${decision.choices.length > 1 ? html`<button @click=${backHere}>${t('scenario:debrief.tryOther')}</button>` : nothing}
  </li>`;
}
