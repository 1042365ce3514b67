/**
 * `npm run export:pdf`: prints every facilitator guide (deck × language) and student handout (country ×
 * language) to PDF with headless Chromium, from the kit built into a temporary folder and served by the kit's
 * own server. The PDFs land in printables/ with a stamp of what they were made from; the next build copies them
 * into the kit, where the home links them, as long as decks, strings and help numbers have not changed since
 * (scripts/printables/vite-plugin.ts). Nothing is fetched from anywhere else: fonts are the kit's own.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { createApplication } from '../server/app.ts';
import { SqliteSessionStore } from '../server/store/sqlite-session-store.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { compileDecks } from './decks/vite-plugin.ts';
import {
  helpCountries,
  PRINTABLES_DIR,
  printables,
  printablesStamp,
  STAMP_FILE,
  type Printable,
  type Stamp,
} from './printables/catalog.ts';

export interface RenderedPrintable extends Printable {
  readonly path: string;
  readonly pages: number;
  /** The sheets that did not fit one page even in smaller type (the page count then grows). */
  readonly overflow?: string;
}

// The document's title and the page number, in the bottom margin of every page.
const FOOTER = `<div style="width:100%;padding:0 15mm;font:9px sans-serif;color:#454a57;display:flex;justify-content:space-between">
  <span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;

/** Counts the pages of a PDF that Chromium wrote: one `/Type /Page` object per page. */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}

/** Prints each printable of `list` from the kit served at `baseUrl` into `outDir`. */
export async function renderPrintables(options: {
  readonly baseUrl: string;
  readonly outDir: string;
  readonly list: readonly Printable[];
  readonly browser: Browser;
}): Promise<RenderedPrintable[]> {
  const { baseUrl, outDir, list, browser } = options;
  mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  const rendered: RenderedPrintable[] = [];
  try {
    for (const printable of list) {
      await page.goto(`${baseUrl}/${printable.page}`);
      await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30_000 });
      const overflow = (await page.getAttribute('html', 'data-overflow')) ?? undefined;
      const path = join(outDir, printable.file);
      const pdf = await page.pdf({
        path,
        preferCSSPageSize: true,
        printBackground: true,
        // Tagged: headings, lists and tables reach screen readers; the text stays searchable and copyable.
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
      });
      rendered.push({ ...printable, path, pages: pdfPageCount(pdf), ...(overflow ? { overflow } : {}) });
    }
  } finally {
    await context.close();
  }
  return rendered;
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const outDir = resolve(root, PRINTABLES_DIR);
  const decks = compileDecks(join(root, 'decks'), root);
  const list = printables(decks, helpCountries(root));

  const distDir = mkdtempSync(join(tmpdir(), 'pb-print-dist-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-print-data-'));
  console.log('Building the kit…');
  await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const store = new SqliteSessionStore({ dir: dataDir });
  const app = await createApplication({ distDir, store });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const { port } = await app.listen(0, '127.0.0.1');
    mkdirSync(outDir, { recursive: true });
    for (const old of readdirSync(outDir)) if (old.endsWith('.pdf') || old === STAMP_FILE) rmSync(join(outDir, old));
    console.log(`Printing ${list.length} PDFs into ${PRINTABLES_DIR}/…`);
    const rendered = await renderPrintables({ baseUrl: `http://127.0.0.1:${port}`, outDir, list, browser });
    const stamp: Stamp = {
      stamp: printablesStamp(root, decks),
      pages: Object.fromEntries(rendered.map((r) => [r.file, r.pages])),
    };
    writeFileSync(join(outDir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
    for (const r of rendered) console.log(`  ${r.file}: ${r.pages} page${r.pages === 1 ? '' : 's'}`);
    const long = rendered.filter((r) => r.overflow);
    for (const r of long) console.warn(`  ! ${r.file}: longer than one page even in smaller type: ${r.overflow}`);
    console.log(`Done: ${rendered.length} PDFs. "npm run build" (or "npm start") puts them on the kit home.`);
    if (long.length) process.exitCode = 1;
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    rmSync(distDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
