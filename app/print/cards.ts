// The answer cards, to print or to save as PDF (`cards.html?lang=fr&per=4`): a first page on how to use them,
// then the 40 cards, one per A4 page (read from the back of a classroom) or four. Each card is a marker whose
// turn gives the answer (app/cards/answer-cards.ts), with A, B, C, D small on its edges and its number in a
// corner: no name. `npm run export:pdf` prints both layouts in each language.
import '../theme/tokens.css';
import './print.css';
import './cards.css';
import { html, render, svg } from 'lit';
import { CARD_COUNT, LETTERS, MARKER_CELLS, markerCells } from '../cards/answer-cards';
import { i18next, setLanguage, useNamespaces } from '../../i18n/i18n';
import { isLanguage, type Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';
import { toolbar } from './print-page';

useNamespaces(['common', 'print', 'cards']);
const params = new URLSearchParams(location.search);
const requested = params.get('lang');
const lang: Language = isLanguage(requested) ? requested : 'en';
await setLanguage(lang);
const t: Translate = (key, options) => i18next.t(key, options);
const perPage = params.get('per') === '4' ? 4 : 1;

/** A marker as squares of ink, crisp at any print resolution. */
function marker(card: number) {
  const cells = markerCells(card);
  return html`<svg
    class="marker"
    viewBox="0 0 ${MARKER_CELLS} ${MARKER_CELLS}"
    shape-rendering="crispEdges"
    aria-hidden="true"
  >
    ${cells.flatMap((row, y) =>
      row.map((black, x) => (black ? svg`<rect x=${x} y=${y} width="1.02" height="1.02" />` : svg``)),
    )}
  </svg>`;
}

function card(number: number) {
  return html`<div class="card">
    ${marker(number)}
    ${LETTERS.map((letter, edge) => html`<span class="letter edge-${edge}" aria-hidden="true">${letter}</span>`)}
    <span class="number">${t('cards:print.card', { number })}</span>
  </div>`;
}

const numbers = Array.from({ length: CARD_COUNT }, (_, i) => i + 1);
const sheets = Array.from({ length: CARD_COUNT / perPage }, (_, i) => numbers.slice(i * perPage, (i + 1) * perPage));
const layout = (per: 1 | 4, label: string) =>
  per === perPage
    ? html`<strong>${label}</strong>`
    : html`<a href=${`cards.html?${new URLSearchParams({ lang, per: String(per) })}`}>${label}</a>`;

document.title = t('cards:print.title');
render(
  html`${toolbar(t)}
    <nav class="toolbar layouts" aria-label=${t('cards:print.layout')}>
      <span>${t('cards:print.layout')}:</span> ${layout(1, t('cards:print.onePerPage'))}
      ${layout(4, t('cards:print.fourPerPage'))}
    </nav>
    <main class="answer-cards per-${perPage}">
      <section class="sheet how" data-name="how">
        <h1>${t('cards:print.howTitle')}</h1>
        <ol>
          ${(['shuffle', 'answer', 'scan', 'collect'] as const).map((step) => html`<li>${t(`cards:print.how.${step}`)}</li>`)}
        </ol>
        <div class="example">${card(1)}</div>
      </section>
      ${sheets.map((cards) => html`<section class="card-sheet">${cards.map(card)}</section>`)}
    </main>`,
  document.body,
);
await document.fonts.ready;
document.documentElement.dataset.ready = '';
