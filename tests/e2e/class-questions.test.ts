/**
 * The question box with "me too" and a co-facilitator, through the built kit on a real server of its own (so the
 * test can read its SQLite file): the presenter starts a session, two consoles pair from the same link, three
 * phones join, one asks two questions, both consoles approve the first at the same moment (one approval, both
 * agree), the phones say "me too", the consoles list the questions by count, and the file ties no "me too" to a
 * seat or to another question's; the first console then makes a separate link for a third adult and revokes it.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ME_TOO_PREFIX } from '../../protocol/questions';
import { sharedTestServer } from '../../server/transport/test-harness';
import { expectAccessible, kitContext, sharedBrowser } from './browser';
import { startClassSession } from './live-class';

const distDir = inject('distDir');
const phoneOptions = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'en-GB' };

// A server of its own, so the test can read its SQLite file.
const server = sharedTestServer({ distDir });
const browser = sharedBrowser();

/** The approved questions as a console lists them: text and count, top first. */
const consoleQuestions = (page: Page) =>
  page
    .locator('pb-console ol.questions li')
    .evaluateAll((items) => items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));

/** Each entry's status as a console's moderation queue shows it. */
const queueText = (page: Page) =>
  page.locator('pb-moderation-queue').evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

describe('questions, "me too" and two consoles', () => {
  it(
    'counts "me too" once per phone, sorts the consoles by it, keeps nothing linkable, and two consoles agree',
    { timeout: 150_000 },
    async () => {
      const presenterKit = await kitContext(browser, server.url, {
        locale: 'en-GB',
        viewport: { width: 1280, height: 720 },
      });
      const presenter = await presenterKit.newPage();
      const code = await startClassSession(presenter, `${server.url}/present.html?deck=welcome&lang=en#/1`, 3);
      const pairing = presenter.locator('.reveal section.present aside.notes a');
      const consoleUrl = new URL((await pairing.first().getAttribute('href'))!, presenter.url()).href;

      // Two adults, two phones: the same pairing link on both.
      const consoles: Page[] = [];
      const consoleKits = [];
      for (let i = 0; i < 2; i++) {
        const kit = await kitContext(browser, server.url, { ...phoneOptions, viewport: { width: 400, height: 800 } });
        consoleKits.push(kit);
        const page = await kit.newPage();
        await page.goto(consoleUrl);
        await page.getByText(/student(s)? connected/).waitFor();
        consoles.push(page);
      }

      const phoneKits = [];
      const phones: Page[] = [];
      for (let i = 0; i < 3; i++) {
        const kit = await kitContext(browser, server.url, phoneOptions);
        phoneKits.push(kit);
        const page = await kit.newPage();
        await page.goto(`${server.url}/join?code=${code}`);
        await page.getByText('Wait for the next question').first().waitFor();
        phones.push(page);
      }
      for (const page of consoles) await page.getByText('3 students connected').first().waitFor();
      // Phones here against what a phone's hotspot usually lets in.
      await consoles[0]!.getByText('3 phones here. A phone’s hotspot often lets in only 5 to 10 phones').waitFor();

      // One student asks two questions, by keyboard.
      for (const text of ['Can they really find my school?', 'Is it illegal to pay?']) {
        await phones[0]!.getByLabel('Your question').fill(text);
        await phones[0]!.getByLabel('Your question').press('Tab');
        await phones[0]!.keyboard.press('Enter');
        await phones[0]!.getByText('Question sent').first().waitFor();
      }
      for (const page of consoles) await page.getByText('Is it illegal to pay?').first().waitFor();

      // Both consoles approve the first question at the same moment: one approval, and both say so. Each button
      // is found first, then both are pressed at once (a press that lands after the other console's approval
      // reached this one meets a button already gone from the list, as a finger would).
      const approveFirst = consoles.map((page) =>
        page
          .locator('pb-moderation-queue li', { hasText: 'Can they really find my school?' })
          .getByRole('button', { name: 'Approve' }),
      );
      const buttons = await Promise.all(approveFirst.map((button) => button.elementHandle()));
      await Promise.all(buttons.map((button) => button!.evaluate((b) => (b as HTMLButtonElement).click())));
      await consoles[1]!
        .locator('pb-moderation-queue li', { hasText: 'Is it illegal to pay?' })
        .getByRole('button', { name: 'Approve' })
        .click();
      for (const page of consoles) {
        await expect.poll(() => consoleQuestions(page)).toHaveLength(2);
        await expect.poll(() => queueText(page)).toMatch(/approved.*approved/);
      }
      expect(await queueText(consoles[0]!)).toBe(await queueText(consoles[1]!));
      const stored = await server.store.load((await server.store.loadAll()).at(-1)!.id);
      expect(stored!.moderation.entries.filter((e) => e.status === 'approved')).toHaveLength(2);
      expect(stored!.meToo).toHaveLength(2);

      // The phones show both questions; "me too": all three on the second, one on the first, one twice.
      for (const page of phones) await page.getByText('Questions from the class').first().waitFor();
      const meToo = (page: Page, text: string) =>
        page.locator('li', { hasText: text }).getByRole('button', { name: /Me too|You said/ });
      for (const page of phones) {
        await meToo(page, 'Is it illegal to pay?').click();
        await expect.poll(() => meToo(page, 'Is it illegal to pay?').getAttribute('aria-pressed')).toBe('true');
      }
      // By keyboard: focus the button, press Space.
      await meToo(phones[1]!, 'Can they really find my school?').focus();
      await phones[1]!.keyboard.press('Space');
      await meToo(phones[1]!, 'Can they really find my school?').click(); // a second tap counts once
      await phones[1]!.getByText('You said “me too”').first().waitFor();

      for (const page of consoles) {
        await expect
          .poll(() => consoleQuestions(page))
          .toEqual(['Is it illegal to pay? 3 “me too”', 'Can they really find my school? 1 “me too”']);
      }
      await expectAccessible(phones[1]!);
      await expectAccessible(consoles[0]!);

      // Under the minimum of five, no phone (nor the projector) sees a count.
      expect(await phones[2]!.locator('pb-join-app').evaluate((el) => el.shadowRoot!.textContent)).not.toMatch(
        /\d+ said “me too”/,
      );

      // The SQLite file: each question's "me too" ballot keys sorted, none shared between questions, no seat.
      await server.app.polling.idle();
      const db = new Database(server.store.path, { readonly: true });
      const rows = db
        .prepare<[], { poll_id: string; answers: string }>(
          `SELECT poll_id, answers FROM poll_answers WHERE poll_id LIKE '${ME_TOO_PREFIX}%'`,
        )
        .all();
      db.close();
      const keys = rows.map((row) => (JSON.parse(row.answers) as [string, unknown][]).map(([key]) => key));
      expect(keys.map((k) => k.length).sort()).toEqual([1, 3]);
      for (const list of keys) expect(list).toEqual([...list].sort());
      expect(keys[0]!.filter((key) => keys[1]!.includes(key))).toEqual([]);
      const file = readFileSync(server.store.path).toString('latin1');
      for (const page of phones) {
        const secret = await page.evaluate(() => localStorage.getItem('pb-device-secret'));
        expect(secret).toBeTruthy();
        expect(file).not.toContain(JSON.parse(secret!) as string);
      }

      // A separate link for a third adult, made by keyboard on the first console, then revoked there.
      const invite = consoles[0]!.getByRole('button', { name: 'Make a link for a second console' });
      await invite.focus();
      await consoles[0]!.keyboard.press('Enter');
      const coLink = (await consoles[0]!.locator('pb-console a.co-link').getAttribute('href'))!;
      expect(coLink).not.toContain(new URL(consoleUrl).hash.match(/key=([^&]+)/)![1]);
      await expectAccessible(consoles[0]!);
      const coKit = await kitContext(browser, server.url, { ...phoneOptions, viewport: { width: 400, height: 800 } });
      const co = await coKit.newPage();
      await co.goto(coLink);
      await co.getByText('3 students connected').first().waitFor();
      await co.getByText('Is it illegal to pay?').first().waitFor();
      // Only the first console may make or revoke links.
      await co.getByRole('button', { name: 'Make a link for a second console' }).click();
      await co.getByText('Only the first console').first().waitFor();
      // By keyboard too (focus needs no stable layout while the other screens keep updating this one).
      await consoles[0]!.getByRole('button', { name: 'Revoke this link' }).focus();
      await consoles[0]!.keyboard.press('Enter');
      await consoles[0]!.getByText('Link revoked').first().waitFor();
      await co.getByText('The first console revoked this link').first().waitFor();
      await co.reload();
      await co
        .getByText(/no longer works|revoked/)
        .first()
        .waitFor();
      expect(await co.getByText('3 students connected').count()).toBe(0);
      await expectAccessible(co);

      for (const kit of [...phoneKits, ...consoleKits, presenterKit, coKit]) {
        kit.assertClean();
        await kit.context.close();
      }
    },
  );
});
