/**
 * LAN hosting: a phone that reaches the laptop only by its Wi-Fi address checks the network, joins through the
 * address the join slide shows (never "localhost") and answers a poll. The server listens on this machine's own LAN address
 * only, so nothing here contacts another host.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lanAddresses } from '../../server/addresses';
import { createApplication, type Application } from '../../server/app';
import { SqliteSessionStore } from '../../server/store/sqlite-session-store';
import { expectAccessible, kitContext, launch } from './browser';

const lan = lanAddresses()[0];
const distDir = inject('distDir');

let browser: Browser;
let app: Application;
let store: SqliteSessionStore;
let dataDir: string;
let origin: string;

beforeAll(async () => {
  if (!lan) return;
  browser = await launch();
  dataDir = mkdtempSync(join(tmpdir(), 'pb-e2e-lan-'));
  store = new SqliteSessionStore({ dir: dataDir });
  app = await createApplication({ distDir, store });
  const { port } = await app.listen(0, lan);
  origin = `http://${lan}:${port}`;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Shows the first slide of the presenter holding `selector`. */
async function goToSlideWith(page: Page, selector: string): Promise<void> {
  await page.locator('.reveal.ready').waitFor();
  const hash = await page.evaluate((wanted) => {
    const stacks = [...document.querySelectorAll('.reveal .slides > section')];
    for (const [h, stack] of stacks.entries()) {
      const nested = [...stack.querySelectorAll(':scope > section')];
      for (const [v, slide] of (nested.length ? nested : [stack]).entries())
        if (slide.querySelector(wanted)) return nested.length ? `#/${h}/${v}` : `#/${h}`;
    }
    return '';
  }, selector);
  expect(hash, `a slide with ${selector}`).not.toBe('');
  await page.evaluate((target) => (location.hash = target), hash);
  await page.locator(`.reveal .slides section.present ${selector}`).first().waitFor();
}

describe.skipIf(!lan)('a phone on the same Wi-Fi', () => {
  it('joins at the LAN address shown on the join slide and answers a poll', async () => {
    const laptop = await kitContext(browser, origin, { locale: 'en-GB' });
    const presenter = await laptop.newPage();
    await presenter.goto(`${origin}/present.html?deck=welcome&lang=en`);
    await goToSlideWith(presenter, 'pb-join');
    await presenter.getByRole('button', { name: 'Start a class session' }).click();
    const shown = presenter.locator('.reveal .slides section.present pb-join .url');
    await expect.poll(() => shown.textContent()).toMatch(/:\d+\/join$/);
    const address = (await shown.textContent())!;
    expect(address).toBe(`${lan}:${new URL(origin).port}/join`);
    expect(address).not.toMatch(/localhost|127\.0\.0\.1/);
    const code = (await presenter.locator('pb-join [part="code"] .visually-hidden').textContent())!.replace(/\s/g, '');
    // The console's pairing link, in the speaker notes, uses the same address.
    await expect
      .poll(() => presenter.locator('.reveal .slides section.present aside.notes a').first().getAttribute('href'))
      .toMatch(new RegExp(`^http://${lan.replace(/\./g, '\\.')}:\\d+/console#`));

    // The phone reaches nothing but the laptop's LAN address.
    const phone = await kitContext(browser, `http://${address.split('/')[0]}`, {
      ...devices['Pixel 5'],
      locale: 'en-GB',
    });
    const blocked: string[] = [];
    await phone.context.route('**/*', (route) => {
      if (new URL(route.request().url()).hostname === lan) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const student = await phone.newPage();
    // First the "check the network" page, as a student whose phone would not join; it leads to the join page.
    await student.goto(`http://${address.replace(/join$/, 'network')}`);
    await expect
      .poll(() => student.getByRole('status').textContent())
      .toBe('Live answers work: you can join the class.');
    expect(await student.getByText(`Yes: this phone reached the kit at ${address.split('/')[0]}.`).count()).toBe(1);
    await expectAccessible(student);
    await student.getByRole('link', { name: 'Join the class' }).click();
    await student.waitForURL(`http://${address}`);
    await student.getByLabel('The code on the screen').fill(code);
    await student.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => student.getByText('You’re in!').count()).toBe(1);

    await goToSlideWith(presenter, 'pb-poll');
    await presenter.getByRole('button', { name: 'Open the poll' }).click();
    await student.getByRole('radio', { name: 'Anyone may pass' }).check();
    await student.getByRole('button', { name: 'Send my answer' }).click();
    await expect.poll(() => student.getByText('Answer received').count()).toBe(1);
    await expect
      .poll(() => presenter.locator('.reveal .slides section.present pb-poll').getByText('Open: 1 answer').count())
      .toBe(1);

    expect(blocked).toEqual([]);
    phone.assertClean();
    laptop.assertClean();
    await phone.context.close();
    await laptop.context.close();
  });
});
