// The console's parts for "me too", the hotspot and a second adult, in the console itself (fake session).
import jsQR from 'jsqr';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import type { FacilitatorSession, FacilitatorState } from '../facilitator-session';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import { fakeFacilitatorSession } from './fake-facilitator-session';
import './pb-console';

const fakeSession = (patch: Partial<FacilitatorState> = {}) => fakeFacilitatorSession({ students: 3, ...patch });

async function open(session: FacilitatorSession) {
  const element = document.createElement('pb-console');
  element.session = session;
  await mount(element);
  return element.shadowRoot!;
}

/** What a phone's camera reads off the drawn QR code: the SVG rasterized at 8 pixels a module, then jsQR. */
async function readQr(code: SVGSVGElement): Promise<string | undefined> {
  const size = code.viewBox.baseVal.width * 8;
  const markup = new XMLSerializer().serializeToString(code);
  const image = new Image(size, size);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  return jsQR(context.getImageData(0, 0, size, size).data, size, size)?.data;
}

const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

beforeEach(async () => {
  await setLanguage('en');
  await page.viewport(375, 800);
});

describe('<pb-console> questions, hotspot and a second adult', () => {
  it('lists approved questions most "me too" first, with exact counts', async () => {
    const session = fakeSession({
      questions: [
        { id: 'e1', text: 'Can they find my school?', count: 1, meToo: null, meTooCount: 1 },
        { id: 'e2', text: 'Is it illegal to pay?', count: 2, meToo: null, meTooCount: 3 },
      ],
    });
    const root = await open(session);
    const items = [...root.querySelectorAll('ol.questions li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(['Is it illegal to pay? 3 “me too”', 'Can they find my school? 1 “me too”']);
    await expectAccessible();
  });

  it('shows the phones here against a hotspot’s usual limit, and what to do once it may be full', async () => {
    const session = fakeSession({ students: 3 });
    const root = await open(session);
    expect(shadowText(root.host)).toContain('3 phones here. A phone’s hotspot often lets in only 5 to 10 phones');
    session.set({ students: 9 });
    await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(root.host)).toContain('9 phones here: a hotspot may be full.');
    expect(shadowText(root.host)).toContain('answer in pairs');
  });

  it('makes a link for a second adult and revokes it, from the keyboard', async () => {
    const session = fakeSession();
    const root = await open(session);
    const host = root.host as HTMLElement & { updateComplete: Promise<unknown> };
    button(root, 'Make a link for a second console')!.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(root.querySelector('a.co-link')).not.toBeNull());
    const link = root.querySelector<HTMLAnchorElement>('a.co-link')!.href;
    expect(link).toMatch(/#code=ABC234&key=K{43}$/);
    // The colleague beside the facilitator scans it off this screen.
    const code = root.querySelector<SVGSVGElement>('svg[part="qr"]')!;
    expect(code.getAttribute('aria-label')).toBe('Their link as a QR code, for their phone’s camera');
    expect(await readQr(code)).toBe(link);
    await expectAccessible();
    button(root, 'Revoke this link')!.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(shadowText(root.host)).toContain('Link revoked: that console is cut off.'));
    await host.updateComplete;
    expect(root.querySelector('a.co-link')).toBeNull();
    expect(root.querySelector('svg[part="qr"]')).toBeNull();
    expect(session.revokeCoFacilitator).toHaveBeenCalledOnce();
  });

  it('says so on a console whose link was revoked', async () => {
    const root = await open(fakeSession({ joined: false, error: 'forbidden', revoked: true }));
    expect(shadowText(root.host)).toContain('The first console revoked this link.');
  });
});
