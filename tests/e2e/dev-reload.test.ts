import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decksPlugin } from '../../scripts/decks/vite-plugin';
import { scenariosPlugin } from '../../scripts/ink/vite-plugin';
import { launch } from './browser';

const root = join(import.meta.dirname, '../..');
let decksDir: string;
let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  // A copy of the decks, so the test can edit one without touching the kit's own.
  decksDir = mkdtempSync(join(tmpdir(), 'pb-dev-decks-'));
  cpSync(join(root, 'decks/welcome'), join(decksDir, 'welcome'), { recursive: true });
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [decksPlugin({ decksDir }), scenariosPlugin({ decksDir })],
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(decksDir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('reloads a deck when its author saves it, and shows a broken deck in the error overlay', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.resolvedUrls!.local[0]}present.html?deck=welcome&lang=en`);
    const heading = page.locator('.reveal .slides section.present h1').first();
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Welcome');

    const file = join(decksDir, 'welcome/en.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('# Welcome\n', '# Welcome, edited\n'));
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Welcome, edited');

    writeFileSync(file, original.replace(/\nNote:\n/, '\n'));
    await expect
      .poll(() => page.locator('vite-error-overlay').evaluate((el) => el.shadowRoot!.textContent), { timeout: 15_000 })
      .toMatch(/welcome\/en\.md:\d+: slide 1 has no speaker notes/);
    await page.close();
  });
});
