// The letter to parents and carers, to print or to save as PDF (`parents.html?deck=<id>&country=BE&lang=fr`):
// one sheet, printed on both sides. The front is the school's letter before the session (what the class will
// learn, from the deck's own title and objectives; how the session is run); the back is a one-page guide for
// the evening a child tells them (do not blame, do not pay, keep the evidence, call tonight) with the country's
// help services from the help data. `npm run export:pdf` prints one per session, country and language.
import '../theme/tokens.css';
import './print.css';
import { html, render } from 'lit';
import { decks } from 'virtual:pb-decks';
import { isHelpCountry } from '../../content/help-resources';
import { helpTonight, tonightBox } from './help-tonight';
import { countryHelp, countryName, fitSheetsAndMarkReady, fourMessages, toolbar } from './print-page';
import { openPrintable, renderNotFound } from './printable';

/** How the session is run, in the order a worried parent asks. */
const HOW = ['calm', 'fiction', 'nobody', 'anonymous', 'help'] as const;
/** What to do when a child tells them, in the order to do it. */
const REACT = ['listen', 'pay', 'evidence', 'image', 'contact'] as const;

const { params, lang, t, country } = await openPrintable(['common', 'print', 'parents']);
const deck = decks.find((d) => d.id === params.get('deck'));

if (!deck || !isHelpCountry(country)) {
  renderNotFound(t);
} else {
  const meta = deck.meta[lang];
  const where = countryName(country, lang);
  const tonight = helpTonight(country, lang);
  document.title = `${t('parents:pageTitle', { title: meta.title })} · ${where}`;
  render(
    html`${toolbar(t)}
      <main class="parents">
        <section class="sheet" data-name="letter">
          <div class="sheet-content">
            <p class="kind">${t('common:kitName')} · ${t('parents:kind')}</p>
            <p class="fill-in">
              <span>${t('parents:letter.school')}</span>
              <span>${t('parents:letter.date')}</span>
            </p>
            <h1>${t('parents:letter.title')}</h1>
            <p>${t('parents:letter.greeting')}</p>
            <p>
              ${t('parents:letter.intro', {
                title: meta.title,
                minutes: deck.minutes,
                min: deck.ages[0],
                max: deck.ages[1],
              })}
            </p>
            <p>${t('parents:letter.what')}</p>
            <p>${t('parents:letter.why')}</p>
            <h2>${t('parents:letter.learn')}</h2>
            <ul>
              ${meta.objectives.map((objective: string) => html`<li>${objective}</li>`)}
            </ul>
            <h2>${t('parents:letter.how.heading')}</h2>
            <ul>
              ${HOW.map((key) => html`<li>${t(`parents:letter.how.${key}`)}</li>`)}
            </ul>
            <h2>${t('parents:letter.messages')}</h2>
            ${fourMessages(t)}
            <h2>${t('parents:letter.home.heading')}</h2>
            <p>${t('parents:letter.home.text')}</p>
            <p>${t('parents:letter.back', { country: where })}</p>
            <p class="fill-in">
              <span>${t('parents:letter.contact')}</span>
              <span>${t('parents:letter.signature')}</span>
            </p>
          </div>
        </section>
        <section class="sheet" data-name="guide">
          <div class="sheet-content">
            <p class="kind">${t('common:kitName')} · ${t('parents:guide.kind')} · ${where}</p>
            <h1>${t('parents:guide.title')}</h1>
            <p class="intro">${t('parents:guide.intro')}</p>
            <ol class="steps">
              ${REACT.map(
                (key) =>
                  html`<li>
                    <strong>${t(`parents:guide.${key}.title`)}</strong>
                    ${t(`parents:guide.${key}.text`)}
                  </li>`,
              )}
            </ol>
            ${tonightBox(tonight, lang, t, 'parents:guide.tonight')}
            <p>${t('parents:guide.after')}</p>
            ${countryHelp(country, lang, t)}
          </div>
        </section>
      </main>`,
    document.body,
  );
}
await fitSheetsAndMarkReady();
