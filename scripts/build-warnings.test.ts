/**
 * `npm run build` says nothing but what it built: no warning of a deprecated option (the service worker's build
 * used rollup's `inlineDynamicImports`, which Vite 8 deprecates), so that a real warning is not lost among them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

it('builds the kit without a warning', { timeout: 180_000 }, async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pb-build-'));
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
    );
    const said = `${stdout}\n${stderr}`.split('\n').filter((line) => /warn|deprecat/i.test(line));
    expect(said).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
