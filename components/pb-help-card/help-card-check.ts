/** The build's check of a `<pb-help-card>` on a slide (components/catalog.ts), worded for the deck's author. */
import { HELP_COUNTRIES, isHelpCountry } from '../../content/help-resources.ts';
import type { Attributes } from '../pb-poll/poll-definition.ts';

export function checkHelpCard(element: { readonly attributes: Attributes; readonly text: string }): string[] {
  const { country } = element.attributes;
  const problems: string[] = [];
  if (country !== undefined && country !== null && !isHelpCountry(country))
    problems.push(`country: the kit has no help services for "${country}" (known: ${HELP_COUNTRIES.join(', ')})`);
  if (element.text.trim()) problems.push('the card writes its own text: leave nothing between the tags');
  return problems.map((problem) => `<pb-help-card>: ${problem}`);
}
