// Runs before `npm start` and `npm test`: installs the locked dependencies when node_modules is missing or
// older than package-lock.json, so a fresh clone needs no other step. Plain JavaScript: it runs before any
// dependency (TypeScript runner included) is there.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stamp = 'node_modules/.payboy-lock-hash';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';

if (installed !== lockHash) {
  console.log(
    existsSync('node_modules')
      ? 'Dependencies changed: running npm ci…'
      : 'First run: installing dependencies (npm ci)…',
  );
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, `${lockHash}\n`);
}
