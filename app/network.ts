// "Check the network" (`/network`), for a student's phone: opening this page at all proves the phone reaches
// the laptop; it then checks that live answers get through (socket.io's two ways in: WebSocket, and HTTP
// long-polling for networks that block WebSockets). No socket.io client: a raw handshake of each keeps the page
// a few kB, for the same old phones the join page serves.
import './theme/tokens.css';
import './theme/page.css';
import './network.css';
import { useNamespaces } from '../i18n/i18n-lite';
import { preferredLanguage, setLanguage, translator } from '../i18n/translator';
import { lastJoinTrouble } from './join-trouble';

/** `crowded`: the laptop turns away more connections from this network for now (its per-address limits). */
export type NetworkCheck = 'live' | 'slow' | 'noLive' | 'lost' | 'crowded';

/** The laptop's refusal of a handshake names itself in the body of its 403 (server/transport/connection-guard.ts). */
const CROWDED = /"too_many_(connections|handshakes)"/;

const ENGINE = 'socket.io/?EIO=4&transport=';
const TIMEOUT_MS = 5000;

function withTimeout<T>(work: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([work, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), TIMEOUT_MS))]);
}

/** The server's own health check: does this phone still reach the laptop at all? */
async function reachesServer(base: URL): Promise<boolean> {
  try {
    const response = await fetch(new URL('healthz', base), { cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}

/** An engine.io handshake over HTTP long-polling, closed again at once; `crowded` when the laptop refused it. */
async function pollingWorks(base: URL): Promise<boolean | 'crowded'> {
  try {
    const open = await fetch(new URL(`${ENGINE}polling&t=${Date.now().toString(36)}`, base), { cache: 'no-store' });
    if (!open.ok) return CROWDED.test(await open.text()) ? 'crowded' : false;
    const body = await open.text();
    const handshake = /^0(\{.*\})/.exec(body)?.[1];
    const sid = handshake ? (JSON.parse(handshake) as { sid?: unknown }).sid : undefined;
    if (typeof sid !== 'string') return false;
    // Packet "1" closes the engine.io session, so the check leaves nothing behind on the laptop.
    void fetch(new URL(`${ENGINE}polling&sid=${encodeURIComponent(sid)}`, base), { method: 'POST', body: '1' }).catch(
      () => undefined,
    );
    return true;
  } catch {
    return false;
  }
}

/** An engine.io handshake over a WebSocket. */
function webSocketWorks(base: URL): Promise<boolean> {
  return new Promise((resolve) => {
    let socket: WebSocket;
    try {
      const url = new URL(`${ENGINE}websocket`, base);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      socket = new WebSocket(url);
    } catch {
      resolve(false);
      return;
    }
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      socket.onmessage = socket.onerror = socket.onclose = null;
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), TIMEOUT_MS);
    socket.onmessage = (event) => done(typeof event.data === 'string' && event.data.startsWith('0'));
    socket.onerror = () => done(false);
    socket.onclose = () => done(false);
  });
}

/** What a student needs to know: can this phone answer live, and how. */
export async function checkNetwork(base: URL): Promise<NetworkCheck> {
  if (!(await withTimeout(reachesServer(base), false))) return 'lost';
  const [polling, webSocket] = await Promise.all([withTimeout(pollingWorks(base), false), webSocketWorks(base)]);
  if (polling === 'crowded') return 'crowded';
  if (polling && webSocket) return 'live';
  return polling || webSocket ? 'slow' : 'noLive';
}

useNamespaces(['common', 'network']);
await setLanguage(preferredLanguage());
const t = (key: string, options?: Record<string, unknown>): string => translator().t(key, options);
document.title = t('network:pageTitle');

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') =>
  Object.assign(document.createElement(tag), { textContent: text, className });

const main = element('main', '', 'network');
const status = element('p', t('network:checking'), 'status');
status.setAttribute('role', 'status');
const again = element('button', t('network:again'));
again.type = 'button';
const join = element('a', t('network:join'), 'button primary');
join.href = 'join';
const actions = element('p', '', 'actions');
actions.append(join, again);
main.append(
  element('h1', t('network:title')),
  element('p', t('network:reached', { address: location.host }), 'reached'),
  status,
  ...lastJoin(),
  actions,
  element('p', t('network:tips'), 'tips'),
);
document.body.replaceChildren(main);

/** Why this phone's last try to join failed, when the join page noted it (on this phone only). */
function lastJoin(): HTMLElement[] {
  let store: Storage | undefined;
  try {
    store = localStorage;
  } catch {
    return [];
  }
  const trouble = lastJoinTrouble(store);
  return trouble ? [element('p', t(`network:lastJoin.${trouble}`), 'last-join')] : [];
}

async function check(): Promise<void> {
  again.disabled = true;
  status.dataset.result = 'checking';
  status.textContent = t('network:checking');
  const result = await checkNetwork(new URL('./', location.href));
  status.dataset.result = result;
  status.textContent = t(`network:${result}`);
  again.disabled = false;
}
again.addEventListener('click', () => void check());
void check();
