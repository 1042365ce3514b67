// Join page bootstrap, on the students' phones (`/join?code=ABC234` from the QR code). Kept small: it has to
// load fast over a crowded classroom Wi-Fi on old phones (budget in scripts/size-report.ts).
import './theme/tokens.css';
import './theme/page.css';
import { io } from 'socket.io-client';
// Not i18next: its light reader of the same strings, so the page fits old phones (ADR 0007).
import { useNamespaces } from '../i18n/i18n-lite';
import { isLanguage } from '../i18n/languages';
import { preferredLanguage, setLanguage, translator } from '../i18n/translator';
import { StudentConnection, type StudentSocket } from './student-connection';
import { LIVE_SOCKET_OPTIONS } from './socket-options';
import '../components/pb-join-app/pb-join-app';

useNamespaces(['common', 'join']);
translator().onLanguageChanged(() => {
  document.title = translator().t('join:pageTitle');
});
// The join link's language (the presenter's QR carries the deck's), else the phone's.
const params = new URLSearchParams(location.search);
const linked = params.get('lang');
await setLanguage(isLanguage(linked) ? linked : preferredLanguage());
// A language the student picks wins over the link's from then on, reloads included.
addEventListener('pb-language-change', () => {
  if (!params.has('lang')) return;
  params.delete('lang');
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
});

const storage = (name: 'localStorage' | 'sessionStorage'): Storage | undefined => {
  try {
    return window[name];
  } catch {
    return undefined; // storage blocked: the page still works, it just forgets on reload
  }
};

const session = new StudentConnection({
  // Same origin, default path; socket.io reconnects by itself and falls back to long-polling.
  connect: (): StudentSocket => io(LIVE_SOCKET_OPTIONS),
  store: storage('sessionStorage'),
  secretStore: storage('localStorage'),
});

const code = params.get('code');
if (code) session.join(code);
else session.resume();

const app = document.createElement('pb-join-app');
app.session = session;
document.body.replaceChildren(app);
