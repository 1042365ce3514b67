// Runs before `npm test`: the browser tests need Debian's Chromium (test tools may not download browsers here), the
// Redis store's and the cluster's tests a redis-server and nginx of Debian's (they start their own, on loopback).
// Installs what is missing when allowed (root on Debian/Ubuntu), otherwise says exactly how to get it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian package → the file that shows it is installed. */
const needed = { chromium, 'redis-server': '/usr/bin/redis-server', nginx: '/usr/sbin/nginx' };
const missing = Object.entries(needed)
  .filter(([, file]) => !existsSync(file))
  .map(([name]) => name);

if (missing.length > 0) {
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `The tests need ${missing.join(', ')}.\n` +
        `  On Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}\n` +
        '  Chromium elsewhere: install Chromium or Chrome and run CHROMIUM_PATH=/path/to/chrome npm test',
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing.join(', ')} for the tests…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
}
