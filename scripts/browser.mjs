// Finds a Chromium for Playwright, or installs Debian's: $CHROMIUM_PATH, then /usr/bin/chromium,
// then `apt-get install -y chromium` when running as root. (Playwright's own browser download
// is not possible on these machines; see README "Testing".)
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Wheel input scrolls at once, not in an animation that runs on real time beside page.clock.
  '--disable-smooth-scrolling',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium({ install = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found || !install) return found;
  if (process.getuid && process.getuid() === 0) {
    console.log('test: no Chromium found; installing Debian\'s chromium package (apt-get)…');
    const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    try {
      run('apt-get install -y --no-install-recommends chromium');
    } catch {
      run('apt-get update');
      run('apt-get install -y --no-install-recommends chromium');
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error('No Chromium found. Set CHROMIUM_PATH, or install Chromium (Debian: `apt-get install chromium`).');
}
