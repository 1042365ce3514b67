/**
 * What the printed guide and handout share: the screen toolbar, the four messages, the help services, and
 * fitting each sheet on one A4 page. `npm run export:pdf` (scripts/export-pdf.ts) waits for `html[data-ready]`
 * before it prints; a sheet that still does not fit is named in `html[data-overflow]`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { helpResources, resourceName, type HelpResource } from '../../content/help-resources';
import type { Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';

export const MESSAGES = ['pay', 'screenshots', 'stop', 'adult'] as const;
export const RED_FLAGS = ['profile', 'speed', 'app', 'first', 'flip', 'money', 'recovery'] as const;

/** Shown on screen only: print, or go back to the kit home. */
export function toolbar(t: Translate): TemplateResult {
  return html`<nav class="toolbar" aria-label=${t('print:toolbar.print')}>
    <a href="./">${t('print:toolbar.back')}</a>
    <button type="button" @click=${() => print()}>${t('print:toolbar.print')}</button>
    <span>${t('print:toolbar.hint')}</span>
  </nav>`;
}

export function fourMessages(t: Translate): TemplateResult {
  return html`<ol class="messages">
    ${MESSAGES.map(
      (key) =>
        html`<li>
          <strong>${t(`print:messages.${key}.title`)}</strong>
          <span>${t(`print:messages.${key}.text`)}</span>
        </li>`,
    )}
  </ol>`;
}

export function redFlags(t: Translate): TemplateResult {
  return html`<ul class="flags">
    ${RED_FLAGS.map((key) => html`<li>${t(`print:redFlags.${key}`)}</li>`)}
  </ul>`;
}

/** How to reach a service, as text a reader can type or dial (no link: paper leads nowhere online). */
function contact(resource: HelpResource, t: Translate): TemplateResult[] {
  const lines: TemplateResult[] = [];
  if (resource.number) lines.push(html`<span class="number">${resource.number}</span>`);
  if (resource.sms)
    lines.push(
      html`<span class="sms"
        >${
          resource.smsBody
            ? t('print:help.smsWord', { word: resource.smsBody, number: resource.sms })
            : t('print:help.sms', { number: resource.sms })
        }</span
      >`,
    );
  if (resource.web) lines.push(html`<span class="web">${resource.web}</span>`);
  return lines;
}

/**
 * A country's help services with their numbers in large type, in the order the help card shows them;
 * `without` or `only` some of them (by id).
 */
export function helpList(
  country: string,
  lang: Language,
  t: Translate,
  { without, only }: { without?: ReadonlySet<string>; only?: ReadonlySet<string> } = {},
): TemplateResult {
  const resources = helpResources(country, lang).filter((r) => !without?.has(r.id) && (!only || only.has(r.id)));
  return html`<ul class="help">
    ${resources.map(
      (r) =>
        html`<li class=${r.emergency ? 'emergency' : ''}>
          <span class="name">${resourceName(r, lang)}</span>
          <span class="contact">${contact(r, t)}</span>
          <span class="does">${r.does[lang]}${r.hours ? html` ${r.hours[lang]}` : nothing}</span>
        </li>`,
    )}
  </ul>`;
}

/** A sheet's closing part: the country's help services under their heading, and when the numbers were checked. */
export function countryHelp(country: string, lang: Language, t: Translate): TemplateResult {
  return html`<h2>${t('print:help.heading')} · ${countryName(country, lang)}</h2>
    ${helpList(country, lang, t)}
    <p class="checked">${checkedOn([country], lang, t)} · ${t('common:kitName')}</p>`;
}

/** "Numbers checked on …", from the oldest check among the services shown. */
export function checkedOn(countries: readonly string[], lang: Language, t: Translate): string {
  const dates = countries.flatMap((c) => helpResources(c, lang).map((r) => r.checked)).sort();
  const oldest = dates[0];
  if (!oldest) return '';
  const date = new Date(`${oldest}T12:00:00`).toLocaleDateString(lang, { dateStyle: 'long' });
  return t('print:help.checked', { date });
}

export function countryName(country: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

// A4 (297 mm) less the @page margins of print.css (2 × 14 mm), with 2 mm to spare for rounding.
const PAGE_CONTENT_MM = 297 - 28 - 2;
const PX_PER_MM = 96 / 25.4;
const SMALLEST = 0.72;

/**
 * Shrinks the type of each `.sheet` whose content is taller than one page, down to 72 %, and marks the page
 * ready for printing. Screen and print lay the sheet out at the same width, so the screen height is the
 * printed one.
 */
export async function fitSheetsAndMarkReady(): Promise<void> {
  await Promise.all(
    ['400 1em', '700 1em', 'italic 400 1em'].map((face) =>
      document.fonts.load(`${face} "Atkinson Hyperlegible"`).catch(() => []),
    ),
  );
  await document.fonts.ready;
  const limit = PAGE_CONTENT_MM * PX_PER_MM;
  const overflowing: string[] = [];
  for (const sheet of document.querySelectorAll<HTMLElement>('.sheet')) {
    const content = sheet.querySelector<HTMLElement>('.sheet-content') ?? sheet;
    let fit = 1;
    while (content.getBoundingClientRect().height > limit && fit > SMALLEST) {
      fit = Math.round((fit - 0.04) * 100) / 100;
      sheet.style.setProperty('--fit', String(fit));
    }
    if (content.getBoundingClientRect().height > limit) overflowing.push(sheet.dataset.name ?? '?');
  }
  if (overflowing.length) {
    document.documentElement.dataset.overflow = overflowing.join(', ');
    console.warn(`[print] longer than one page: ${overflowing.join(', ')}`);
  }
  document.documentElement.dataset.ready = '';
}
