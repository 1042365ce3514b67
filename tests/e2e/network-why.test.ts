/**
 * "Check the network" tells a phone that could not join why, when the phone knows: the join page notes its last
 * refusal (a wrong code, a full class) on the phone, and `/network` says it, with what to do.
 */
import { io } from 'socket.io-client';
import { describe, expect, inject, it } from 'vitest';
import type { ClientAck } from '../../protocol/client-events';
import { expectAccessible, kitContext, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'en-GB' };

const browser = sharedBrowser();

describe('the network check after a failed join', () => {
  it('says the code matched no class, then that the class was full, and passes axe', { timeout: 90_000 }, async () => {
    // A session for a class of one, started as the presenter would.
    const facilitator = io(baseUrl, { forceNew: true, transports: ['websocket'] });
    const started = await new Promise<ClientAck<'session:start'>>((resolve) =>
      facilitator.emit('session:start', { language: 'en', country: 'BE', classSize: 1 }, resolve),
    );
    if (!started.ok) throw new Error(started.error.message);
    const { joinCode, facilitatorKey } = started;
    await new Promise((resolve) => facilitator.emit('session:join', { joinCode, facilitatorKey }, resolve));

    const first = await kitContext(browser, baseUrl, phone);
    const seated = await first.newPage();
    await seated.goto(`${baseUrl}/join?code=${started.joinCode}`);
    await seated.getByText('Wait for the next question').first().waitFor();

    const kit = await kitContext(browser, baseUrl, phone);
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/join`);
    await page.getByLabel('The code on the screen').fill('ZZZ999');
    await page.getByLabel('The code on the screen').press('Enter');
    await page.getByText('No class has this code').first().waitFor();
    await page.goto(`${baseUrl}/network`);
    await page.getByText('Your last try to join: no class had that code').waitFor();
    await page.getByText(/Live answers work/).waitFor();
    await expectAccessible(page);

    // The class is full: the phone waits; the check says so and what to do.
    await page.goto(`${baseUrl}/join?code=${started.joinCode}`);
    await page.getByText('The class is full for now').first().waitFor();
    await page.goto(`${baseUrl}/network`);
    await page.getByText('Your last try to join: the class was full').waitFor();
    // Keyboard only: "Check again" is reachable and runs the check.
    await page.getByRole('button', { name: 'Check again' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Live answers work/).waitFor();

    // Once in, nothing is left to say.
    await page.goto(`${baseUrl}/join?code=${started.joinCode}`);
    await seated.close();
    // The console's "admit more".
    facilitator.emit('seats:expect', { classSize: 2 }, () => {});
    await page.getByText('Wait for the next question').first().waitFor({ timeout: 20_000 });
    await page.goto(`${baseUrl}/network`);
    await page.getByText(/Live answers work/).waitFor();
    expect(await page.getByText('Your last try to join').count()).toBe(0);

    facilitator.close();
    first.assertClean();
    kit.assertClean();
    await first.context.close();
    await kit.context.close();
  });
});
