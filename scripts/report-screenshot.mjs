#!/usr/bin/env node
// Renders the HTML report of a simulated experiment (two variants, 10% held out) in Chromium and
// saves screenshots/report.png: `npm run build && node scripts/report-screenshot.mjs`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { simulateEvents } from '../bench/simulateEvents.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kikubari-shot-'));
const events = [
  ...simulateEvents({ decisions: 20_000, holdout: 0.1, heldRate: 0.12, offeredRate: { short: 0.09, long: 0.105 }, seed: 11 }),
  ...simulateEvents({ decisions: 1_500, holdout: 0.1, heldRate: 0.1, offeredRate: 0.095, seed: 12, offerId: 'recent-purchase' }),
];
writeFileSync(join(dir, 'events.ndjson'), events.map((e) => JSON.stringify(e)).join('\n'));
const r = spawnSync(process.execPath, ['dist/cli.mjs', 'report', join(dir, 'events.ndjson'), '--html', join(dir, 'report.html')], { encoding: 'utf8' });
if (r.status) throw new Error(r.stderr);
process.stdout.write(r.stdout);
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
// Offline: any request leaving the page would fail the run.
const context = await browser.newContext({ offline: true, viewport: { width: 960, height: 900 } });
const page = await context.newPage();
const requests = [];
page.on('request', (q) => q.url().startsWith('file:') || requests.push(q.url()));
await page.goto('file://' + join(dir, 'report.html'));
await page.screenshot({ path: 'screenshots/report.png', fullPage: true });
await browser.close();
if (requests.length) throw new Error('the report made requests: ' + requests.join(', '));
console.log('screenshots/report.png');
