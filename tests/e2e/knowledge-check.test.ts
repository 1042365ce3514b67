/**
 * The knowledge check and the session rating through the built kit on the real server: the presenter starts a
 * session on "Spot the script", the console pairs from the speaker notes, five phones join by the code (the join
 * page in Chromium) and answer "paying guarantees it stops" at the start and again at the end; the console shows
 * the class's change as totals and the export holds it. The rating's counts reach the console only from its
 * fifth answer, and never the projector.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, kitContext, sharedBrowser } from './browser';
import { startClassSession } from './live-class';

const baseUrl = inject('baseUrl');
const phoneOptions = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'en-GB' };
const PAYING = 'Paying the blackmailer guarantees that it stops.';
const USEFUL = 'How useful was this session for you?';

const browser = sharedBrowser();

/** What an element shows, its shadow root included, whitespace folded. */
const shownText = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => `${el.shadowRoot?.textContent ?? ''} ${el.textContent}`.replace(/\s+/g, ' '));

/** Answers the poll showing on a phone (a radio button by its name) and waits for the receipt. */
async function answer(phone: Page, question: string, choice: RegExp): Promise<void> {
  await phone.getByText(question).first().waitFor();
  const send = phone.getByRole('button', { name: 'Send my answer' });
  await send.waitFor();
  await phone.getByRole('radio', { name: choice }).check();
  await send.click();
  await phone.getByText('Answer received').first().waitFor();
}

/** A poll in the console, by its question (a slide may hold two). */
const consolePoll = (console_: Page, question: string) =>
  console_.locator('pb-console .poll').filter({ hasText: question });

/** Opens a poll from the console, waits until it is open, and returns once every phone may answer it. */
async function openPoll(console_: Page, question: string): Promise<void> {
  const poll = consolePoll(console_, question);
  await poll.getByRole('button', { name: 'Open the poll' }).click();
  await poll.getByRole('button', { name: 'Close the poll' }).waitFor();
}

async function closePoll(console_: Page, question: string): Promise<void> {
  const poll = consolePoll(console_, question);
  await poll.getByRole('button', { name: 'Close the poll' }).click();
  await poll.getByRole('button', { name: 'Reopen' }).waitFor();
}

/** The knowledge check's rows as the console shows them: question, start, end, change. */
const checkRows = (console_: Page) =>
  console_
    .locator('pb-session-evaluation')
    .evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
        [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
      ),
    );

const ratingText = (console_: Page) =>
  console_
    .locator('pb-session-evaluation')
    .evaluate(
      (el) => el.shadowRoot!.querySelector('[aria-labelledby="rating-title"]')?.textContent?.replace(/\s+/g, ' ') ?? '',
    );

describe('the knowledge check and the session rating', () => {
  it(
    'shows the class’s change and the rating in the console only, from the minimum, and exports both',
    { timeout: 240_000 },
    async () => {
      const presenterKit = await kitContext(browser, baseUrl, {
        locale: 'en-GB',
        viewport: { width: 1280, height: 720 },
      });
      const presenter = await presenterKit.newPage();
      const code = await startClassSession(presenter, `${baseUrl}/present.html?deck=spot-the-script&lang=en#/2`, 5);
      const joinUrl = `${baseUrl}/join?code=${code}`;
      const pairing = presenter.locator('.reveal section.present aside.notes a').first();
      await pairing.waitFor({ state: 'attached' });
      const consoleUrl = new URL((await pairing.getAttribute('href'))!, presenter.url()).href;

      const consoleKit = await kitContext(browser, baseUrl, { ...phoneOptions, viewport: { width: 400, height: 800 } });
      const console_ = await consoleKit.newPage();
      await console_.goto(consoleUrl);
      await console_.getByText(/student(s)? connected/).waitFor();

      const phoneKits = [];
      const phones: Page[] = [];
      for (let i = 0; i < 5; i++) {
        const kit = await kitContext(browser, baseUrl, phoneOptions);
        const page = await kit.newPage();
        await page.goto(joinUrl);
        await page.getByText('Wait for the next question').first().waitFor();
        phoneKits.push(kit);
        phones.push(page);
      }
      await console_.getByText('5 students connected').waitFor();

      // At the start: two of five know that paying guarantees nothing.
      await presenter.goto(`${baseUrl}/present.html?deck=spot-the-script&lang=en#/4`);
      await consolePoll(console_, PAYING).waitFor();
      await openPoll(console_, PAYING);
      for (const [i, phone] of phones.entries()) await answer(phone, PAYING, i < 2 ? /^False/ : /^True/);
      await closePoll(console_, PAYING);

      // At the end, the same question: four of five.
      await presenter.goto(`${baseUrl}/present.html?deck=spot-the-script&lang=en#/13`);
      await consolePoll(console_, PAYING).waitFor();
      await openPoll(console_, PAYING);
      for (const [i, phone] of phones.entries()) await answer(phone, PAYING, i < 4 ? /^False/ : /^True/);
      await expect
        .poll(() => checkRows(console_), { timeout: 15_000 })
        .toEqual([[PAYING, '2 of 5 right (40%)', '4 of 5 right (80%)', '+40 points']]);
      await closePoll(console_, PAYING);

      // The rating: the projector never shows it; the console shows its counts from the fifth answer on.
      await presenter.goto(`${baseUrl}/present.html?deck=spot-the-script&lang=en#/14`);
      await consolePoll(console_, USEFUL).waitFor();
      await openPoll(console_, USEFUL);
      for (const phone of phones.slice(0, 4)) await answer(phone, USEFUL, /^4/);
      await expect.poll(() => ratingText(console_), { timeout: 15_000 }).toContain('4 so far: 1 more answer needed');
      expect(await ratingText(console_)).not.toContain('Average');
      await answer(phones[4]!, USEFUL, /^5/);
      await expect.poll(() => ratingText(console_), { timeout: 15_000 }).toContain('Average: 4.2');
      const projected = presenter.locator('.reveal section.present pb-poll').filter({ hasText: USEFUL });
      expect(await shownText(presenter, '.reveal section.present pb-poll')).toContain(
        'Only the facilitator sees these answers',
      );
      await expect.poll(() => projected.evaluate((el) => el.shadowRoot!.textContent)).toContain('5 answers');
      expect(await projected.evaluate((el) => el.shadowRoot!.querySelector('.bars'))).toBeNull();
      expect(await projected.getByRole('button', { name: 'Show the results' }).count()).toBe(0);
      expect(await consolePoll(console_, USEFUL).getByRole('button', { name: 'Show the results' }).count()).toBe(0);
      await expectAccessible(console_);
      await expectAccessible(presenter);

      // The export, by keyboard: the change as class totals and the rating.
      const download = console_.waitForEvent('download');
      await console_.getByRole('button', { name: 'Export (CSV)' }).focus();
      await console_.keyboard.press('Enter');
      const csv = readFileSync((await (await download).path())!, 'utf8');
      expect(csv).toContain(`spot-the-script.paying-stops-it,knowledge_check,${PAYING},5,before,2,,,40%,`);
      expect(csv).toContain(
        `spot-the-script.paying-stops-it-after,knowledge_check,${PAYING},5,after,4,,,80%,right answers: 40% → 80%`,
      );
      expect(csv).toContain(`spot-the-script.session-useful,rating,${USEFUL},5,4,4,,,,`);
      const jsonDownload = console_.waitForEvent('download');
      await console_.getByRole('button', { name: 'Export (JSON)' }).click();
      const json = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8')) as {
        knowledgeCheck: unknown[];
        rating: unknown[];
      };
      expect(json.knowledgeCheck).toEqual([
        expect.objectContaining({
          question: PAYING,
          before: expect.objectContaining({ answerCount: 5, correct: 2 }),
          after: expect.objectContaining({ answerCount: 5, correct: 4 }),
        }),
      ]);
      expect(json.rating).toEqual([expect.objectContaining({ answerCount: 5, mean: 4.2 })]);

      for (const kit of [...phoneKits, presenterKit, consoleKit]) {
        kit.assertClean();
        await kit.context.close();
      }
    },
  );
});
