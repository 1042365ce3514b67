// Activity gallery bootstrap (`activities.html`): every activity of the kit with sample content in the chosen
// language, as it looks on a slide, with no class session (polls by show of hands). Authors see an activity
// before they put it in a deck; testers check one alone (`activities.html?activity=wordCloud`).
import './theme/tokens.css';
import './theme/page.css';
// The slides' own type and colours: the samples stand in a 1280×720 frame as in the presenter.
import './theme/deck.css';
import './activities.css';
import { html, nothing, render, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { scenarioLoaders } from 'virtual:pb-scenarios';
import { HELP_COUNTRIES } from '../content/help-resources';
import { i18next, preferredLanguage, setLanguage } from '../i18n/i18n';
import { isLanguage, type Language } from '../i18n/languages';
import { ACTIVITIES, type ActivityEntry } from '../components/activity-registry';
import { activitySamples, type ActivitySample } from './activity-samples';
import '../components/pb-language-picker/pb-language-picker';

const SLIDE_WIDTH = 1280;
const params = new URLSearchParams(location.search);
const only = params.get('activity');
// The kit's first role-play, so the sample plays whatever the decks hold.
const scenarios = [...new Set(Object.keys(scenarioLoaders).map((key) => key.split('/')[0]!))].sort();
const scenario = scenarios.includes('sam') ? 'sam' : (scenarios[0] ?? 'sam');
let country = 'BE';

const t = (key: string, options?: Record<string, unknown>): string => i18next.t(key, options);
const language = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');

function renderGallery(): void {
  const lang = language();
  const samples = activitySamples({ scenario, country }).filter(
    (sample) => customElements.get(sample.tag) && (!only || sample.key === only),
  );
  document.title = `${t('activities:gallery.title')} · ${t('common:kitName')}`;
  render(
    html`<header class="pb-gallery-header">
        <a href="./">${t('activities:gallery.home')}</a>
        <h1>${t('activities:gallery.title')}</h1>
        <pb-language-picker></pb-language-picker>
      </header>
      <main class="pb-gallery">
        <p>${t('activities:gallery.intro')}</p>
        ${
          only
            ? html`<p><a href="activities.html">${t('activities:gallery.all')}</a></p>`
            : html`<nav aria-label=${t('activities:gallery.contents')}>
                <ul>
                  ${samples.map(
                    (s) => html`<li><a href="#${s.key}">${t(`activities:gallery.items.${s.key}.name`)}</a></li>`,
                  )}
                </ul>
              </nav>`
        }
        ${samples.map((sample) => renderSample(sample, lang))}
      </main>`,
    document.body,
  );
}

function renderSample(sample: ActivitySample, lang: Language): TemplateResult {
  const name = t(`activities:gallery.items.${sample.key}.name`);
  const markup = sample.markup[lang];
  return html`<article
    class="pb-activity"
    id=${sample.key}
    data-tag=${sample.tag}
    aria-labelledby="${sample.key}-title"
  >
    <h2 id="${sample.key}-title">${name} <code>&lt;${sample.tag}&gt;</code></h2>
    <p>${t(`activities:gallery.items.${sample.key}.about`)}</p>
    ${
      sample.tag === 'pb-help-card'
        ? html`<p>
            <label for="country">${t('activities:gallery.country')}</label>
            <select
              id="country"
              @change=${(e: Event) => ((country = (e.target as HTMLSelectElement).value), renderGallery())}
            >
              ${HELP_COUNTRIES.map(
                (code) => html`<option value=${code} ?selected=${code === country}>${countryName(code, lang)}</option>`,
              )}
            </select>
          </p>`
        : nothing
    }
    <details>
      <summary>${t('activities:gallery.markdown')}</summary>
      <pre><code>${markup}</code></pre>
    </details>
    ${
      only
        ? nothing
        : html`<p>
            <a href="activities.html?activity=${sample.key}"
              >${t('activities:gallery.alone')}<span class="visually-hidden">: ${name}</span></a
            >
          </p>`
    }
    <div class="reveal pb-stage">
      <div class="slides">
        <!-- The kit's own sample markup, as a deck's compiled HTML is: no student text ever reaches it. -->
        <div class="pb-slide" lang=${lang}>${unsafeHTML(markup)}</div>
      </div>
    </div>
  </article>`;
}

function countryName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The 1280 px slide frame, scaled down (CSS zoom) to the page's width, as reveal.js scales it to the screen. */
function fitStages(): void {
  const main = document.querySelector('main');
  // The room inside main's padding: a frame as wide as main itself would scroll the page sideways.
  const style = main && getComputedStyle(main);
  const width = main
    ? main.clientWidth - parseFloat(style!.paddingLeft) - parseFloat(style!.paddingRight)
    : SLIDE_WIDTH;
  document.documentElement.style.setProperty('--pb-stage-zoom', String(Math.min(1, width / SLIDE_WIDTH)));
}

i18next.on('languageChanged', renderGallery);
const lang = params.get('lang');
// Every registered activity with a sample (only the one asked for, alone); its samples render once it is defined.
const shown = (ACTIVITIES as readonly ActivityEntry[]).filter((entry) =>
  activitySamples({ scenario, country }).some((sample) => sample.tag === entry.tag && (!only || sample.key === only)),
);
await Promise.all([setLanguage(isLanguage(lang) ? lang : preferredLanguage()), ...shown.map((entry) => entry.load())]);
renderGallery();
new ResizeObserver(fitStages).observe(document.querySelector('main')!);
if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
