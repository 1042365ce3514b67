// Presenter bootstrap: plays one deck in one language for one country's help services
// (`present.html?deck=<id>&lang=<lang>&country=<ISO code>`, as the kit home links it) with reveal.js.
import './theme/tokens.css';
import './theme/deck.css';
import Reveal from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import { io } from 'socket.io-client';
import * as v from 'valibot';
import { decks, deckLoaders } from 'virtual:pb-decks';
import { provideActivityHost } from '../components/activity-host-provider';
import { DEFAULT_HELP_COUNTRY, helpCountry } from '../content/help-resources';
import { PollDefinitionSchema, type PollDefinition, type PollDefinitionInput } from '../protocol/poll';
import { i18next, preferredLanguage, setLanguage } from '../i18n/i18n';
import { isLanguage } from '../i18n/languages';
import { LiveActivityHost } from './live-host';
import { LIVE_SOCKET_OPTIONS } from './socket-options';
import { writePairingNotes } from './pairing';
import { logNotice, startOfflineKit } from './pwa';
import { localizeControls } from './reveal-labels';
import { presenterUrl } from '../components/deck-info';
import { followSpeakerView, type SpeakerViewText } from './speaker-view';
import { Activities } from '../components/activities-plugin';
import { loadActivities } from '../components/activity-registry';

/** The presenter window's name: the speaker-notes window's "next deck" link opens the next deck in it. */
const PRESENTER_WINDOW = 'pb-presenter';

/** The kit's LAN addresses, or null when no kit server answers (a static copy: polls by show of hands). */
async function network(): Promise<string[] | null> {
  try {
    const response = await fetch('api/network', { cache: 'no-store' });
    const body = response.ok ? ((await response.json()) as { urls?: unknown }) : null;
    return Array.isArray(body?.urls) ? body.urls.filter((url): url is string => typeof url === 'string') : null;
  } catch {
    return null;
  }
}

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

const params = new URLSearchParams(location.search);
const lang = isLanguage(params.get('lang')) ? (params.get('lang') as 'fr') : preferredLanguage();
await setLanguage(lang);
// Not in the speaker view's previews (`?receiver`): one page registers. The projector shows the slides and
// nothing else: what the offline kit has to say goes to the browser console (the home and the console show it).
if (!/receiver/i.test(location.search)) startOfflineKit(logNotice);

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
  // reveal's speaker view plays this page again in preview frames (`?receiver`): they show, never connect.
  const preview = /receiver/i.test(location.search);
  const host = new LiveActivityHost({
    deckId: deck.id,
    language: lang,
    // The country chosen on the kit home: the help card, the role-plays' help endings and the phones follow it.
    country: helpCountry(params.get('country')) ?? DEFAULT_HELP_COUNTRY,
    network: await network(),
    origin: location.origin,
    storage: storage(),
    connect: preview ? undefined : () => io(LIVE_SOCKET_OPTIONS),
  });
  // Before the slides exist, so every activity finds its host as it connects.
  provideActivityHost(document.body, host);
  if (preview) addEventListener('storage', () => host.refresh());

  // Deck HTML is compiled from the kit's own Markdown at build time; no student text ever reaches it.
  slides.innerHTML = (await load()).default;
  // The deck's own activities only, defined before reveal.js starts: its plugin activates them on the first slide.
  await loadActivities(slides);
  // The polls of the slide on screen, for the console (none from the speaker view's previews, which never connect).
  const reportPolls = (polls: readonly PollDefinitionInput[]): void => {
    if (preview) return;
    const { h, v: vertical } = reveal.getIndices();
    const valid = polls.flatMap((poll) => {
      const checked = v.safeParse(PollDefinitionSchema, poll);
      return checked.success ? [checked.output as PollDefinition] : [];
    });
    // Numbered as reveal's counter on the projector shows it (`slideNumber: 'c/t'`): every slide, vertical ones too.
    host.reportSlide({
      h,
      v: vertical ?? 0,
      number: reveal.getSlidePastCount() + 1,
      total: reveal.getTotalSlides(),
      polls: valid,
    });
  };
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
    // `Activities`: the slide's activities come and go with it, get the deck's keys first, and report their polls.
    plugins: [RevealNotes, Activities({ onSlide: ({ polls }) => reportPolls(polls) })],
  });
  // The speaker-notes window (S) in the deck's language, following the lesson to its next deck.
  if (!preview) {
    followSpeakerView({
      language: lang,
      text: i18next.t('presenter:speaker', { returnObjects: true }) as SpeakerViewText,
    });
  }
  await reveal.initialize();
  // reveal centres a slide when it changes or the window does; a live slide grows while on screen (a session
  // started, results revealed, questions shown): centre it again, so that it uses the room above it first.
  const recentre = new ResizeObserver(() => reveal.layout());
  for (const slide of slides.querySelectorAll('section:not(.stack)')) recentre.observe(slide);
  localizeControls(document.querySelector('.reveal .controls'), i18next.t.bind(i18next));

  if (!preview) {
    host.onDeckMove((move) => {
      if (move.to === 'next') reveal.next();
      else if (move.to === 'prev') reveal.prev();
      else reveal.slide(move.h, move.v, move.f);
    });

    let pairing: string | undefined;
    const showPairing = (): void => {
      const url = host.state.mode === 'live' ? host.pairingUrl : undefined;
      if (url === pairing) return;
      pairing = url;
      const changed = writePairingNotes(slides, url, {
        heading: i18next.t('presenter:pairing.heading'),
        explain: i18next.t('presenter:pairing.explain'),
        open: i18next.t('presenter:pairing.open'),
        qrLabel: i18next.t('presenter:pairing.qrLabel'),
      });
      // The notes plugin re-sends the current slide's notes on reveal's events; "resumed" changes nothing else.
      if (changed.includes(reveal.getCurrentSlide())) reveal.dispatchEvent({ type: 'resumed' });
    };
    host.subscribe(showPairing);
    showPairing();

    // The lesson's next deck (the kit home's order), for when this one ends: the class session goes on there
    // (ADR 12). A link that shows for the keyboard beside "back home", and one in the last slide's notes, which
    // the speaker-notes window opens here (this window's name), not in itself.
    const next = decks[decks.indexOf(deck) + 1];
    if (next && deckLoaders[`${next.id}/${lang}`]) {
      window.name = PRESENTER_WINDOW;
      const href = presenterUrl(next.id, lang, host.country);
      const text = i18next.t('presenter:nextDeck', { title: next.meta[lang].title });
      const link = Object.assign(document.createElement('a'), {
        className: 'pb-home-link pb-next-deck',
        href,
        textContent: text,
      });
      homeLink.after(link);
      const stacks = slides.querySelectorAll(':scope > section');
      const last = stacks[stacks.length - 1];
      const lastSlide = last?.querySelector(':scope > section:last-of-type') ?? last;
      if (lastSlide) {
        let notes = lastSlide.querySelector(':scope > aside.notes');
        if (!notes) {
          notes = document.createElement('aside');
          notes.className = 'notes';
          lastSlide.append(notes);
        }
        const paragraph = document.createElement('p');
        paragraph.className = 'pb-next-deck';
        paragraph.append(
          Object.assign(document.createElement('a'), { href, target: PRESENTER_WINDOW, textContent: text }),
        );
        notes.append(paragraph);
      }
    }
  }
}
