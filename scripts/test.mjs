#!/usr/bin/env node
// `npm test`: every test, from nothing. Installs dependencies on a fresh clone, finds (or
// installs) a Chromium, then runs: type check → build → size budgets → release check (the packed
// tarball installed and used) → unit tests (vitest,
// happy-dom) → end-to-end tests (Playwright, real Chromium) → the core journeys in Firefox and
// WebKit (test/engines; installed from Debian's packages when root, otherwise skipped with the
// reason printed). Stops at the first failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const step = (name, cmd, args, env = {}) => {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`${r.status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) process.exit(r.status || 1);
};

if (!existsSync('node_modules/.package-lock.json')) step('install', 'npm', ['ci', '--no-audit', '--no-fund']);
const { findChromium } = await import('./browser.mjs');
const chromium = findChromium({ install: true });
console.log(`Chromium: ${chromium}`);

step('types', 'npx', ['tsc', '-p', '.']);
step('build', 'npm', ['run', 'build', '--silent']);
step('demo store', 'node', ['examples/store/build.mjs']);
step('size', 'node', ['scripts/size.mjs']);
// Packs the package as a release would (its `prepack` rebuilds dist/), installs the tarball in an
// empty folder offline and uses it as a user would: npx CLI, strict TypeScript import, script tag.
step('release check', 'node', ['scripts/release-check.mjs'], { CHROMIUM_PATH: chromium });
step('unit', 'npx', ['vitest', 'run']);
step('e2e', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
step('engines', 'node', ['test/engines/run.mjs', 'firefox', 'webkit']);
