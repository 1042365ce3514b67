/**
 * Whom to call tonight, for the parents' letter and the safeguarding lead's guide: the country's first line for
 * image blackmail, a line that answers at night when the first one does not, and the emergency numbers, all
 * from content/help-resources.json (never typed by hand), each with its hours as the data gives them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { firstLine, helpResources, nightLine, resourceName, type HelpResource } from '../../content/help-resources';
import type { Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';

export interface HelpTonight {
  /** The one service to contact first; none for a country the kit does not know. */
  readonly first?: HelpResource;
  /** A line answering at night when the first one does not; none when no line is known to, or the first does. */
  readonly night?: HelpResource;
  /** Whether some line of the country is known to answer at night (the first one or `night`). */
  readonly answersAtNight: boolean;
  /** For a life in danger, or urgent police help. */
  readonly emergency: readonly HelpResource[];
}

export function helpTonight(country: string, lang: Language): HelpTonight {
  const first = firstLine(country);
  const night = nightLine(country);
  return {
    ...(first ? { first } : {}),
    ...(night && night.id !== first?.id ? { night } : {}),
    answersAtNight: Boolean(night),
    emergency: helpResources(country, lang).filter((r) => r.emergency),
  };
}

/** A service in one line, as a reader dials, texts or types it: "Child Focus 116 000 · childfocus.be". */
export function serviceLine(resource: HelpResource, lang: Language, { hours = true } = {}): TemplateResult {
  const reach = [resource.number, resource.web].filter(Boolean).join(' · ');
  return html`<span class="service"
    ><strong>${resourceName(resource, lang)}</strong>${reach ? html` <span class="reach">${reach}</span>` : nothing}${
      hours && resource.hours ? html` <span class="hours">${resource.hours[lang]}</span>` : nothing
    }</span
  >`;
}

/** The emergency numbers in one line, each with its name: "112 Emergency · 101 Police (urgent)". */
export function emergencyLine(help: HelpTonight, lang: Language): TemplateResult {
  return html`${help.emergency.map(
    (r, i) =>
      html`${i ? ' · ' : ''}<strong class="reach">${r.number}</strong>
        <span class="hours">${resourceName(r, lang)}</span>`,
  )}`;
}

/**
 * The "call tonight" box of a printable: its heading, an optional lead, the first line, the night line (or what to
 * do when none answers at night), the emergency numbers. `keys` names the printable's own strings
 * (`<keys>.heading`, `.night`, `.noNight`, `.danger`), so each page speaks to its reader.
 */
export function tonightBox(
  help: HelpTonight,
  lang: Language,
  t: Translate,
  keys: string,
  lead?: string,
): TemplateResult {
  return html`<div class="tonight">
    <h2>${t(`${keys}.heading`)}</h2>
    ${lead ? html`<p>${lead}</p>` : nothing} ${help.first ? html`<p>${serviceLine(help.first, lang)}</p>` : nothing}
    ${
      help.night
        ? html`<p>${t(`${keys}.night`)} ${serviceLine(help.night, lang)}</p>`
        : help.answersAtNight
          ? nothing
          : html`<p>${t(`${keys}.noNight`)}</p>`
    }
    ${help.emergency.length ? html`<p>${t(`${keys}.danger`)} ${emergencyLine(help, lang)}</p>` : nothing}
  </div>`;
}
