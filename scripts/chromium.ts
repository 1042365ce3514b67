/**
 * How the kit drives a real browser: Debian's Chromium, never a browser downloaded by a test tool.
 * Shared by the component tests, the end-to-end tests and the PDF export.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  // Without the background-networking flags Chromium keeps trying to reach the internet.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
