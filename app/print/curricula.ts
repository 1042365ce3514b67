/**
 * The facilitator guide's last page: the Belgian curricula the session serves (content/curricula.json). Each
 * framework names its texts with their addresses; a target is quoted in its own language (marked `lang`, so a
 * screen reader reads it in that voice) with what this session does towards it, or says the session is not
 * matched; what the texts leave open is said plainly.
 */
import './curricula.css';
import { html, nothing, type TemplateResult } from 'lit';
import { CURRICULA, CURRICULA_CHECKED, type CurriculumText } from '../../content/curricula';
import type { Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';

const textList = (label: string, texts: readonly CurriculumText[]): TemplateResult | typeof nothing =>
  texts.length
    ? html`<p class="sources">
        ${label}
        ${texts.map(
          (text, i) =>
            html`${i ? ' · ' : ''}<span lang=${text.lang}>${text.title}</span>, <span class="url">${text.url}</span>`,
        )}
      </p>`
    : nothing;

export function curriculaPage(deckId: string, title: string, lang: Language, t: Translate): TemplateResult {
  const date = new Date(`${CURRICULA_CHECKED}T12:00:00`).toLocaleDateString(lang, { dateStyle: 'long' });
  return html`<p class="kind">${t('curricula:kind')} · ${title}</p>
    <h2>${t('curricula:heading')}</h2>
    <p class="questions-intro">${t('curricula:intro', { date })}</p>
    ${CURRICULA.map(
      (curriculum) =>
        html`<section class="curriculum">
          <h3>${curriculum.name[lang]}</h3>
          ${curriculum.targets.map((target) => {
            const how = target.sessions[deckId];
            return html`<p><strong>${target.ref[lang]}</strong></p>
              <blockquote lang=${target.lang}>
                <p>${target.quote}</p>
                <p>${target.knowledge}</p>
              </blockquote>
              <p>
                ${how ? html`<strong>${t('curricula:thisSession')}</strong> ${how[lang]}` : t('curricula:notThisSession')}
              </p>`;
          })}
          ${curriculum.known ? html`<p>${curriculum.known[lang]}</p>` : nothing}
          ${curriculum.open ? html`<p><strong>${t('curricula:open')}</strong> ${curriculum.open[lang]}</p>` : nothing}
          ${textList(t('curricula:texts'), curriculum.texts)} ${textList(t('curricula:more'), curriculum.openSources)}
        </section>`,
    )}`;
}
