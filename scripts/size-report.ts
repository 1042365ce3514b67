/**
 * JavaScript weight of each page of the built kit, gzipped as a server would send it: the page's entry, every
 * chunk it imports statically, and the largest chunk it may load on demand (for the presenter: a deck).
 * `npm run size` prints it; an end-to-end test holds the budgets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip budgets in bytes (1 kB = 1000 bytes), per page. The join page runs on students' old phones. */
export const BUDGETS: Readonly<Record<string, number>> = {
  'index.html': 60_000,
  'present.html': 200_000,
  'join.html': 40_000,
  'console.html': 80_000,
  // Every activity at once, for authors and testers on a laptop: the presenter's budget.
  'activities.html': 200_000,
  // Students' phones again, when joining fails: no socket.io client, no Lit.
  'network.html': 12_000,
};

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

export interface PageWeight {
  readonly page: string;
  readonly gzipBytes: number;
  readonly files: readonly string[];
}

export function pageWeights(distDir: string): PageWeight[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const gz = (file: string): number => gzipSync(readFileSync(join(distDir, file))).length;

  const staticClosure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen);
    return seen;
  };

  return Object.keys(BUDGETS).map((page) => {
    const keys = staticClosure(page);
    const lazy = [...keys].flatMap((k) => manifest[k]?.dynamicImports ?? []).filter((k) => !keys.has(k));
    const largestLazy = lazy.sort((a, b) => gz(manifest[b]!.file) - gz(manifest[a]!.file))[0];
    const files = [...keys, ...(largestLazy ? [largestLazy] : [])]
      .map((k) => manifest[k]!.file)
      .filter((f) => f.endsWith('.js'));
    return { page, files, gzipBytes: files.reduce((sum, f) => sum + gz(f), 0) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2] ?? 'dist';
  for (const { page, gzipBytes, files } of pageWeights(distDir)) {
    const budget = BUDGETS[page]!;
    const verdict = gzipBytes <= budget ? 'within' : 'OVER';
    console.log(
      `${page}: ${(gzipBytes / 1000).toFixed(1)} kB gzip JS (${verdict} ${budget / 1000} kB) in ${files.length} files`,
    );
  }
}
