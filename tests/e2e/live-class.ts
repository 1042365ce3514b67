/**
 * A class in an end-to-end test without a browser per student: each phone runs the join page's own connection
 * (app/student-connection.ts) and the console the facilitator's (app/facilitator-connection.ts) over socket.io in
 * the test's process, against the kit's real server. The projector stays a real presenter page: what the class
 * sees is measured there. No sleeps: every helper waits for the state it needs.
 */
import type { Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { MemoryStorage } from '../../app/memory-storage';
import { FacilitatorConnection, type FacilitatorSocket } from '../../app/facilitator-connection';
import { StudentConnection, type StudentSocket } from '../../app/student-connection';
import type { Answer } from '../../protocol/answer';

const WAIT_MS = 15_000;

/** Resolves once `test` holds for the session's state (checked now and after every change), or fails naming `what`. */
export function until<S>(
  session: { readonly state: S; subscribe(listener: () => void): () => void },
  test: (state: S) => boolean,
  what: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test(session.state)) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`waited ${WAIT_MS} ms for ${what}; state: ${JSON.stringify(session.state).slice(0, 400)}`));
    }, WAIT_MS);
    const stop = session.subscribe(() => {
      if (!test(session.state)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/** One student's phone, seated in the session of `joinCode`. */
export class Phone {
  readonly connection: StudentConnection;
  readonly #sockets: StudentSocket[] = [];

  private constructor(baseUrl: string) {
    this.connection = new StudentConnection({
      connect: () => {
        const socket: StudentSocket = io(baseUrl, { transports: ['websocket'], forceNew: true, autoConnect: false });
        this.#sockets.push(socket);
        return socket;
      },
      store: new MemoryStorage(),
      secretStore: new MemoryStorage(),
    });
  }

  /** A phone that typed the code and got its seat. */
  static async join(baseUrl: string, joinCode: string): Promise<Phone> {
    const phone = new Phone(baseUrl);
    phone.connection.join(joinCode);
    await until(phone.connection, (s) => s.phase === 'waiting' || s.phase === 'poll', `a seat in ${joinCode}`);
    return phone;
  }

  /**
   * Answers the open poll `pollId` (as the deck names it; the session knows it as `<deck>.<poll>`) once it shows,
   * and waits for the server's receipt.
   */
  async answer(pollId: string, answer: Answer): Promise<void> {
    const shown = (id = ''): boolean => id === pollId || id.endsWith(`.${pollId}`);
    await until(this.connection, (s) => s.phase === 'poll' && shown(s.poll?.id), `poll ${pollId} on a phone`);
    this.connection.answer(answer);
    await until(this.connection, (s) => s.answerStatus !== 'sending', `the answer to ${pollId} acknowledged`);
    const { answerStatus, answerError } = this.connection.state;
    if (answerStatus !== 'received') throw new Error(`the answer to ${pollId} was refused: ${answerError}`);
  }

  async ask(text: string): Promise<void> {
    const ack = await this.connection.ask(text);
    if (!ack.ok) throw new Error(`question refused: ${ack.error.code}`);
  }

  close(): void {
    for (const socket of this.#sockets) socket.disconnect();
  }
}

/** The facilitator console, paired by the link the join slide's speaker notes hold (`console#code=…&key=…`). */
export class Console {
  readonly connection: FacilitatorConnection;

  private constructor(connection: FacilitatorConnection) {
    this.connection = connection;
  }

  static async pair(baseUrl: string, pairingUrl: string): Promise<Console> {
    const fragment = new URLSearchParams(new URL(pairingUrl, baseUrl).hash.slice(1));
    const socket: FacilitatorSocket = io(baseUrl, { transports: ['websocket'], forceNew: true, autoConnect: false });
    const connection = new FacilitatorConnection(socket, {
      joinCode: fragment.get('code') ?? '',
      facilitatorKey: fragment.get('key') ?? '',
    });
    await until(connection, (s) => s.joined, 'the console paired');
    return new Console(connection);
  }

  /** Approves every entry waiting in the moderation queue once `count` have arrived (words, answers, questions). */
  async approveAll(count: number): Promise<void> {
    await until(
      this.connection,
      (s) => s.queue.filter((e) => e.status === 'pending').length >= count,
      `${count} entries waiting for approval`,
    );
    for (const entry of this.connection.state.queue.filter((e) => e.status === 'pending')) {
      // The server lets a connection send 40 messages at once, then 20 a second: a refused approval goes again.
      for (let attempt = 0; ; attempt++) {
        const ack = await this.connection.approve(entry.id);
        if (ack.ok) break;
        if (ack.error.code !== 'rate_limited' || attempt === 20) throw new Error(`approval refused: ${ack.error.code}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  close(): void {
    this.connection.close();
  }
}

/** The console's pairing link, as the join slide's speaker notes hold it once a session is live. */
export async function pairingLink(presenter: Page): Promise<string> {
  const link = presenter.locator('.reveal aside.notes .pb-pairing a').first();
  await link.waitFor({ state: 'attached' });
  return new URL((await link.getAttribute('href'))!, presenter.url()).href;
}

/** The join code on the projected join slide, once a session is live. */
export async function projectedJoinCode(presenter: Page): Promise<string> {
  const code = presenter.locator('.reveal section.present pb-join [part="code"] [aria-hidden]');
  await code.waitFor();
  return (await code.innerText()).replace(/\s/g, '');
}

/**
 * The presenter opens a deck's join slide (`slideUrl`, in English), starts a class session for `classSize`
 * students, and waits for the slide to show its QR code: the join code it then projects.
 */
export async function startClassSession(presenter: Page, slideUrl: string, classSize: number): Promise<string> {
  await presenter.goto(slideUrl);
  await presenter.getByRole('spinbutton', { name: 'How many students?' }).fill(String(classSize));
  await presenter.getByRole('button', { name: 'Start a class session' }).click();
  await presenter
    .locator('.reveal section.present pb-join')
    .getByRole('img', { name: /QR code that opens .*\/join/ })
    .waitFor();
  return projectedJoinCode(presenter);
}
