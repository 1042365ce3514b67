// Facilitator console bootstrap (`/console#code=…&key=…`, from the pairing link in the speaker notes). The key
// travels in the URL fragment, which browsers never send to a server, and leaves the address bar at once.
import './theme/tokens.css';
import './theme/page.css';
import { io } from 'socket.io-client';
import { i18next, preferredLanguage, setLanguage, useNamespaces } from '../i18n/i18n';
import { FacilitatorConnection, type FacilitatorCredentials } from './facilitator-connection';
import { SESSION_KEY_PREFIX, type StoredSession } from './live-host';
import { LIVE_SOCKET_OPTIONS } from './socket-options';
import { startOfflineKit } from './pwa';
import '../components/pb-console/pb-console';

const TAB_KEY = 'pb-console';

useNamespaces(['common', 'console', 'poll', 'activities', 'offline']);
i18next.on('languageChanged', () => {
  document.title = i18next.t('console:pageTitle');
});
await setLanguage(preferredLanguage());

function isCredentials(value: unknown): value is FacilitatorCredentials {
  const c = value as Partial<FacilitatorCredentials> | null;
  return typeof c?.joinCode === 'string' && typeof c.facilitatorKey === 'string';
}

/** From the pairing link; else this tab's earlier link (a reload); else the latest session started on this laptop. */
function credentials(): FacilitatorCredentials | undefined {
  const hash = new URLSearchParams(location.hash.slice(1));
  const fromLink = { joinCode: hash.get('code'), facilitatorKey: hash.get('key') };
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  try {
    if (isCredentials(fromLink)) {
      sessionStorage.setItem(TAB_KEY, JSON.stringify(fromLink));
      return fromLink;
    }
    const tab: unknown = JSON.parse(sessionStorage.getItem(TAB_KEY) ?? 'null');
    if (isCredentials(tab)) return tab;
    const started = Object.keys(localStorage)
      .filter((key) => key.startsWith(SESSION_KEY_PREFIX))
      .map((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as StoredSession | null)
      .filter((session): session is StoredSession => isCredentials(session))
      .sort((a, b) => b.startedAt - a.startedAt);
    return started[0];
  } catch {
    return isCredentials(fromLink) ? fromLink : undefined;
  }
}

const found = credentials();
const consoleElement = document.createElement('pb-console');
if (found) {
  const { joinCode, facilitatorKey } = found;
  consoleElement.session = new FacilitatorConnection(io(LIVE_SOCKET_OPTIONS), { joinCode, facilitatorKey });
}
document.body.replaceChildren(consoleElement);
startOfflineKit();
