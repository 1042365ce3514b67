/**
 * How every printable page starts: it reads its language (`?lang=`, English when missing or unknown) and its country
 * (`?country=`) from its address and loads its texts before it renders; an address it cannot serve gets one line.
 */
import { html, render } from 'lit';
import { i18next, setLanguage, useNamespaces, type Namespace } from '../../i18n/i18n';
import { isLanguage, type Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';
import { toolbar } from './print-page';

export interface Printable {
  readonly params: URLSearchParams;
  readonly lang: Language;
  readonly t: Translate;
  /** Upper case, as the help data names countries; empty when the address gives none. */
  readonly country: string;
}

export async function openPrintable(namespaces: readonly Namespace[]): Promise<Printable> {
  useNamespaces(namespaces);
  const params = new URLSearchParams(location.search);
  const requested = params.get('lang');
  const lang: Language = isLanguage(requested) ? requested : 'en';
  await setLanguage(lang);
  const t: Translate = (key, options) => i18next.t(key, options);
  return { params, lang, t, country: (params.get('country') ?? '').toUpperCase() };
}

/** The page for an address with no such deck or country: the toolbar and "not found". */
export function renderNotFound(t: Translate): void {
  render(
    html`${toolbar(t)}
      <main>
        <section class="sheet"><p>${t('print:notFound')}</p></section>
      </main>`,
    document.body,
  );
}
