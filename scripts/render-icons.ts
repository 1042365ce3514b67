/**
 * Renders the installed kit's icons (public/icons/*.png) from its own artwork, public/favicon.svg, with
 * headless Chromium. The PNGs are committed, so building the kit needs no browser; run this again after
 * changing the artwork: `npx tsx scripts/render-icons.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const PAPER = '#fbfaf6';

interface Icon {
  readonly file: string;
  readonly size: number;
  /** Share of the square the artwork fills (a maskable icon keeps it inside the central safe circle). */
  readonly scale: number;
  readonly background?: string;
}

export const ICONS: readonly Icon[] = [
  { file: 'icon-192.png', size: 192, scale: 1 },
  { file: 'icon-512.png', size: 512, scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.7, background: PAPER },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.82, background: PAPER },
];

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  mkdirSync(join(root, 'public/icons'), { recursive: true });
  for (const { file, size, scale, background } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const art = Math.round(size * scale);
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background ?? 'transparent'}">
        <img alt="" width="${art}" height="${art}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">
      </body>`,
    );
    const png = await page.screenshot({ omitBackground: !background, type: 'png' });
    writeFileSync(join(root, 'public/icons', file), png);
    console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
