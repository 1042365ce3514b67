// One-page student handout, to print or to save as PDF (`handout.html?country=BE&lang=fr`): the four
// messages, the red flags and the country's help services, numbers in large type. No QR code: paper must not
// lead only online. `npm run export:pdf` prints one per country and language.
import '../theme/tokens.css';
import './print.css';
import { html, render } from 'lit';
import { isHelpCountry } from '../../content/help-resources';
import { countryHelp, countryName, fitSheetsAndMarkReady, fourMessages, redFlags, toolbar } from './print-page';
import { openPrintable, renderNotFound } from './printable';

const { lang, t, country } = await openPrintable(['common', 'print']);

if (!isHelpCountry(country)) {
  renderNotFound(t);
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
