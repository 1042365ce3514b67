/**
 * The phone of a role-play as the class sees it: the chat so far, who is typing, and the kit's help card where the
 * story asks for it (`# help`). Templates for `<pb-scenario>`'s shadow root; the state is its story controller's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translator';
import type { ActivityHost } from '../activity-host';
import '../pb-help-card/pb-help-card';
import type { Beat } from './scenario-player';
import type { StoryController } from './story-controller';

export interface ChatView {
  readonly story: StoryController;
  readonly t: Translate;
  /** The character typing the next message, while the indicator shows. */
  readonly typing: string | undefined;
  /** The newest line just came: it slides in (never with reduced motion). */
  readonly animateNewest: boolean;
  /** The session's host: the help card shows its country's services. */
  readonly host: ActivityHost;
}

export function chatTemplate(view: ChatView): TemplateResult {
  const { story, t, typing } = view;
  const owner = story.name(story.meta.phone);
  const shown = story.shown;
  return html`<div part="phone">
    <p class="phone-head" aria-hidden="true">${t('scenario:phoneOf', { name: owner })}</p>
    <div class="log" role="log" tabindex="0" aria-label=${t('scenario:messages', { name: owner })}>
      <ol>
        ${shown.map((beat, i) => beatTemplate(view, beat, i === shown.length - 1 && view.animateNewest))}
      </ol>
    </div>
    ${
      typing
        ? html`<div class="typing" aria-hidden="true">
            <span class="dots"><span></span><span></span><span></span></span>
            ${t('scenario:typing', { name: story.name(typing) })}
          </div>`
        : nothing
    }
  </div>`;
}

function beatTemplate({ story, t, host }: ChatView, beat: Beat, isNew: boolean): TemplateResult {
  const kind = beat.from === undefined ? 'narration' : story.isPhoneOwner(beat.from) ? 'mine' : 'theirs';
  const content = beat.text || beat.image;
  return html`${
    content
      ? html`<li class="${kind}${isNew ? ' new' : ''}">
          ${kind === 'theirs' ? html`<span class="sender">${story.name(beat.from)}</span>` : nothing}
          ${kind === 'mine' ? html`<span class="visually-hidden">${t('scenario:you', { name: story.name(beat.from) })}</span>` : nothing}
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
  ${
    // The kit's help card for the session's country (the host's), the same as on the slides.
    beat.help ? html`<li class="help-card"><pb-help-card .activityHost=${host}></pb-help-card></li>` : nothing
  }`;
}

/** Brings the chat's newest line into view: at the bottom, or from its top when taller than the chat (the help card). */
export function scrollToNewest(log: HTMLElement, smooth: boolean): void {
  const newest = log.querySelector<HTMLElement>('ol > li:last-child');
  const scroll = (): void => {
    const top = newest && newest.offsetHeight > log.clientHeight ? newest.offsetTop - 8 : log.scrollHeight;
    log.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
  };
  scroll();
  // The help card grows once its services are in: place it again then.
  const card = newest?.querySelector('pb-help-card');
  if (card) void card.updateComplete.then(scroll);
}
