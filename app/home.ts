// Kit home bootstrap: language first (so the first paint is already translated), then the decks.
import './theme/tokens.css';
import './theme/page.css';
import { decks } from 'virtual:pb-decks';
import { helpCountries, printables } from 'virtual:pb-printables';
import { i18next, preferredLanguage, setLanguage } from '../i18n/i18n';
import '../components/pb-kit-home/pb-kit-home';
import '../components/pb-class-session/pb-class-session';
import { forgetStoredSession, readStoredSession } from './class-session-store';
import { startOfflineKit } from './pwa';

const retitle = (): void => {
  document.title = i18next.t('common:kitName');
};
i18next.on('languageChanged', retitle);
await setLanguage(preferredLanguage());

const home = document.createElement('pb-kit-home');
home.decks = decks;
home.printables = printables;
home.countries = helpCountries;
// A class session still running on this laptop: Present continues it (ADR 12), unless the facilitator starts afresh.
const running = document.createElement('pb-class-session');
const storage = ((): Storage | undefined => {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
})();
const stored = readStoredSession(storage);
const showRunning = (): void => {
  const deck = decks.find((d) => d.id === stored?.deckId);
  const language = i18next.language as keyof NonNullable<typeof deck>['meta'];
  running.session = stored && { joinCode: stored.joinCode, deckTitle: deck?.meta[language]?.title };
};
i18next.on('languageChanged', showRunning);
showRunning();
running.addEventListener('pb-new-class-session', () => forgetStoredSession(storage));
document.body.replaceChildren(running, home);
startOfflineKit();
