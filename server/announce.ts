/**
 * What `npm start` prints for the person running the session: where to open the kit on this computer, every
 * address phones can use (the one the join slide shows first), a QR code of that join address to check with a
 * phone, and the "check the network" page for a phone that cannot join.
 */
import { encode } from 'uqr';
import type { LanInterface } from './addresses';

/**
 * A QR code drawn with half blocks, two modules a character line, in black on white whatever the terminal's
 * colours (many phone cameras cannot read a code in white on black).
 */
export function terminalQr(text: string): string {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const paint = (line: string): string => `\x1b[30;107m${line}\x1b[0m`;
  const lines: string[] = [];
  for (let y = 0; y < data.length; y += 2) {
    const top = data[y]!;
    const bottom = data[y + 1];
    let line = '';
    for (let x = 0; x < top.length; x++) {
      const up = top[x];
      const down = bottom?.[x] ?? false;
      line += up && down ? '█' : up ? '▀' : down ? '▄' : ' ';
    }
    lines.push(paint(line));
  }
  return lines.join('\n');
}

/** A base URL from `PUBLIC_URL` or `--public-url`, with its trailing slash; undefined and a reason if unusable. */
export function parsePublicUrl(value: string | undefined): { url?: string; problem?: string } {
  if (!value) return {};
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'it must start with http://' };
    return { url: `${url.origin}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}` };
  } catch {
    return { problem: 'it is not a web address' };
  }
}

export interface AnnounceOptions {
  readonly port: number;
  readonly interfaces: readonly LanInterface[];
  readonly publicUrl?: string;
  readonly dataDir: string;
  /** Draw the QR code (a terminal; not a log file). */
  readonly qr: boolean;
}

export function announce({ port, interfaces, publicUrl, dataDir, qr }: AnnounceOptions): string {
  const bases = [
    ...(publicUrl ? [{ url: publicUrl, name: 'PUBLIC_URL' }] : []),
    ...interfaces
      .map(({ name, address }) => ({ url: `http://${address}:${port}/`, name }))
      .filter(({ url }) => url !== publicUrl),
  ];
  const lines = ['Payboy workshop kit is running.', `  On this computer:  http://localhost:${port}/`];
  const first = bases[0];
  if (!first) {
    lines.push(
      '  No network found: only this computer can open the kit. The slides still work;',
      '  polls count a show of hands. For phones, join a Wi-Fi or a phone hotspot, then restart.',
    );
  } else {
    lines.push("  Students' phones (same Wi-Fi or hotspot) join at:");
    const width = Math.max(...bases.map(({ url }) => url.length)) + 4;
    bases.forEach(({ url, name }, i) =>
      lines.push(`    ${`${url}join`.padEnd(width)} (${name}${i === 0 ? ', on the join slide' : ''})`),
    );
    if (qr) lines.push(terminalQr(`${first.url}join`));
    lines.push(
      `  Scan it with your phone: if the join page opens, phones reach this computer.`,
      `  A phone that cannot join can check the network at ${first.url}network`,
    );
    if (bases.length > 1)
      lines.push(
        '  Phones cannot open the first address? Choose another on the join slide, or start with',
        `  npm start -- --public-url ${bases[1]!.url}`,
      );
  }
  lines.push(`  Sessions are kept in ${dataDir}`, 'Press Ctrl+C to stop.');
  return lines.join('\n');
}
