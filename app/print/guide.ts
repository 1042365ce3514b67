// Facilitator guide, to print or to save as PDF (`guide.html?deck=<id>&lang=<lang>`): session plan, learning
// objectives, every slide with its notes (and a role-play's whole story after its slide), the disclosure
// protocol, the help services, the hard questions and the curricula the session serves in Belgium. `npm run
// export:pdf` prints it with headless Chromium; the kit home links it (or that PDF) for every deck and language.
import '../theme/tokens.css';
import './print.css';
import { html, nothing, render, type TemplateResult } from 'lit';
import { decks, deckLoaders } from 'virtual:pb-decks';
import { scenarioLoaders } from 'virtual:pb-scenarios';
import { ScenarioPlayer } from '../../components/pb-scenario/scenario-player';
import { HARD_QUESTIONS, HARD_QUESTIONS_CHECKED, askFor, type HardQuestion } from '../../content/hard-questions';
import { HELP_COUNTRIES, helpResources, resourceName } from '../../content/help-resources';
import { countries as helpData } from '../../content/help-resources.json';
import { checkedOn, countryName, fitSheetsAndMarkReady, fourMessages, helpList, redFlags, toolbar } from './print-page';
import { openPrintable } from './printable';
import { curriculaPage } from './curricula';
import { printedSlides } from './slides';
import { storyParts, storySheet, storySheets } from './story';

const BEFORE = ['lead', 'box', 'rules', 'help', 'network'] as const;
const DISCLOSURE = ['listen', 'private', 'investigate', 'secret', 'pass', 'image', 'fault'] as const;
/** How many service lines (a country's heading counts two) one sheet of help services holds. */
const HELP_SHEET_ROOM = 40;

// `activities`: the activities' names, as the gallery gives them; `scenario`: the red flags' names.
const { params, lang, t } = await openPrintable(['common', 'print', 'activities', 'scenario', 'curricula', 'cards']);

const deck = decks.find((d) => d.id === params.get('deck'));
const load = deck && deckLoaders[`${deck.id}/${lang}`];

function page(name: string, content: TemplateResult): TemplateResult {
  return html`<section class="sheet" data-name=${name}><div class="sheet-content">${content}</div></section>`;
}

/** "Ask: Child Focus, 116 000": the service the bank names for a country, as a reader can reach it. */
function askLine(country: string): TemplateResult | typeof nothing {
  const service = askFor(country, lang);
  if (!service) return nothing;
  const name = resourceName(service, lang);
  const contact = service.number ?? service.web;
  return html`<span class="ask"
    >${contact ? t('print:guide.questions.askContact', { name, contact }) : t('print:guide.questions.ask', { name })}</span
  >`;
}

/** Characters of country notes one sheet holds beside the question's own text, with room to spare. */
const QUESTION_SHEET_CHARS = 3200;

/**
 * A hard question on as many sheets as it takes: the answer that holds everywhere, then, for a question the
 * law decides, every country of the help data with what a source says there, or that nobody checked it, and
 * whom to ask. A country is never cut in two; a later sheet repeats the question.
 */
function hardQuestionPages(question: HardQuestion, index: number): TemplateResult[] {
  const law = question.law;
  const date = new Date(`${HARD_QUESTIONS_CHECKED}T12:00:00`).toLocaleDateString(lang, { dateStyle: 'long' });
  const sources = (list: readonly string[]): TemplateResult =>
    html`<span class="sources">${t('print:guide.questions.sources', { list: list.join('; ') })}</span>`;
  const intro = t('print:guide.questions.intro', { date });
  // Countries by sheet, weighed by the length of what is printed for them.
  const sheets: string[][] = [[]];
  let room = QUESTION_SHEET_CHARS - question.answer[lang].length - (index === 0 ? intro.length : 0);
  for (const country of law ? HELP_COUNTRIES : []) {
    const note = law?.[country];
    const size = 90 + (note ? note.known[lang].length + note.sources.join('; ').length : 40);
    if (room < size && sheets.at(-1)!.length) {
      sheets.push([]);
      room = QUESTION_SHEET_CHARS;
    }
    sheets.at(-1)!.push(country);
    room -= size;
  }
  const countries = (list: readonly string[]): TemplateResult =>
    html`<dl class="by-country">
      ${list.map((country) => {
        const note = law?.[country];
        return html`<dt>${countryName(country, lang)}</dt>
          <dd>
            ${note ? html`${note.known[lang]} ${sources(note.sources)}` : html`<em>${t('print:guide.questions.notChecked')}</em>`}
            ${askLine(country)}
          </dd>`;
      })}
    </dl>`;
  const kind = html`<p class="kind">
    ${t('print:guide.questions.heading')} ·
    ${t('print:guide.questions.count', { n: index + 1, total: HARD_QUESTIONS.length })}
  </p>`;
  return sheets.map((list, n) =>
    n === 0
      ? page(
          `question ${question.id}`,
          html`${kind} ${index === 0 ? html`<p class="questions-intro">${intro}</p>` : nothing}
            <h2>${question.question[lang]}</h2>
            <p>${question.answer[lang]}</p>
            ${question.sources.length ? html`<p>${sources(question.sources)}</p>` : nothing}
            ${
              law
                ? html`<h3>${t('print:guide.questions.byCountry')}</h3>
                    ${countries(list)}`
                : html`<p class="ask">${t('print:guide.questions.askGeneral')}</p>`
            }`,
        )
      : page(
          `question ${question.id} ${n + 1}`,
          html`${kind}
            <h2>${t('print:guide.questions.continued', { question: question.question[lang] })}</h2>
            ${countries(list)}`,
        ),
  );
}

if (!deck || !load) {
  render(
    html`${toolbar(t)}
      <main>${page('not found', html`<p>${t('print:notFound')}</p>`)}</main>`,
    document.body,
  );
} else {
  const meta = deck.meta[lang];
  document.title = t('print:guide.pageTitle', { title: meta.title });
  const slides = printedSlides((await load()).default, t);
  // Each role-play the deck plays, read through every path before the page renders.
  const stories = new Map(
    await Promise.all(
      [...new Set(slides.flatMap((slide) => slide.scenarios))].map(async (src) => {
        const json = (await scenarioLoaders[`${src}/${lang}`]!()).default;
        const player = ScenarioPlayer.fromJson(json);
        return [src, { player, sheets: storySheets(storyParts(player)) }] as const;
      }),
    ),
  );
  const storyPages = (src: string): TemplateResult[] => {
    const story = stories.get(src)!;
    const { title, phone, characters } = story.player.meta;
    return story.sheets.map((sheet, n) =>
      page(
        `story ${src} ${n + 1}`,
        html`<p class="slide-number">${t('print:guide.story.heading', { title })}</p>
          ${n === 0 ? html`<p>${t('print:guide.story.intro', { phone: characters[phone] ?? phone })}</p>` : nothing}
          ${storySheet(sheet, story.player, t)}`,
      ),
    );
  };
  // Services that work in every country are listed once, after the countries' own.
  const everywhere = (helpData as Record<string, readonly { id: string }[]>).all ?? [];
  const everywhereIds = new Set(everywhere.map((r) => r.id));
  // Every country's services would not fit one sheet: as many sheets as they take, a country never cut in two.
  const helpSheets: string[][] = [];
  let room = 0;
  for (const country of HELP_COUNTRIES) {
    const size = 2 + helpResources(country, lang).length;
    if (!helpSheets.length || room < size) {
      helpSheets.push([]);
      room = HELP_SHEET_ROOM;
    }
    helpSheets.at(-1)!.push(country);
    room -= size;
  }

  render(
    html`${toolbar(t)}
      <main class="guide">
        ${page(
          'cover',
          html`<p class="kind">${t('common:kitName')} · ${t('print:guide.kind')}</p>
            <h1>${meta.title}</h1>
            <p class="meta">
              ${t('print:guide.meta', { min: deck.ages[0], max: deck.ages[1], minutes: deck.minutes })}
            </p>
            <h2>${t('print:guide.summary')}</h2>
            <p>${meta.summary}</p>
            <h2>${t('print:guide.objectives')}</h2>
            <ul>
              ${meta.objectives.map((objective: string) => html`<li>${objective}</li>`)}
            </ul>
            <h2>${t('print:guide.before.heading')}</h2>
            <ul class="checklist">
              ${BEFORE.map((key) => html`<li>${t(`print:guide.before.${key}`)}</li>`)}
              <li>${t('cards:guide.before')}</li>
            </ul>`,
        )}
        ${page(
          'plan',
          html`<h2>${t('print:guide.plan.heading')}</h2>
            <p>${t('print:guide.plan.intro', { count: slides.length, minutes: deck.minutes })}</p>
            <table class="plan">
              <thead>
                <tr>
                  <th scope="col">${t('print:guide.plan.slide')}</th>
                  <th scope="col">${t('print:guide.plan.title')}</th>
                  <th scope="col">${t('print:guide.plan.activity')}</th>
                </tr>
              </thead>
              <tbody>
                ${slides.map(
                  (slide, i) =>
                    html`<tr>
                      <td>${i + 1}</td>
                      <td>${slide.title}</td>
                      <td>${slide.activities.join(' · ')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
        )}
        ${slides.map(
          (slide, i) =>
            html`${page(
              `slide ${i + 1}`,
              html`<p class="slide-number">
                  ${t('print:guide.slide', { n: i + 1, total: slides.length })} · ${meta.title}
                </p>
                <div class="slide-frame">${slide.content}</div>
                ${
                  // One level under the slide's own title, which is the deck's h1 on the title slide (axe heading-order).
                  slide.content.querySelector('h1')
                    ? html`<h2 class="notes-heading">${t('print:guide.notes')}</h2>`
                    : html`<h3 class="notes-heading">${t('print:guide.notes')}</h3>`
                }
                <div class="notes">${slide.notes}</div>`,
            )}${slide.scenarios.map(storyPages)}`,
        )}
        ${page(
          'disclosure',
          html`<h2>${t('print:guide.disclosure.heading')}</h2>
            <ul class="checklist">
              ${DISCLOSURE.map((key) => html`<li>${t(`print:guide.disclosure.${key}`)}</li>`)}
            </ul>
            <h2>${t('print:messages.heading')}</h2>
            ${fourMessages(t)}
            <h2>${t('print:redFlags.heading')}</h2>
            ${redFlags(t)}`,
        )}
        ${helpSheets.map((countries, n) =>
          page(
            `help ${n + 1}`,
            html`<h2>${t('print:help.heading')}</h2>
              <div class="countries">
                ${countries.map(
                  (country) =>
                    html`<section>
                      <h3>${countryName(country, lang)}</h3>
                      ${helpList(country, lang, t, { without: everywhereIds })}
                    </section>`,
                )}
                ${
                  everywhere.length && n === helpSheets.length - 1
                    ? html`<section>
                        <h3>${t('print:help.everywhere')}</h3>
                        ${helpList(HELP_COUNTRIES[0] ?? '', lang, t, { only: everywhereIds })}
                      </section>`
                    : ''
                }
              </div>
              ${n === helpSheets.length - 1 ? html`<p class="checked">${checkedOn(HELP_COUNTRIES, lang, t)}</p>` : nothing}`,
          ),
        )}
        ${HARD_QUESTIONS.flatMap(hardQuestionPages)} ${page('curricula', curriculaPage(deck.id, meta.title, lang, t))}
      </main>`,
    document.body,
  );
}
await fitSheetsAndMarkReady();
