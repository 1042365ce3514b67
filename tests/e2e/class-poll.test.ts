/**
 * A whole class poll through the built kit on the real server: the presenter starts a session for a class of
 * three on the welcome deck's join slide, the console pairs from the speaker notes, three phones join by the
 * code and answer (a fourth waits until the console admits it), the facilitator reveals, and the projected slide
 * shows the right counts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, kitContext, sharedBrowser } from './browser';
import { startClassSession } from './live-class';

const baseUrl = inject('baseUrl');
const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'en-GB' };

const browser = sharedBrowser();

/** A phone that opens the join link and waits for its seat (`shows`: what it then shows). */
async function joinOnPhone(
  joinUrl: string,
  shows = 'Wait for the next question',
): Promise<{ page: Page; done: () => Promise<void> }> {
  const kit = await kitContext(browser, baseUrl, phone);
  const page = await kit.newPage();
  await page.goto(joinUrl);
  await page.getByText(shows).waitFor();
  return {
    page,
    done: async () => {
      kit.assertClean();
      await kit.context.close();
    },
  };
}

/** What an element shows, its shadow root included, whitespace folded. */
const shownText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => `${el.shadowRoot?.textContent ?? ''} ${el.textContent}`.replace(/\s+/g, ' '));

async function answer(page: Page, option: string): Promise<void> {
  await page.getByText('Which of our rules matters most to you?').waitFor();
  await page.getByRole('radio', { name: option }).check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await page.getByText('Answer received').waitFor();
}

describe('a class poll', () => {
  // Five browsers on two cores: give the whole class time.
  it(
    'runs from the presenter, the console and three phones, and shows the right counts',
    { timeout: 120_000 },
    async () => {
      const presenterKit = await kitContext(browser, baseUrl, {
        locale: 'en-GB',
        viewport: { width: 1280, height: 720 },
      });
      const presenter = await presenterKit.newPage();
      // The slide shows the join code, the address and a QR code.
      const code = await startClassSession(presenter, `${baseUrl}/present.html?deck=welcome&lang=en#/1`, 3);
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      // The phones reach this test server by loopback; the LAN address is tested by the hosting tests.
      const joinUrl = `${baseUrl}/join?code=${code}`;

      // The console's pairing link is only in the speaker notes, never on the projected slide.
      const pairing = presenter.locator(
        '.reveal section.present aside.notes a.pb-pairing-link, .reveal section.present aside.notes a',
      );
      const consoleUrl = await pairing.first().getAttribute('href');
      expect(consoleUrl).toMatch(/console(\.html)?#/);
      expect(await shownText(presenter, '.reveal section.present pb-join')).not.toMatch(/console/i);

      const consoleKit = await kitContext(browser, baseUrl, { ...phone, viewport: { width: 400, height: 800 } });
      const console_ = await consoleKit.newPage();
      await console_.goto(new URL(consoleUrl!, presenter.url()).href);
      await console_.getByText(/student(s)? connected/).waitFor();

      const students = [];
      for (let i = 0; i < 3; i++) students.push(await joinOnPhone(joinUrl));
      await console_.getByText('3 students connected').waitFor();
      await expectAccessible(students[0]!.page);

      // A fourth phone is past the class size typed on the join slide: it waits until the console admits it.
      const latecomer = await joinOnPhone(joinUrl, 'The class is full for now');
      await console_.getByText('1 phone is waiting for a seat.').waitFor();
      await console_.getByRole('button', { name: 'Admit 1 more' }).click();
      await latecomer.page.getByText('Wait for the next question').waitFor();
      await console_.getByText('Seats given: 4 of 4').waitFor();
      await latecomer.done();

      // The poll slide: the console follows the presenter and opens its poll.
      await presenter.goto(`${baseUrl}/present.html?deck=welcome&lang=en#/4`);
      await presenter.getByText('Which of our rules matters most to you?').first().waitFor();
      await console_.getByRole('button', { name: 'Open the poll' }).click();

      await answer(students[0]!.page, 'Respect, no judging');
      await answer(students[1]!.page, 'Anyone may pass');
      await answer(students[2]!.page, 'Anyone may pass');
      // A changed answer replaces the earlier one: still three answers.
      await students[2]!.page.getByRole('radio', { name: 'Respect, no judging' }).check();
      await students[2]!.page.getByRole('button', { name: /Send my (new )?answer/ }).click();
      await students[2]!.page.getByText('Answer received').waitFor();

      const slidePoll = () => shownText(presenter, '.reveal section.present pb-poll');
      await expect.poll(slidePoll, { timeout: 10_000 }).toContain('Open: 3 answers');
      // Nothing is shown before the reveal.
      expect(await slidePoll()).not.toMatch(/\b2 answers\b/);

      await console_.getByRole('button', { name: 'Close the poll' }).click();
      await console_.getByRole('button', { name: 'Show the results' }).click();
      await expect.poll(slidePoll, { timeout: 10_000 }).toMatch(/Respect, no judging.{0,40}2 answers/);
      expect(await slidePoll()).toMatch(/Anyone may pass.{0,40}1 answer\b/);
      await expectAccessible(presenter);
      await expectAccessible(console_);

      // The students' phones say the question is closed and their answer counts.
      await students[0]!.page.getByText('your answer counts').waitFor();

      for (const student of students) await student.done();
      presenterKit.assertClean();
      consoleKit.assertClean();
      await presenterKit.context.close();
      await consoleKit.context.close();
    },
  );
});
