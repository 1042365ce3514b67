// Presenter bootstrap: plays one deck in one language (`present.html?deck=<id>&lang=<lang>`) with reveal.js.
import 'reveal.js/reveal.css';
import './theme/tokens.css';
import './theme/deck.css';
import Reveal from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import { decks, deckLoaders } from 'virtual:pb-decks';
import { i18next, preferredLanguage, setLanguage } from '../i18n/i18n';
import { isLanguage } from '../i18n/languages';
import { localizeControls } from './reveal-labels';
import '../components/pb-timer/pb-timer';

const params = new URLSearchParams(location.search);
const lang = isLanguage(params.get('lang')) ? (params.get('lang') as 'fr') : preferredLanguage();
await setLanguage(lang);

const homeLink = document.querySelector<HTMLAnchorElement>('.pb-home-link')!;
homeLink.textContent = i18next.t('presenter:backHome');

const deck = decks.find((d) => d.id === params.get('deck'));
const load = deck && deckLoaders[`${deck.id}/${lang}`];
const slides = document.querySelector<HTMLElement>('.reveal .slides')!;

if (!deck || !load) {
  const message = document.createElement('p');
  message.className = 'pb-message';
  message.textContent = i18next.t('presenter:deckNotFound');
  document.querySelector('.reveal')!.replaceWith(message);
} else {
  document.title = deck.meta[lang].title;
  document.querySelector('.pb-deck-title')!.textContent = deck.meta[lang].title;
  // Deck HTML is compiled from the kit's own Markdown at build time; no student text ever reaches it.
  slides.innerHTML = (await load()).default;
  const reveal = new Reveal(document.querySelector<HTMLElement>('.reveal')!, {
    width: 1280,
    height: 720,
    margin: 0.06,
    hash: true,
    slideNumber: 'c/t',
    transition: 'fade',
    // reveal's help overlay and jump box are English-only; the kit's shortcuts are in the facilitator guide.
    help: false,
    jumpToSlide: false,
    plugins: [RevealNotes],
  });
  await reveal.initialize();
  localizeControls(document.querySelector('.reveal .controls'), i18next.t.bind(i18next));
}
