/**
 * The presenter's `ActivityHost`: a live class session over socket.io when the kit's server is there, the
 * show-of-hands fallback when it is not (a static copy) or when the facilitator goes on without phones.
 *
 * The session ({sessionId, joinCode, facilitatorKey}) is the class's, not the deck's (ADR 12): kept once in
 * localStorage with the deck it is on, so the presenter, the speaker-notes window's previews and a console on the
 * same laptop share it, a reload carries on, and the next deck of the lesson continues it. The deck's poll ids
 * reach the session namespaced by the deck (`welcome.rule-that-matters`): two decks' polls never collide.
 */
import type { HostState, ActivityHost } from '../components/activity-host';
import type { DeckMove, DeckSlide } from '../protocol/deck';
import type { Ack, AckFailure } from '../protocol/errors';
import type { TextCount } from '../protocol/moderation';
import type { PollDefinitionInput } from '../protocol/poll';
import type { PollView } from '../protocol/views';
import type { Language } from '../i18n/languages';
import * as v from 'valibot';
import { ClassSizeSchema } from '../protocol/blind-ballot';
import { deckPollId } from '../protocol/deck';
import { CLASS_SESSION_KEY, forgetStoredSession, readStoredSession, type StoredSession } from './class-session-store';
import { FacilitatorConnection, connected, request, type FacilitatorSocket } from './facilitator-connection';

/** The LAN address the facilitator chose on the join slide, when the laptop has several. */
const JOIN_BASE_KEY = 'pb-join-base';
/** The class size last used on this laptop: the next deck is most often for the same class. */
const CLASS_SIZE_KEY = 'pb-class-size';

export { CLASS_SESSION_KEY, SESSION_KEY_PREFIX, readStoredSession, type StoredSession } from './class-session-store';

const withSlash = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

export interface LiveHostOptions {
  readonly deckId: string;
  readonly language: Language;
  /** Whose help resources the students see at the end (ISO code). */
  readonly country: string;
  /** The kit's LAN base URLs from `/api/network`, best first; null when there is no server (a static copy). */
  readonly network: readonly string[] | null;
  /** This page's origin, for when the laptop has no network address. */
  readonly origin: string;
  readonly storage?: Storage;
  /** Opens a socket.io connection; absent in the speaker view's previews, which show the session but never act. */
  readonly connect?: () => FacilitatorSocket;
}

const refused = (message: string): AckFailure => ({ ok: false, error: { code: 'forbidden', message } });

export class LiveActivityHost implements ActivityHost {
  state: HostState;

  readonly #options: LiveHostOptions;
  readonly #listeners = new Set<() => void>();
  readonly #moves = new Set<(move: DeckMove) => void>();
  #connection: FacilitatorConnection | undefined;
  #session: StoredSession | undefined;
  #slide: DeckSlide | undefined;
  /** Whether the session is on this deck yet (a session continued from the deck before is not, until told). */
  #onDeck = true;

  constructor(options: LiveHostOptions) {
    this.#options = options;
    this.state = options.network ? { mode: 'ready' } : { mode: 'show-of-hands', canGoLive: false };
    const stored = this.#continuable();
    if (stored) this.#goLive(stored);
  }

  /**
   * The laptop's class session, if this presenter may continue it: a deck in another language is for another
   * class (the phones and the free-text filter speak the session's), which starts its own. The country stays
   * the session's (see `country`).
   */
  #continuable(): StoredSession | undefined {
    const stored = this.#options.network ? readStoredSession(this.#options.storage) : undefined;
    if (!stored) return undefined;
    if (stored.language !== undefined && stored.language !== this.#options.language) return undefined;
    return stored;
  }

  /**
   * The session's country: the one a resumed session was started with (its phones show that country's help
   * at the end, so the slides follow it), else the one this presenter was opened with.
   */
  get country(): string {
    const started = this.#session?.country;
    return typeof started === 'string' && /^[A-Z]{2}$/.test(started) ? started : this.#options.country;
  }

  /**
   * The class size to offer: the live session's (as the console last set it), else the one this laptop last
   * started a session with, on any deck; absent before the first, and the join slide offers the default.
   */
  get classSize(): number | undefined {
    const live = this.#connection?.state.seats?.expected ?? this.#session?.classSize;
    if (v.is(ClassSizeSchema, live)) return live;
    let remembered: string | null | undefined;
    try {
      remembered = this.#options.storage?.getItem(CLASS_SIZE_KEY);
    } catch {
      remembered = undefined;
    }
    const size = Number(remembered ?? NaN);
    return v.is(ClassSizeSchema, size) ? size : undefined;
  }

  /** Where students join (the LAN address when there is one: a phone cannot reach "localhost"). */
  get joinUrl(): string {
    return `${this.#base}join`;
  }

  /** The console's pairing link: the key travels in the fragment, which a browser never sends to a server. */
  get pairingUrl(): string | undefined {
    const s = this.#session;
    return s && `${this.#base}console#${new URLSearchParams({ code: s.joinCode, key: s.facilitatorKey })}`;
  }

  /** Every address phones may join at (the server's LAN addresses, the likely one first). */
  get joinUrls(): string[] {
    return (this.#options.network ?? []).map((base) => `${withSlash(base)}join`);
  }

  chooseJoinUrl(url: string): void {
    const base = url.replace(/join$/, '');
    if (!this.joinUrls.includes(url)) return;
    try {
      this.#options.storage?.setItem(JOIN_BASE_KEY, base);
    } catch {
      return; // storage blocked: the first address stays
    }
    if (this.state.mode === 'live') this.#set({ ...this.state, joinUrl: this.joinUrl });
  }

  get #base(): string {
    const network = (this.#options.network ?? []).map(withSlash);
    let chosen: string | null | undefined;
    try {
      chosen = this.#options.storage?.getItem(JOIN_BASE_KEY);
    } catch {
      chosen = undefined;
    }
    return chosen && network.includes(chosen) ? chosen : (network[0] ?? `${this.#options.origin}/`);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls `listener` when the console moves the deck. */
  onDeckMove(listener: (move: DeckMove) => void): () => void {
    this.#moves.add(listener);
    return () => this.#moves.delete(listener);
  }

  /** The view of one of this deck's polls, under the id its author wrote. */
  view(pollId: string): PollView | undefined {
    const view = this.#connection?.state.views[this.#pollId(pollId)];
    return view && { ...view, pollId };
  }

  /** A poll id of this deck as the session knows it (ADR 12). */
  #pollId(pollId: string): string {
    return deckPollId(this.#options.deckId, pollId);
  }

  questions(): readonly TextCount[] {
    return this.#connection?.state.questions ?? [];
  }

  async startSession(classSize?: number): Promise<Ack> {
    const connect = this.#options.connect;
    if (!this.#options.network || !connect) return refused('no server, or a preview');
    const before = this.state;
    this.#set({ mode: 'starting' });
    const socket = connect();
    const ack = (await connected(socket))
      ? await request(socket, 'session:start', {
          language: this.#options.language,
          country: this.#options.country,
          deckId: this.#options.deckId,
          ...(classSize === undefined ? {} : { classSize }),
        })
      : refused('the server cannot be reached');
    if (!ack.ok) {
      socket.disconnect();
      this.#set(before);
      return ack;
    }
    const session: StoredSession = {
      sessionId: ack.sessionId,
      joinCode: ack.joinCode,
      facilitatorKey: ack.facilitatorKey,
      startedAt: Date.now(),
      country: this.#options.country,
      deckId: this.#options.deckId,
      language: this.#options.language,
      ...(classSize === undefined ? {} : { classSize }),
    };
    this.#store(session);
    this.#goLive(session, socket);
    return { ok: true };
  }

  continueWithoutPhones(): void {
    if (this.state.mode === 'ready') this.#set({ mode: 'show-of-hands', canGoLive: true });
  }

  openPoll(poll: PollDefinitionInput): Promise<Ack> {
    return this.#connection?.openPoll({ ...poll, id: this.#pollId(poll.id) }) ?? Promise.resolve(refused('no session'));
  }

  closePoll(pollId: string): Promise<Ack> {
    return this.#connection?.closePoll(this.#pollId(pollId)) ?? Promise.resolve(refused('no session'));
  }

  revealPoll(pollId: string): Promise<Ack> {
    return this.#connection?.revealPoll(this.#pollId(pollId)) ?? Promise.resolve(refused('no session'));
  }

  addPaperCounts(pollId: string, counts: readonly number[]): Promise<Ack> {
    return this.#connection?.addPaperCounts(this.#pollId(pollId), counts) ?? Promise.resolve(refused('no session'));
  }

  /**
   * Tells the console which slide is on screen and its polls, under the session's ids (again after every
   * reconnection, and once the session has moved on to this deck).
   */
  reportSlide(slide: DeckSlide): void {
    this.#slide = { ...slide, polls: slide.polls.map((poll) => ({ ...poll, id: this.#pollId(poll.id) })) };
    if (this.#connection?.state.joined && this.#onDeck) void this.#connection.reportSlide(this.#slide);
  }

  /** Picks up a session started in another window (the previews follow the presenter). */
  refresh(): void {
    const stored = this.#continuable();
    if (stored?.joinCode !== this.#session?.joinCode) {
      if (stored) this.#goLive(stored);
      else this.#drop();
    }
  }

  /** Keeps the session for a reload, the notes window, a console and the next deck, and its class size. */
  #store(session: StoredSession): void {
    try {
      this.#options.storage?.setItem(CLASS_SESSION_KEY, JSON.stringify(session));
      if (session.classSize !== undefined) this.#options.storage?.setItem(CLASS_SIZE_KEY, String(session.classSize));
    } catch {
      // not shared with the notes window or a reload, but this presenter still runs the session
    }
  }

  #goLive(session: StoredSession, socket?: FacilitatorSocket): void {
    this.#connection?.close();
    this.#connection = undefined;
    this.#session = session;
    const connect = this.#options.connect;
    if (connect) {
      const connection = new FacilitatorConnection(socket ?? connect(), session);
      this.#connection = connection;
      connection.subscribe(() => this.#follow(connection));
      this.#onDeck = session.deckId === undefined || session.deckId === this.#options.deckId;
      connection.onJoined(() => void this.#joined(connection));
      connection.onDeckMove((move) => this.#moves.forEach((listener) => listener(move)));
    }
    this.#set({
      mode: 'live',
      joinCode: session.joinCode,
      joinUrl: this.joinUrl,
      joinUrls: this.joinUrls,
      students: 0,
      online: !connect || (this.#connection?.state.joined ?? false),
    });
  }

  /** Mirrors the connection: online or not, and back to "ready" once the session is over or forgotten. */
  #follow(connection: FacilitatorConnection): void {
    const { joined, error, ended } = connection.state;
    if (ended || error === 'not_found' || error === 'forbidden' || error === 'session_ended') {
      this.#drop();
      return;
    }
    // The console's "admit more" or a new class size: a reload and the next deck's start follow it.
    const expected = connection.state.seats?.expected;
    if (this.#session && expected !== undefined && expected !== this.#session.classSize) {
      this.#session = { ...this.#session, classSize: expected };
      this.#store(this.#session);
    }
    if (this.state.mode === 'live') this.#set({ ...this.state, online: joined, students: connection.state.students });
    else this.#notify();
  }

  /**
   * After every (re)join: a session that was on another deck moves on to this one first (the phones start
   * afresh, ADR 12), then the console learns the slide on screen.
   */
  async #joined(connection: FacilitatorConnection): Promise<void> {
    if (!this.#onDeck) {
      const moved = await connection.continueWith(this.#options.deckId);
      if (!moved.ok || connection !== this.#connection) return; // the next join tries again
      this.#onDeck = true;
      if (this.#session) {
        this.#session = { ...this.#session, deckId: this.#options.deckId };
        this.#store(this.#session);
      }
    }
    if (this.#slide) void connection.reportSlide(this.#slide);
  }

  #drop(): void {
    this.#connection?.close();
    this.#connection = undefined;
    this.#session = undefined;
    forgetStoredSession(this.#options.storage);
    this.#set(this.#options.network ? { mode: 'ready' } : { mode: 'show-of-hands', canGoLive: false });
  }

  #set(state: HostState): void {
    this.state = state;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
