import type { Language } from '../../i18n/languages';

/**
 * A printable the kit home offers (`virtual:pb-printables`, from scripts/printables/): the PDF when the build
 * holds an up-to-date one (`npm run export:pdf`), else the page that prints it or saves it as PDF.
 */
export interface PrintableLink {
  readonly kind: 'guide' | 'handout';
  readonly lang: Language;
  /** A guide's deck. */
  readonly deckId?: string;
  /** A handout's country (ISO 3166-1 code). */
  readonly country?: string;
  /** Relative to the kit's root. */
  readonly href: string;
  readonly format: 'pdf' | 'page';
}
