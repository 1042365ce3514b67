/** The build's check of a `<pb-help-card>` or `<pb-helpline>` on a slide (components/catalog.ts), worded for the deck's author. */
import { HELP_COUNTRIES, isHelpCountry } from '../../content/help-resources.ts';
import type { Attributes } from '../pb-poll/poll-definition.ts';

type CountryElement = { readonly attributes: Attributes; readonly text: string };

/** A check for an element that shows help data of a country, its `country` or the session's, and writes its own text. */
export function checkCountryElement(tag: string, itself: string): (element: CountryElement) => string[] {
  return (element) => {
    const { country } = element.attributes;
    const problems: string[] = [];
    if (country !== undefined && country !== null && !isHelpCountry(country))
      problems.push(`country: the kit has no help services for "${country}" (known: ${HELP_COUNTRIES.join(', ')})`);
    if (element.text.trim()) problems.push(`${itself} writes its own text: leave nothing between the tags`);
    return problems.map((problem) => `<${tag}>: ${problem}`);
  };
}

export const checkHelpCard = checkCountryElement('pb-help-card', 'the card');
