import Reveal from 'reveal.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import type { ActivityHost, HostState } from '../activity-host';
import { qrCode } from '../qr-code';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-join';
import type { PbJoin } from './pb-join';

function fakeHost(state: HostState): ActivityHost & { set(state: HostState): void } {
  const listeners = new Set<() => void>();
  const host = {
    state,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
    view: () => undefined,
    startSession: vi.fn(async () => ({ ok: true as const })),
    continueWithoutPhones: vi.fn(),
    openPoll: vi.fn(),
    closePoll: vi.fn(),
    revealPoll: vi.fn(),
    set(next: HostState) {
      host.state = next;
      for (const listener of listeners) listener();
    },
  };
  return host as unknown as ActivityHost & { set(state: HostState): void };
}

async function join(host: ActivityHost): Promise<PbJoin> {
  const element = document.createElement('pb-join');
  element.activityHost = host;
  return mount(element);
}

const live: HostState = {
  mode: 'live',
  joinCode: 'ABC234',
  joinUrl: 'http://192.168.1.23:8080/join',
  students: 12,
  online: true,
};

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-join>', () => {
  it('shows the code, the LAN address to type and a QR code carrying both', async () => {
    const el = await join(fakeHost(live));
    const text = shadowText(el);
    expect(text).toContain('192.168.1.23:8080/join');
    expect(el.shadowRoot!.querySelector('[part="code"]')!.textContent!.replace(/\s/g, '')).toContain('ABC234');
    expect(text).toContain('12 phones connected');
    const qr = el.shadowRoot!.querySelector('svg[part="qr"]')!;
    expect(qr.getAttribute('aria-label')).toBe('QR code that opens 192.168.1.23:8080/join with the code');
    expect(qr.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(el.shadowRoot!.innerHTML).not.toMatch(/key/i);
    await expectAccessible();
  });

  it("puts the deck's language in the QR code's link, so phones open the join page in it", async () => {
    await setLanguage('de');
    const el = await join(fakeHost(live));
    const drawn = el.shadowRoot!.querySelector('svg[part="qr"] path')!.getAttribute('d');
    expect(drawn).toBe(qrCode('http://192.168.1.23:8080/join?code=ABC234&lang=de').path);
  });

  it("shows a hosted server's longer code in groups of three, and spells it out for a screen reader", async () => {
    const el = await join(fakeHost({ ...live, joinCode: 'ABC234DEF' }));
    const code = el.shadowRoot!.querySelector('[part="code"]')!;
    expect([...code.querySelectorAll('[aria-hidden="true"] > span')].map((s) => s.textContent)).toEqual([
      'ABC',
      '234',
      'DEF',
    ]);
    expect(code.querySelector('.visually-hidden')!.textContent).toBe('A B C 2 3 4 D E F');
  });

  it('moves the focus from Start to the join code once the session is live, never to the page', async () => {
    const host = fakeHost({ mode: 'ready' });
    const el = await join(host);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.focus();
    await userEvent.keyboard('{Enter}');
    host.set({ mode: 'starting' });
    await el.updateComplete;
    host.set(live);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('[part="code"]'));
    await expectAccessible();
  });

  it('offers the facilitator to start a session, or to go on without phones, from the keyboard', async () => {
    const host = fakeHost({ mode: 'ready' });
    const el = await join(host);
    const [start, without] = el.shadowRoot!.querySelectorAll('button');
    expect(start!.textContent!.trim()).toBe('Start a class session');
    start!.focus();
    await userEvent.keyboard('{Enter}');
    // Nobody typed a class size: the session starts for the default class of 30.
    expect(host.startSession).toHaveBeenCalledExactlyOnceWith(30);
    without!.click();
    expect(host.continueWithoutPhones).toHaveBeenCalledOnce();
    await expectAccessible();

    host.set({ mode: 'starting' });
    await el.updateComplete;
    expect(shadowText(el)).toContain('Starting the class session');
    host.set(live);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg[part="qr"]')).not.toBeNull();
  });

  it('asks how many students, and starts the session for the number typed', async () => {
    const host = fakeHost({ mode: 'ready' });
    const el = await join(host);
    const field = el.shadowRoot!.querySelector('input')!;
    // Labelled for a screen reader, with what the number does, next to the start button.
    expect(field.labels![0]!.textContent!.trim()).toBe('How many students?');
    expect(field.value).toBe('30');
    expect(el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toContain(
      'wait until you let them in from the console',
    );
    expect([field.min, field.max]).toEqual(['1', '500']);
    await expectAccessible();

    await userEvent.fill(field, '24');
    await userEvent.keyboard('{Enter}'); // Enter in the field starts, like the button
    expect(host.startSession).toHaveBeenCalledExactlyOnceWith(24);
  });

  it('offers the class size this laptop used last, and brings phones back with it after a show of hands', async () => {
    const host = fakeHost({ mode: 'show-of-hands', canGoLive: true });
    Object.assign(host, { classSize: 17 });
    const el = await join(host);
    const field = el.shadowRoot!.querySelector('input')!;
    expect(field.value).toBe('17');
    el.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() => expect(host.startSession).toHaveBeenCalledExactlyOnceWith(17));
    await expectAccessible();
  });

  it('refuses a class size the server would refuse, and says which numbers it takes', async () => {
    const host = fakeHost({ mode: 'ready' });
    const el = await join(host);
    const field = el.shadowRoot!.querySelector('input')!;
    const start = el.shadowRoot!.querySelector('button')!;
    for (const typed of ['0', '501', '2.5', '']) {
      await userEvent.fill(field, typed);
      start.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toBe(
        'Type a number of students from 1 to 500.',
      );
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(el.shadowRoot!.activeElement).toBe(field);
    }
    expect(host.startSession).not.toHaveBeenCalled();
    await expectAccessible();

    await userEvent.fill(field, '500');
    start.click();
    await vi.waitFor(() => expect(host.startSession).toHaveBeenCalledExactlyOnceWith(500));
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps the keys typed in the class size in the field: they never move the slides', async () => {
    const deck = document.createElement('div');
    deck.className = 'reveal';
    deck.innerHTML = '<div class="slides"><section></section><section>Next</section></div>';
    const element = document.createElement('pb-join');
    element.activityHost = fakeHost({ mode: 'ready' });
    const joinSlide = deck.querySelector('section')!;
    joinSlide.append(element);
    document.body.replaceChildren(deck);
    // The test's frame is narrow: without scrollActivationWidth, reveal would turn into its scroll view.
    const reveal = new Reveal(deck, { embedded: true, hash: false, transition: 'none', scrollActivationWidth: 0 });
    await reveal.initialize();
    await element.updateComplete;
    try {
      const field = element.shadowRoot!.querySelector('input')!;
      field.focus();
      await userEvent.keyboard('{ArrowUp}');
      expect(field.value).toBe('31');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      expect(field.value).toBe('29');
      await userEvent.keyboard('{ArrowRight}{ArrowLeft}[Space]{PageDown}');
      expect(field.value).toBe('29');
      expect(reveal.getCurrentSlide()).toBe(joinSlide);

      // The same key outside the field is the deck's: this test would see a slide change.
      (document.activeElement as HTMLElement | null)?.blur();
      await userEvent.keyboard('{ArrowRight}');
      expect(reveal.getCurrentSlide()).toBe(joinSlide.nextElementSibling);
    } finally {
      reveal.destroy();
    }
  });

  it('says so when a session cannot start', async () => {
    const host = fakeHost({ mode: 'ready' });
    host.startSession = vi.fn(async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'x' } }));
    const el = await join(host);
    el.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('could not start'),
    );
  });

  it('says to try again in a few minutes when the server refuses a start for the rate', async () => {
    const host = fakeHost({ mode: 'ready' });
    host.startSession = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'rate_limited' as const, message: 'too many sessions started on this server just now' },
    }));
    const el = await join(host);
    el.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('Try again in a few minutes'),
    );
  });

  it('runs by show of hands without a server, in the deck’s language', async () => {
    await setLanguage('fr');
    const el = await join(fakeHost({ mode: 'show-of-hands', canGoLive: false }));
    expect(shadowText(el)).toContain('à main levée');
    expect(el.shadowRoot!.querySelector('button')).toBeNull();
    await expectAccessible();
  });

  it('lets the facilitator show another address when the laptop has several', async () => {
    const other = 'http://10.42.0.1:8080/join';
    const host = fakeHost({ ...live, joinUrls: [live.joinUrl, other] });
    host.chooseJoinUrl = vi.fn((url: string) => host.set({ ...live, joinUrl: url, joinUrls: [live.joinUrl, other] }));
    const el = await join(host);
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['192.168.1.23:8080', '10.42.0.1:8080']);
    await userEvent.selectOptions(select, other);
    expect(host.chooseJoinUrl).toHaveBeenCalledWith(other);
    await el.updateComplete;
    expect(shadowText(el)).toContain('10.42.0.1:8080/join');
    await expectAccessible();

    // Arrows in the list choose an address: they never reach reveal.js on the document.
    const slideKeys = vi.fn();
    document.addEventListener('keydown', slideKeys);
    select.focus();
    await userEvent.keyboard('{ArrowUp}');
    document.removeEventListener('keydown', slideKeys);
    expect(slideKeys).not.toHaveBeenCalled();
    expect(host.chooseJoinUrl).toHaveBeenLastCalledWith(live.joinUrl);

    // One address: nothing to choose.
    host.set(live);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')).toBeNull();
  });

  it('tells the room when the presenter lost its connection', async () => {
    const el = await join(fakeHost({ ...live, online: false }));
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('reconnecting');
  });
});
