/**
 * The activity gallery's sample of a myth or fact (activities.html), as an author writes it in a deck's Markdown, in
 * every language: calm, fictional content that follows the decks' rules (app/activity-samples.test.ts holds it to
 * the deck compiler's checks). Registered with the element in components/activity-registry.ts.
 */
import type { GallerySample } from '../activity-registry.ts';

export const mythOrFactSamples: readonly GallerySample[] = [
  {
    key: 'mythOrFact',
    markup: {
      fr: `<pb-myth-or-fact id="paying-stops-it" statement="Si tu paies, on te laisse tranquille." answer="myth">
Payer arrête rarement le chantage : souvent, ils reviennent et demandent plus.
</pb-myth-or-fact>`,
      nl: `<pb-myth-or-fact id="paying-stops-it" statement="Als je betaalt, laten ze je met rust." answer="myth">
Betalen houdt het zelden tegen: vaak komen ze terug en vragen ze meer.
</pb-myth-or-fact>`,
      en: `<pb-myth-or-fact id="paying-stops-it" statement="If you pay, they leave you alone." answer="myth">
Paying rarely stops it: often they come back and ask for more.
</pb-myth-or-fact>`,
      de: `<pb-myth-or-fact id="paying-stops-it" statement="Wenn du bezahlst, lassen sie dich in Ruhe." answer="myth">
Bezahlen beendet es selten: Oft kommen sie wieder und wollen mehr.
</pb-myth-or-fact>`,
    },
  },
];
