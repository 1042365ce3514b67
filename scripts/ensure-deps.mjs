// Runs before `npm start` and `npm test`: installs the locked dependencies when node_modules does not hold them,
// so a fresh clone needs no other step. Plain JavaScript: it runs before any dependency (TypeScript runner
// included) is there.
//
// It looks at what node_modules holds, package by package, not at a stamp: a kit folder copied to a laptop with
// no internet (a USB stick, a zip, a sync tool that leaves hidden files behind) is as good as installed when every
// locked package is there at its version, and starts without reaching for the network. A copy from another
// system (its platform's binaries missing) or another Node.js (the SQLite module built for it) is installed again,
// or rebuilt, instead of failing later in the middle of a session.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** glibc or musl on Linux (npm's `libc` field), else undefined. Asked once: a report takes a while. */
let libcFound;
function libc() {
  if (process.platform !== 'linux') return undefined;
  libcFound ??= process.report?.getReport().header.glibcVersionRuntime ? 'glibc' : 'musl';
  return libcFound;
}

/** Whether a field of the lock (`os`, `cpu`, `libc`: a list, `!` for "all but") admits `value`. */
function admits(list, value) {
  if (!list) return true;
  if (value === undefined) return !list.some((item) => !item.startsWith('!'));
  if (list.includes(`!${value}`)) return false;
  return list.includes(value) || list.every((item) => item.startsWith('!'));
}

/** The locked packages this machine needs that node_modules lacks or holds at another version. */
export function missingPackages(root = '.') {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  // npm ci leaves the development packages out under NODE_ENV=production (or --omit=dev): so does this check.
  const withoutDev = process.env.NODE_ENV === 'production' || /\bdev\b/.test(process.env.npm_config_omit ?? '');
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!path.startsWith('node_modules/') || entry.link || entry.inBundle || (withoutDev && entry.dev)) continue;
    const forThisMachine =
      admits(entry.os, process.platform) && admits(entry.cpu, process.arch) && admits(entry.libc, libc());
    // Another platform's binary is not installed here; an optional package with no platform may fail to install.
    if (!forThisMachine || (entry.optional && !entry.os && !entry.cpu)) continue;
    let version;
    try {
      version = JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8')).version;
    } catch {
      version = undefined;
    }
    if (version !== entry.version) missing.push(`${path.slice('node_modules/'.length)}@${entry.version}`);
  }
  return missing;
}

/** Whether the SQLite store's native module loads in this Node.js (a copy may hold one built for another). */
function sqliteLoads(root = '.') {
  if (!existsSync(join(root, 'node_modules', 'better-sqlite3'))) return true;
  try {
    execFileSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
      cwd: root,
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const missing = missingPackages();
  if (missing.length) {
    console.log(
      existsSync('node_modules')
        ? `Dependencies changed (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}): running npm ci…`
        : 'First run: installing dependencies (npm ci)…',
    );
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  } else if (!sqliteLoads()) {
    console.log(
      'The SQLite module was built for another Node.js or system: rebuilding it (npm rebuild better-sqlite3)…',
    );
    execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  }
}
