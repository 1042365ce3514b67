/**
 * Parts of the facilitator console kept out of its element: the approved questions sorted by "me too", and the
 * phones joined against what a phone hotspot usually carries.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nController } from '../../i18n/i18n-controller';
import type { FacilitatorQuestion } from '../../protocol/questions';
import { qrImage } from '../qr-code';

type Translate = I18nController['t'];

/**
 * How many phones a phone's hotspot typically lets in: often 5 to 10, some Android phones more (the maker and the
 * carrier set the limit); a Windows laptop's mobile hotspot 8. Past this many, the console says what to do.
 */
export const TYPICAL_HOTSPOT_PHONES = 8;

/** Approved questions, most "me too"s first (the exact count: this screen is the facilitator's only). */
export function renderApprovedQuestions(
  questions: readonly FacilitatorQuestion[],
  t: Translate,
): TemplateResult | typeof nothing {
  if (questions.length === 0) return nothing;
  // Stable: equal counts keep the order the questions came in.
  const sorted = [...questions].sort((a, b) => b.meTooCount - a.meTooCount);
  return html`<section aria-labelledby="questions-title">
    <h2 id="questions-title">${t('console:questions.title')}</h2>
    <ol class="questions">
      ${sorted.map(
        (question) =>
          html`<li>
            <span>${question.text}</span>
            <span class="muted">${t('console:questions.meToo', { count: question.meTooCount })}</span>
          </li>`,
      )}
    </ol>
  </section>`;
}

/** Phones joined against a phone hotspot's usual limit: a hint while it may bind, advice once it may be full. */
export function renderHotspotHint(students: number, t: Translate): TemplateResult {
  return html`<p class="muted">
    ${t(students >= TYPICAL_HOTSPOT_PHONES ? 'console:hotspot.full' : 'console:hotspot.typical', {
      students,
      typical: TYPICAL_HOTSPOT_PHONES,
    })}
  </p>`;
}

/** The console's own address with a pairing key: what `app/console.ts` reads from the fragment. */
export function pairingLink(joinCode: string, facilitatorKey: string): string {
  const params = new URLSearchParams({ code: joinCode, key: facilitatorKey });
  return `${location.origin}${location.pathname}#${params.toString()}`;
}

/**
 * A second adult's console: a link of its own, made here and revocable here. The link holds a key: it is shown on
 * this screen only (the facilitator's), never on the projector.
 */
export function renderCoFacilitator(
  link: string | undefined,
  status: string,
  actions: { readonly invite: () => void; readonly revoke: () => void },
  t: Translate,
): TemplateResult {
  return html`<section aria-labelledby="co-title">
    <h2 id="co-title">${t('console:coFacilitator.title')}</h2>
    <p class="muted">${t('console:coFacilitator.help')}</p>
    ${
      link
        ? html`<p>${t('console:coFacilitator.link')}</p>
            <p><a class="co-link" href=${link}>${link}</a></p>
            ${
              // For the colleague beside the facilitator to scan off this screen, rather than be sent the link by
              // message (where it would stay).
              qrImage(link, t('console:coFacilitator.qrLabel'))
            }
            <p class="row"><button @click=${actions.revoke}>${t('console:coFacilitator.revoke')}</button></p>`
        : html`<p class="row"><button @click=${actions.invite}>${t('console:coFacilitator.invite')}</button></p>`
    }
    <p role="status">${status}</p>
  </section>`;
}
