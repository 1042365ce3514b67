// One-page student handout, to print or to save as PDF (`handout.html?country=BE&lang=fr`): the four
// messages, the red flags and the country's help services, numbers in large type. No QR code: paper must not
// lead only online. `npm run export:pdf` prints one per country and language.
import '../theme/tokens.css';
import './print.css';
import { html, render } from 'lit';
import { isHelpCountry } from '../../content/help-resources';
import { i18next, setLanguage, useNamespaces } from '../../i18n/i18n';
import { isLanguage, type Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';
import { countryHelp, countryName, fitSheetsAndMarkReady, fourMessages, redFlags, toolbar } from './print-page';

useNamespaces(['common', 'print']);
const params = new URLSearchParams(location.search);
const requested = params.get('lang');
const lang: Language = isLanguage(requested) ? requested : 'en';
await setLanguage(lang);
const t: Translate = (key, options) => i18next.t(key, options);
const country = (params.get('country') ?? '').toUpperCase();

if (!isHelpCountry(country)) {
  render(
    html`${toolbar(t)}
      <main>
        <section class="sheet"><p>${t('print:notFound')}</p></section>
      </main>`,
    document.body,
  );
} else {
  document.title = `${t('print:handout.pageTitle')} · ${countryName(country, lang)}`;
  render(
    html`${toolbar(t)}
      <main class="handout">
        <section class="sheet" data-name="handout">
          <div class="sheet-content">
            <h1>${t('print:handout.title')}</h1>
            <p class="intro">${t('print:handout.intro')}</p>
            <h2>${t('print:messages.heading')}</h2>
            ${fourMessages(t)}
            <h2>${t('print:redFlags.heading')}</h2>
            <p>${t('print:redFlags.intro')}</p>
            ${redFlags(t)} ${countryHelp(country, lang, t)}
          </div>
        </section>
      </main>`,
    document.body,
  );
}
await fitSheetsAndMarkReady();
