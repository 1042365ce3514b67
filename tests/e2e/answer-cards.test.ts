/**
 * Answer cards end to end: Chromium's fake camera films a class of 30 holding up cards (a frame this test draws
 * and writes as a .y4m), the facilitator scans them on a poll slide of the built kit, and the poll's counts are
 * the cards' answers. Also: the scanner's code loads only then, the offline kit holds it, and the card sheets.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { renderPrintables } from '../../scripts/export-pdf';
import { printables } from '../../scripts/printables/catalog';
import { classroom, renderFrame, y4m } from '../../scripts/cards/classroom-frame';
import { expectAccessible, kitContext } from './browser';
import { Console, pairingLink, Phone, startClassSession, until } from './live-class';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const dir = mkdtempSync(join(tmpdir(), 'pb-cards-'));
let browser: Browser;

/** The poll of the quick session the test scans: its answers' ids, in the letters' order. */
const POLL = 'what-seems-off';

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A Chromium whose camera films `video` (a separate launch: the fake camera is a browser-wide flag). */
function withCamera(video: string): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...(chromiumLaunchOptions.args ?? []),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
      '--use-fake-ui-for-media-stream',
    ],
  });
}

describe('answer cards', () => {
  it('scans a class of 30 on a poll slide: the poll counts the cards’ answers', async () => {
    const presenterProbe = await kitContext(browser, baseUrl);
    const probe = await presenterProbe.newPage();
    await probe.goto(`${baseUrl}/present.html?deck=quick-session&lang=en`);
    await probe.locator(`pb-poll#${POLL}`).waitFor({ state: 'attached' });
    // The poll's answers, in the order the card letters take them.
    const answers = await probe.locator(`pb-poll#${POLL} pb-option`).evaluateAll((options) => options.map((o) => o.id));
    await presenterProbe.context.close();
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(answers.length).toBeLessThanOrEqual(4);

    const scene = classroom(30, 41, {}, answers.length);
    const video = join(dir, 'class.y4m');
    writeFileSync(video, y4m(scene.width, scene.height, renderFrame(scene)));
    const expected = Object.fromEntries(
      answers.map((id, letter) => [id, scene.cards.filter((card) => card.letter === letter).length]),
    );

    const camera = await withCamera(video);
    try {
      const kit = await kitContext(camera, baseUrl);
      await kit.context.grantPermissions(['camera'], { origin: baseUrl });
      const page = await kit.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(`${baseUrl}/present.html?deck=quick-session&lang=en`);
      await page.locator(`pb-poll#${POLL}`).waitFor({ state: 'attached' });
      const slide = await page.evaluate((id) => {
        const stacks = [...document.querySelectorAll('.reveal .slides > section')];
        const h = stacks.findIndex((stack) => stack.querySelector(`pb-poll#${id}`));
        const nested = [...stacks[h]!.querySelectorAll(':scope > section')];
        const v = nested.findIndex((s) => s.querySelector(`pb-poll#${id}`));
        return v >= 0 ? `${h}/${v}` : `${h}`;
      }, POLL);
      await page.evaluate((hash) => (location.hash = hash), `#/${slide}`);
      const poll = page.locator(`pb-poll#${POLL}`);
      const scanButton = poll.getByRole('button', { name: 'Scan cards' });
      await scanButton.waitFor();
      const before = new Set(scripts);

      // Keyboard only: focus the button, Enter.
      await scanButton.focus();
      await page.keyboard.press('Enter');
      const scanner = page.locator('pb-card-scan');
      const dialog = scanner.getByRole('dialog', { name: 'Scan the answer cards' });
      await dialog.waitFor();
      // The detector came in its own chunk, only now.
      const loaded = scripts.filter((url) => !before.has(url));
      expect(loaded.length).toBeGreaterThan(0);
      const detectorChunk = loaded.find((url) =>
        readFileSync(join(distDir, new URL(url).pathname), 'utf8').includes('ARUCO_MIP_36h12'),
      );
      expect(detectorChunk, 'the chunk with the detector').toBeDefined();
      // ...which the offline kit precaches with every other file.
      const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
      expect(sw).toContain(new URL(detectorChunk!).pathname.replace(/^\//, ''));

      const scan = dialog.getByRole('button', { name: 'Scan', exact: true });
      // The camera starts (a refused or missing one would say so in the alert).
      await expect
        .poll(async () => ((await scan.isEnabled()) ? 'on' : await dialog.getByRole('alert').textContent()), {
          timeout: 30_000,
        })
        .toBe('on');
      const requestsDuringScan: string[] = [];
      page.on('request', (request) => requestsDuringScan.push(request.url()));
      await scan.focus();
      await page.keyboard.press('Enter');
      const status = dialog.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/\d+ cards? read/);
      expect((await status.textContent())!.trim()).toBe('30 cards read');
      await expectAccessible(page);

      // Scan again: the same 30 cards count once.
      await dialog.getByRole('button', { name: 'Scan again' }).click();
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^\s*30 cards read\s*$/);
      await dialog.getByRole('button', { name: 'Add 30 answers to the poll' }).click();
      await scanner.waitFor({ state: 'detached' });
      expect(requestsDuringScan, 'nothing sent while scanning').toEqual([]);

      const counted = Object.fromEntries(
        await Promise.all(
          answers.map(async (id) => [id, Number((await poll.locator(`#hands-${id}`).inputValue()) || 0)] as const),
        ),
      );
      expect(counted).toEqual(expected);
      await expect.poll(() => poll.locator('.status').first().textContent()).toContain('30 hands in total');
      // The camera is off once the view is closed.
      expect(await page.evaluate(() => document.querySelector('pb-card-scan'))).toBeNull();
      kit.assertClean();
      await kit.context.close();
    } finally {
      await camera.close();
    }
  }, 180_000);

  it('adds 30 scanned cards to the answers of 3 phones in a live poll: the revealed results count both', async () => {
    // Two answers (true, false), in the letters' order: A is "true", B is "false".
    const scene = classroom(30, 41, {}, 2);
    const video = join(dir, 'live-class.y4m');
    writeFileSync(video, y4m(scene.width, scene.height, renderFrame(scene)));
    const cards = [0, 1].map((letter) => scene.cards.filter((card) => card.letter === letter).length);

    const camera = await withCamera(video);
    const phones: Phone[] = [];
    let console_: Console | undefined;
    try {
      const kit = await kitContext(camera, baseUrl, { locale: 'en-GB', viewport: { width: 1280, height: 720 } });
      await kit.context.grantPermissions(['camera'], { origin: baseUrl });
      const presenter = await kit.newPage();
      // A hotspot that lets in a few phones: 3 answer on phones, the rest of the class holds up cards.
      const code = await startClassSession(presenter, `${baseUrl}/present.html?deck=spot-the-script&lang=en#/2`, 3);
      console_ = await Console.pair(baseUrl, await pairingLink(presenter));
      for (let i = 0; i < 3; i++) phones.push(await Phone.join(baseUrl, code));

      await presenter.goto(`${baseUrl}/present.html?deck=spot-the-script&lang=en#/4`);
      const poll = presenter.locator('pb-poll#paying-stops-it');
      await poll.getByRole('button', { name: 'Open the poll' }).click();
      await phones[0]!.answer('paying-stops-it', { kind: 'quiz', optionId: 'true' });
      await phones[1]!.answer('paying-stops-it', { kind: 'quiz', optionId: 'false' });
      await phones[2]!.answer('paying-stops-it', { kind: 'quiz', optionId: 'false' });

      await poll.getByRole('button', { name: 'Scan cards' }).click();
      const scanner = presenter.locator('pb-card-scan');
      const dialog = scanner.getByRole('dialog', { name: 'Scan the answer cards' });
      const scan = dialog.getByRole('button', { name: 'Scan', exact: true });
      await expect.poll(() => scan.isEnabled(), { timeout: 30_000 }).toBe(true);
      await scan.click();
      const status = dialog.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/\d+ cards? read/);
      // A card missed at the back of the room: "Scan again" catches it, as the facilitator would.
      for (let again = 0; again < 3 && !/^\s*30 cards read\s*$/.test((await status.textContent())!); again++) {
        await dialog.getByRole('button', { name: 'Scan again' }).click();
        await expect
          .poll(() => dialog.getByRole('button', { name: 'Scan again' }).isEnabled(), { timeout: 60_000 })
          .toBe(true);
      }
      expect((await status.textContent())!.trim()).toBe('30 cards read');
      await dialog.getByRole('button', { name: 'Add 30 answers to the poll' }).click();
      await scanner.waitFor({ state: 'detached' });

      const id = 'spot-the-script.paying-stops-it';
      await until(console_.connection, (s) => s.views[id]?.answerCount === 33, '33 answers in the console');
      expect(console_.connection.state.views[id]?.paperCount).toBe(30);
      await expect
        .poll(() => poll.evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ')))
        .toContain('Open: 33 answers (30 answers on cards)');

      await poll.getByRole('button', { name: 'Show the results' }).click();
      await until(
        console_.connection,
        (s) => s.views[id]?.revealed === true && s.views[id]?.results.state === 'shown',
        'the results revealed',
      );
      const results = console_.connection.state.views[id]!.results;
      expect(results.state === 'shown' && results.tally).toMatchObject({
        counts: [
          { optionId: 'true', count: 1 + cards[0]! },
          { optionId: 'false', count: 2 + cards[1]! },
        ],
      });
      await expectAccessible(presenter);
      kit.assertClean();
      await kit.context.close();
    } finally {
      for (const phone of phones) phone.close();
      console_?.close();
      await camera.close();
    }
  }, 180_000);

  it('prints 40 cards, one per page or four, with the guide’s instructions first', async () => {
    const kit = await kitContext(browser, baseUrl);
    const page = await kit.newPage();
    for (const [per, sheets] of [
      ['1', 40],
      ['4', 10],
    ] as const) {
      await page.goto(`${baseUrl}/cards.html?lang=fr&per=${per}`);
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      expect(await page.locator('.card-sheet').count()).toBe(sheets);
      expect(await page.locator('.card-sheet .card').count()).toBe(40);
      await expect.poll(() => page.locator('.how').textContent()).toContain('au hasard');
      await expect.poll(() => page.locator('.how').textContent()).toContain('Ramassez toutes les cartes');
      // Letters on the four edges, and no name anywhere on a card.
      expect(await page.locator('.card-sheet .card').first().locator('.letter').allTextContents()).toEqual([
        'A',
        'B',
        'C',
        'D',
      ]);
      await expectAccessible(page);
    }
    // The facilitator guide says the same before the session, and its cover still fits its page.
    for (const lang of ['fr', 'nl', 'en', 'de']) {
      await page.goto(`${baseUrl}/guide.html?deck=spot-the-script&lang=${lang}`);
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      const checklist = (await page.locator('.checklist').first().textContent())!;
      expect(checklist).toMatch(/(shuffle|mélangez|schud|mischen)/);
      expect(await page.getAttribute('html', 'data-overflow')).toBeNull();
    }
    kit.assertClean();
    await kit.context.close();
    expect(readdirSync(distDir)).toContain('cards.html');

    // npm run export:pdf's way: a first page of instructions, then 40 pages of one card or 10 of four.
    const list = printables([], []).filter((p) => p.kind === 'cards' && p.lang === 'nl');
    expect(list.map((p) => p.file).sort()).toEqual(['cards-1-per-page-nl.pdf', 'cards-4-per-page-nl.pdf']);
    const rendered = await renderPrintables({ baseUrl, outDir: join(dir, 'pdf'), list, browser });
    expect(Object.fromEntries(rendered.map((r) => [r.file, r.pages]))).toEqual({
      'cards-1-per-page-nl.pdf': 41,
      'cards-4-per-page-nl.pdf': 11,
    });
  }, 180_000);
});
