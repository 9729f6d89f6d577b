#!/usr/bin/env node
// `npm run bench:report`: `kikubari report` over a million simulated outcome events, beside the
// obvious alternative (read the whole file, parse every line, keep the events, group them).
// Each run is a child process of its own, so peak RSS is that run's alone; the two alternate
// (interleaved), 3 rounds each; medians and spreads printed. Timings are printed, never asserted.
// Needs `npm run build` first: it runs dist/cli.mjs, as `npx kikubari report` would.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateEvents } from './simulateEvents.mjs';

const EVENTS = Number(process.env.EVENTS || 1_000_000);
const ROUNDS = 3;
if (!existsSync('dist/cli.mjs')) throw new Error('bench:report: run `npm run build` first');
const dir = mkdtempSync(join(tmpdir(), 'kikubari-report-'));
const file = join(dir, 'events.ndjson');
const out = createWriteStream(file);
let n = 0;
for (let seed = 1; n < EVENTS; seed++)
  for (const e of simulateEvents({ decisions: 10_000, holdout: 0.1, heldRate: 0.12, offeredRate: { a: 0.09, b: 0.1 }, seed })) {
    if (!out.write(JSON.stringify(e) + '\n')) await new Promise((r) => out.once('drain', r));
    if (++n == EVENTS) break;
  }
await new Promise((r) => out.end(r));
console.log(`${n.toLocaleString('en')} events, ${(statSync(file).size / 1048576).toFixed(0)} MB of NDJSON; ${ROUNDS} interleaved rounds\n`);

const HOW = { streaming: 'kikubari report (readline, per-decision state)', 'whole-file': 'read whole file, keep every event' };
const runs = { streaming: [], 'whole-file': [] };
for (let r = 0; r < ROUNDS; r++)
  for (const how of Object.keys(runs)) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', 'bench/reportChild.mjs', how, file], { maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'] });
    if (child.status) throw new Error(how + ' failed: ' + child.stderr);
    const res = JSON.parse(child.stderr.toString().trim().split('\n').pop());
    runs[how].push(res);
  }
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const spread = (a) => Math.max(...a) - Math.min(...a);
console.log('method'.padEnd(50), 'events/s (median ± spread)'.padEnd(30), 'peak RSS MB (median ± spread)');
for (const how of Object.keys(runs)) {
  const rate = runs[how].map((x) => n / (x.ms / 1000));
  const rss = runs[how].map((x) => x.rssMB);
  console.log(HOW[how].padEnd(50), (Math.round(median(rate)).toLocaleString('en') + ' ± ' + Math.round(spread(rate)).toLocaleString('en')).padEnd(30), median(rss).toFixed(0) + ' ± ' + spread(rss).toFixed(0));
}
rmSync(dir, { recursive: true });
