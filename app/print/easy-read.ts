// The student handout in easy read, to print or to save as PDF (`easy-read.html?country=BE&lang=fr`), for
// students with learning difficulties and newcomers learning the language: short sentences, one idea a line,
// a pictogram beside each part, type never under 16 pt. A sheet each for: what happens, that it is not their
// fault and whom to call today; the four messages; the warning signs; then the country's help services (on as
// many sheets as they take, easy-read-sheets.ts); last, the words of the lesson with plain meanings, to go
// through before the session. `npm run export:pdf` prints one per country and language.
import '../theme/tokens.css';
import './print.css';
import './easy-read.css';
import { html, nothing, render, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { firstLine, helpResources, isHelpCountry, resourceName } from '../../content/help-resources';
import kitArtwork from '../../public/favicon.svg?raw';
import { serviceSheets } from './easy-read-sheets';
import { helpTonight, tonightBox } from './help-tonight';
import { checkedOn, countryName, fitSheetsAndMarkReady, helpList, toolbar } from './print-page';
import { openPrintable, renderNotFound } from './printable';

/** The kit's own pictograms (app/pictograms/), by file name; "stop" is the kit's icon: a raised hand in a chat. */
const drawn = import.meta.glob<string>('../pictograms/*.svg', { query: '?raw', import: 'default', eager: true });
const PICTOGRAMS: Readonly<Record<string, string>> = {
  stop: kitArtwork,
  ...Object.fromEntries(Object.entries(drawn).map(([path, svg]) => [/([^/]+)\.svg$/.exec(path)![1]!, svg])),
};

/** Each part's lines, in reading order (keys of easy-read.json), with the pictogram that stands beside it. */
const WHAT = ['picture', 'real', 'who', 'demand', 'name'] as const;
const FAULT = ['line', 'alone'] as const;
const MESSAGES = [
  { key: 'pay', pictogram: 'never-pay', lines: ['money', 'more', 'again', 'paid'] },
  { key: 'screenshots', pictogram: 'screenshot', lines: ['chat', 'image', 'forward', 'delete'] },
  { key: 'stop', pictogram: 'stop', lines: ['answer', 'block', 'report'] },
  { key: 'adult', pictogram: 'trusted-adult', lines: ['who', 'today'] },
] as const;
const SIGNS = ['age', 'fast', 'app', 'first', 'threat', 'money', 'remove'] as const;
/** The words of the lesson, in the order a class meets them, each with its pictogram. */
export const WORDS = [
  ['sextortion', 'threat'],
  ['blackmail', 'threat'],
  ['nude', 'picture'],
  ['deepnude', 'made-by-ai'],
  ['fakeProfile', 'fake-profile'],
  ['deadline', 'deadline'],
  ['screenshot', 'screenshot'],
  ['evidence', 'screenshot'],
  ['block', 'block'],
  ['report', 'report'],
  ['trustedAdult', 'trusted-adult'],
  ['helpline', 'helpline'],
] as const;

const { lang, t, country } = await openPrintable(['common', 'print', 'easy-read']);

/** A pictogram beside the text: decoration only, the words carry the meaning. */
function pictogram(name: string): TemplateResult {
  return html`<span class="pictogram" aria-hidden="true">${unsafeHTML(PICTOGRAMS[name] ?? '')}</span>`;
}

/** One part of the sheet: its pictogram on the left, its heading and its lines, one idea a line. */
function part(name: string, content: TemplateResult): TemplateResult {
  return html`<section class="part">
    ${pictogram(name)}
    <div>${content}</div>
  </section>`;
}

const lines = (keys: readonly string[], prefix: string): TemplateResult =>
  html`<ul class="lines">
    ${keys.map((key) => html`<li>${t(`easy-read:${prefix}.${key}`)}</li>`)}
  </ul>`;

function sheet(name: string, content: TemplateResult): TemplateResult {
  return html`<section class="sheet easy-read" data-name=${name}><div class="sheet-content">${content}</div></section>`;
}

if (!isHelpCountry(country)) {
  renderNotFound(t);
} else {
  const where = countryName(country, lang);
  const first = firstLine(country);
  // The country's first line by name and number (or address), on the first page and in the words.
  const firstContact = first
    ? { name: resourceName(first, lang), contact: first.number ?? first.web ?? '' }
    : undefined;
  document.title = `${t('easy-read:pageTitle')} · ${where}`;
  const services = serviceSheets(helpResources(country, lang), lang);
  render(
    html`${toolbar(t)}
      <main>
        ${sheet(
          'what happens',
          html`<p class="kind">${t('easy-read:kind')} · ${t('common:kitName')}</p>
            <h1>${t('easy-read:title')}</h1>
            ${part(
              'threat',
              html`<h2>${t('easy-read:what.heading')}</h2>
                ${lines(WHAT, 'what')}`,
            )}
            ${part('not-your-fault', html`<div class="fault">${lines(FAULT, 'fault')}</div>`)}
            ${part(
              'helpline',
              html`<h2>${t('easy-read:help.heading')}</h2>
                ${tonightBox(helpTonight(country, lang), lang, t, 'easy-read:help.tonight')}
                <p>${t('easy-read:help.adult')}</p>
                <p>${t('easy-read:help.more', { country: where })}</p>`,
            )}`,
        )}
        ${sheet(
          'four things',
          html`<h2>${t('easy-read:messages.heading')}</h2>
            <ol class="messages-easy">
              ${MESSAGES.map(
                (m) =>
                  html`<li>
                    ${part(
                      m.pictogram,
                      html`<h3>${t(`easy-read:messages.${m.key}.title`)}</h3>
                        ${lines(m.lines, `messages.${m.key}`)}
                        ${
                          m.key === 'adult' && firstContact
                            ? html`<p class="call">${t('easy-read:messages.adult.call', firstContact)}</p>`
                            : nothing
                        }`,
                    )}
                  </li>`,
              )}
            </ol>`,
        )}
        ${sheet(
          'signs',
          part(
            'fake-profile',
            html`<h2>${t('easy-read:signs.heading')}</h2>
              ${lines(SIGNS, 'signs')}
              <p class="then">${t('easy-read:signs.then')}</p>`,
          ),
        )}
        ${services.map((list, n) =>
          sheet(
            `services ${n + 1}`,
            html`<h2>${t('print:help.heading')} · ${where}</h2>
              ${helpList(country, lang, t, { only: new Set(list.map((r) => r.id)) })}
              ${n === services.length - 1 ? html`<p class="checked">${checkedOn([country], lang, t)}</p>` : nothing}`,
          ),
        )}
        ${sheet(
          'words',
          html`<h2>${t('easy-read:words.heading')}</h2>
            <p>${t('easy-read:words.intro')}</p>
            <dl class="words">
              ${WORDS.map(
                ([key, name]) =>
                  html`<div class="word">
                    <dt>${pictogram(name)}${t(`easy-read:words.${key}.term`)}</dt>
                    <dd>
                      ${t(`easy-read:words.${key}.meaning`)}
                      ${
                        key === 'helpline' && firstContact
                          ? html`<br />${t('easy-read:words.helpline.example', { country: where, ...firstContact })}`
                          : nothing
                      }
                    </dd>
                  </div>`,
              )}
            </dl>`,
        )}
      </main>`,
    document.body,
  );
}
await fitSheetsAndMarkReady();
