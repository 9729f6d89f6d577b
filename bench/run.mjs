#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other, each under its own heading.
// dist/ is built first when it is missing or older than src/, so this works from a clean
// checkout after `npm ci`. Extra arguments go to each script (e.g. `npm run bench -- --reps 3`
// for bench/signals.mjs, widget.mjs and accept.mjs; the others ignore what they do not know).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDist, root } from './ensure-dist.mjs';

const BENCHES = [
  ['Size: kikubari next to what a site would ship instead (gzip -9)', 'size.mjs'],
  ['Signals: script time added during 10 s of pointer movement and scrolling (Chromium)', 'signals.mjs'],
  ['Search: ranking quality and speed on labelled Japanese FAQ data', 'search.mjs'],
  ['Widget: page cost and opening speed next to the chat widgets a site would pick instead (Chromium, 1× and 4× CPU)', 'widget.mjs'],
  ['Accepting an offer: click → articles painted, widget chunk cold and warm (Chromium)', 'accept.mjs'],
];

ensureDist();
const failed = [];
for (const [title, file] of BENCHES) {
  console.log(`\n${'='.repeat(title.length + 4)}\n  ${title}\n${'='.repeat(title.length + 4)}  (bench/${file})\n`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'bench', file), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed.push(`bench/${file} (exit ${r.status ?? r.signal})`);
  console.log(`\n(bench/${file}: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
if (failed.length) {
  console.error(`\nbench: failed: ${failed.join(', ')}`);
  process.exit(1);
}
