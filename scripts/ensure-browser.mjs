// Runs before `npm test`: the browser tests need Debian's Chromium (test tools may not download browsers here).
// Installs it when missing and allowed (root on Debian/Ubuntu), otherwise says exactly how to get it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `The browser tests need Chromium at ${chromium}.\n` +
        '  On Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  Elsewhere: install Chromium or Chrome and run CHROMIUM_PATH=/path/to/chrome npm test',
    );
    process.exit(1);
  }
  console.log("Installing Debian's Chromium for the browser tests…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
}
