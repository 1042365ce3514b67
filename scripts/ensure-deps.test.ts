/**
 * The install helper run before `npm start` (scripts/ensure-deps.mjs), in a kit folder of the test's own with an
 * `npm` that only writes down how it was called: a complete copy of the folder starts without installing (no
 * network needed), whatever hidden files the copy lost; a copy missing a package, holding another version, or
 * lacking this system's binary installs again.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const helper = join(import.meta.dirname, 'ensure-deps.mjs');
const otherPlatform = process.platform === 'win32' ? 'darwin' : 'win32';

let kit: string;
let bin: string;
beforeEach(() => {
  kit = mkdtempSync(join(tmpdir(), 'pb-ensure-deps-'));
  bin = mkdtempSync(join(tmpdir(), 'pb-fake-npm-'));
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> "${join(bin, 'calls')}"\n`);
  chmodSync(join(bin, 'npm'), 0o755);
  const packages: Record<string, object> = {
    '': { name: 'kit', version: '1.0.0' },
    'node_modules/lit': { version: '3.3.3' },
    'node_modules/vite': { version: '8.3.8', dev: true },
    'node_modules/vite/node_modules/picomatch': { version: '4.0.2', dev: true },
    [`node_modules/@rolldown/binding-${process.platform}`]: {
      version: '1.0.0',
      optional: true,
      os: [process.platform],
      cpu: [process.arch],
    },
    [`node_modules/@rolldown/binding-${otherPlatform}`]: {
      version: '1.0.0',
      optional: true,
      os: [otherPlatform],
      cpu: ['x64'],
    },
    'node_modules/fsevents-like': { version: '2.0.0', optional: true },
  };
  writeFileSync(join(kit, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages }));
  // What `npm ci` leaves on this machine: every package for it, no other platform's, no optional one that failed.
  for (const [path, entry] of Object.entries(packages)) {
    if (!path || path.includes(otherPlatform) || path.endsWith('fsevents-like')) continue;
    mkdirSync(join(kit, path), { recursive: true });
    writeFileSync(join(kit, path, 'package.json'), JSON.stringify({ version: (entry as { version: string }).version }));
  }
});
afterEach(() => {
  rmSync(kit, { recursive: true, force: true });
  rmSync(bin, { recursive: true, force: true });
});

/** Runs the helper in the kit folder; returns how npm was called. */
function run(): string[] {
  execFileSync(process.execPath, [helper], {
    cwd: kit,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` },
    stdio: 'pipe',
  });
  const calls = join(bin, 'calls');
  return existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : [];
}

describe('before npm start', () => {
  it('installs nothing for a complete copy of the folder, with no stamp or hidden file in node_modules', () => {
    expect(existsSync(join(kit, 'node_modules', '.package-lock.json'))).toBe(false);
    expect(run()).toEqual([]);
  });

  it('installs on the first run, with no node_modules', () => {
    rmSync(join(kit, 'node_modules'), { recursive: true });
    expect(run()).toEqual(['ci --no-audit --no-fund']);
  });

  it('installs when a package is missing, even one nested in another', () => {
    rmSync(join(kit, 'node_modules/vite/node_modules/picomatch'), { recursive: true });
    expect(run()).toEqual(['ci --no-audit --no-fund']);
  });

  it('installs when the lock asks for another version (after a git pull)', () => {
    const lock = JSON.parse(readFileSync(join(kit, 'package-lock.json'), 'utf8'));
    lock.packages['node_modules/lit'].version = '3.4.0';
    writeFileSync(join(kit, 'package-lock.json'), JSON.stringify(lock));
    expect(run()).toEqual(['ci --no-audit --no-fund']);
  });

  it("installs when the copy came from another system and lacks this one's binary", () => {
    rmSync(join(kit, `node_modules/@rolldown/binding-${process.platform}`), { recursive: true });
    expect(run()).toEqual(['ci --no-audit --no-fund']);
  });
});
