import type { Language } from '../../i18n/languages';

/**
 * A printable the kit home offers (`virtual:pb-printables`, from scripts/printables/): the PDF when the build
 * holds an up-to-date one (`npm run export:pdf`), else the page that prints it or saves it as PDF.
 */
export interface PrintableLink {
  readonly kind: 'guide' | 'handout' | 'easy-read' | 'parents' | 'safeguarding' | 'cards';
  readonly lang: Language;
  /** The deck of a guide or of a parents' letter. */
  readonly deckId?: string;
  /** The country (ISO 3166-1 code) of a handout (easy read too), a parents' letter or a safeguarding lead's guide. */
  readonly country?: string;
  /** Answer cards: how many on an A4 page. */
  readonly perPage?: 1 | 4;
  /** Relative to the kit's root. */
  readonly href: string;
  readonly format: 'pdf' | 'page';
}
