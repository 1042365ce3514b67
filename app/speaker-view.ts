/**
 * reveal.js's speaker-notes window, made the kit's: in the deck's language with the language's own clock (24-hour
 * in French, Dutch and German), and following the presenter to the next deck of the lesson. The notes plugin
 * writes its window in English and keeps showing the deck it was opened on; this module rewrites its labels and
 * clock once it is open, and when a presenter of another deck answers its heartbeat (the plugin reconnects after a
 * page change), points its previews at the new deck. The window is the presenter's own (same origin): no message
 * from it is trusted beyond its type.
 */

/** The plugin's window name (reveal.js plugin/notes: `window.open('about:blank', NAME, …)`). */
const NOTES_WINDOW = 'reveal.js - Notes';
/** The preview parameters the plugin gives its two frames (plugin/notes `setupIframes`). */
const PREVIEW = 'receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none';

export interface SpeakerViewText {
  readonly title: string;
  readonly loading: string;
  readonly upcoming: string;
  readonly time: string;
  readonly reset: string;
  readonly pacing: string;
  readonly notes: string;
  readonly layout: string;
  readonly layouts: Readonly<Record<'default' | 'wide' | 'tall' | 'notes-only', string>>;
}

interface SpeakerWindow extends Window {
  /** The presenter URL its previews show, set by this module. */
  pbDeckUrl?: string;
  /** The language its words are in. */
  pbLanguage?: string;
}

export interface SpeakerViewOptions {
  readonly language: string;
  readonly text: SpeakerViewText;
}

/** Makes every speaker-notes window this presenter opens, or reconnects to, speak the deck's language. */
export function followSpeakerView(options: SpeakerViewOptions): void {
  const deckUrl = `${location.protocol}//${location.host}${location.pathname}${location.search}`;
  const open = window.open.bind(window);
  window.open = (url?: string | URL, target?: string, features?: string) => {
    const opened = open(url, target, features);
    // The plugin writes the window's page right after this returns: rewrite it once that is done.
    if (target === NOTES_WINDOW && opened) {
      setTimeout(() => {
        (opened as SpeakerWindow).pbDeckUrl = deckUrl;
        localize(opened as SpeakerWindow, options);
      });
    }
    return opened;
  };
  addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"heartbeat"')) return;
    const source = event.source as SpeakerWindow | null;
    try {
      if (!source || source.location.origin !== location.origin) return;
    } catch {
      return; // another origin: not the kit's window
    }
    if (source.pbDeckUrl !== deckUrl) {
      source.pbDeckUrl = deckUrl;
      showDeck(source, deckUrl);
    }
    if (source.pbLanguage !== options.language) localize(source, options);
  });
}

/**
 * Points the window's two previews (the slide on screen, the next one) at this presenter's deck, on its first
 * slide. Not on the slide on screen: a preview starting on any other slide announces that slide once loaded, and
 * the notes plugin passes it on to the presenter, so a teacher who moved on while the preview loaded (a slow
 * laptop) was pulled back. From the first slide the preview announces nothing, and once ready it asks the
 * presenter, which answers with the slide on screen (the plugin's own handshake).
 */
function showDeck(speaker: SpeakerWindow, url: string): void {
  const doc = speaker.document;
  const frames: [string, string][] = [
    ['#current-slide iframe', 'scrollActivationWidth=false&postMessageEvents=true'],
    ['#upcoming-slide iframe', 'scrollActivationWidth=false&controls=false'],
  ];
  for (const [selector, extra] of frames) {
    const frame = doc.querySelector<HTMLIFrameElement>(selector);
    if (frame) frame.src = `${url}${url.includes('?') ? '&' : '?'}${PREVIEW}&${extra}#/0/0`;
  }
}

function localize(speaker: SpeakerWindow, { language, text }: SpeakerViewOptions): void {
  const doc = speaker.document;
  if (!doc.querySelector('#speaker-controls')) return; // not written yet: the next heartbeat comes within a second
  speaker.pbLanguage = language;
  doc.documentElement.lang = language;
  doc.title = text.title;
  const set = (selector: string, value: string): void => {
    const el = doc.querySelector(selector);
    // The first text node only: the time label holds the reset button after its word.
    const node =
      el && [...el.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim());
    if (node) node.textContent = el.children.length ? `${value} ` : value;
    else if (el) el.textContent = value;
  };
  set('#upcoming-slide .label', text.upcoming);
  set('.speaker-controls-time > h4.label:not(.pacing-title)', text.time);
  set('.speaker-controls-time .reset-button', text.reset);
  set('.speaker-controls-time .pacing-title', text.pacing);
  set('.speaker-controls-notes .label', text.notes);
  const status = doc.querySelector<HTMLElement>('#connection-status');
  if (status && status.style.display !== 'none') status.textContent = text.loading;
  const dropdown = doc.querySelector<HTMLSelectElement>('.speaker-layout-dropdown');
  const label = doc.querySelector('.speaker-layout-label');
  const layouts = text.layouts as Record<string, string>;
  for (const option of dropdown?.options ?? []) option.textContent = layouts[option.value] ?? option.textContent;
  const showLayout = (): void => {
    if (label && dropdown) label.textContent = `${text.layout}: ${layouts[dropdown.value] ?? dropdown.value}`;
  };
  showLayout();
  // After the plugin's own listener, which writes the label in English.
  dropdown?.addEventListener('change', showLayout);
  // The plugin's clock calls toLocaleTimeString('en-US', 12-hour) every second: this window's takes the deck's
  // language and its own convention instead (14:05 in French, Dutch and German; 2:05 PM in English).
  const realm = speaker as unknown as typeof globalThis;
  const clock = new realm.Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' });
  realm.Date.prototype.toLocaleTimeString = function (this: Date) {
    return clock.format(this);
  };
}
