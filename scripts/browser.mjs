// Finds the browsers the tests drive, or installs Debian's packages when running as root (`apt-get
// update` at most once per run). Chromium (Playwright, test/e2e): $CHROMIUM_PATH, then
// /usr/bin/chromium. Firefox and WebKit (test/engines): firefox-esr, and WebKitGTK's MiniBrowser
// with WebKitWebDriver under Xvfb. (Playwright's own browser downloads are not possible on these
// machines; see README "Testing".)
import { existsSync, readdirSync } from 'node:fs';
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

const isRoot = () => !!(process.getuid && process.getuid() === 0);
let updated = false;

/** `apt-get install` Debian packages (root only); the package lists are updated once, if needed. */
function aptInstall(packages) {
  const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const install = () => run(`apt-get install -y --no-install-recommends ${packages.join(' ')}`);
  try {
    install();
  } catch {
    if (updated) throw new Error(`apt-get install ${packages.join(' ')} failed`);
    updated = true;
    run('apt-get update');
    install();
  }
}

export function findChromium({ install = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found || !install) return found;
  if (isRoot()) {
    console.log('test: no Chromium found; installing Debian\'s chromium package (apt-get)…');
    aptInstall(['chromium']);
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error('No Chromium found. Set CHROMIUM_PATH, or install Chromium (Debian: `apt-get install chromium`).');
}

/** WebKitGTK's MiniBrowser, wherever the multiarch folder is. */
function miniBrowser() {
  for (const dir of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    const p = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(p)) return p;
  }
  return undefined;
}

const ENGINES = {
  firefox: {
    packages: ['firefox-esr'],
    find: () => {
      const firefox = process.env.FIREFOX_PATH || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
      return firefox && existsSync(firefox) ? { firefox } : undefined;
    },
  },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: () => {
      const paths = { driver: '/usr/bin/WebKitWebDriver', xvfb: '/usr/bin/Xvfb', miniBrowser: miniBrowser() };
      return Object.values(paths).every((p) => p && existsSync(p)) ? paths : undefined;
    },
  },
};

/**
 * The executables to drive `engine` ('firefox' | 'webkit'): `{ paths }`, or `{ skip }` saying why
 * not (never a silent pass). Installs Debian's packages when `install` and running as root.
 */
export function findEngine(engine, { install = false } = {}) {
  const e = ENGINES[engine];
  let paths = e.find();
  if (paths) return { paths };
  const apt = `apt-get install ${e.packages.join(' ')}`;
  if (!install || !isRoot()) return { skip: `${engine}: not installed and not root, so not installed here (Debian: \`${apt}\`)` };
  console.log(`test: ${engine} not found; installing Debian's ${e.packages.join(', ')} (apt-get)…`);
  try {
    aptInstall(e.packages);
  } catch (err) {
    return { skip: `${engine}: \`${apt}\` failed (${err.message})` };
  }
  paths = e.find();
  return paths ? { paths } : { skip: `${engine}: still missing after \`${apt}\`` };
}
