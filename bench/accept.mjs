#!/usr/bin/env node
// `npm run bench:accept`: from "Yes, help me" on an offer to the articles painted in the panel,
// in Chromium, for a recent buyer of Aero Kettle on a help article about it (bench/helpArticle.mjs,
// the site's 48-article index test/e2e/fixtures/helpcenter.json), with the widget chunk
//
//   cold  not fetched before the offer is decided: the offer fetches it (and the bubble waits
//         for it); the visitor accepts as soon as the bubble is painted
//   warm  already fetched, as the pipeline prefetches it when an offer is under 5 s away; here
//         through `kikubari('context')`, which loads the same chunk through the same loader
//         (the card it builds is done before the offer)
//
// The offer is made at once, without page.clock (its fake timers would also stand in for the
// requestAnimationFrame and performance.now the paint is measured with): a site offer that
// waits for a tracked event (`when: { event: 'bench:offer' }`, the quiet start of a visit off),
// and the run calls `kikubari('track', 'bench:offer')`. The accept button is clicked with real
// input (CDP mouse events) as soon as it is painted.
//
//   idle  the offer decided by time alone, as the built-in one is: a site offer due after 3 s
//         idle (`idleSeconds: 3`, armed by a tracked event so that it cannot fall due while the
//         page loads); one real mouse move, then nothing: the decisive moment is that input's
//         timeStamp + 3 s. The widget chunk is prefetched however the build does it (an offer
//         under 5 s away; where the launcher is shown, at idle after load).
//
//   offer    the track call (idle: the decisive moment) → the offer's accept button painted
//   accept   the click event → the first article painted in the panel (bench/pageProbe.mjs)
//
// The cases alternate run by run, each in a fresh browser context (empty cache, fresh IndexedDB),
// --reps times each (default 15) at each CPU rate (--rates, default 1,4); median, p95 (nearest
// rank) and [min…max]. --compare DIR adds the idle case with another build's dist/ (say, the base
// commit's), interleaved with this tree's. Timings are printed, never asserted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { ensureDist, root } from './ensure-dist.mjs';
import { serveBench } from './benchServer.mjs';
import { helpArticle } from './helpArticle.mjs';
import { clickUntilPainted, clickPhase } from './pageProbe.mjs';
import { openContext, settle, kikubariReady } from './benchPage.mjs';
import { median, percentile, spread, fixed, table } from './stats.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const REPS = Number(arg('reps', 15));
const RATES = String(arg('rates', '1,4')).split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT) || 0;
const COMPARE = arg('compare', '');
/** The idle case's offer falls due this long after the last input. */
const IDLE_S = 3;
const PAINT_TIMEOUT_MS = 30_000;

ensureDist();
const PAGE_PATH = '/hc/en-us/articles/360012345-Descaling-and-cleaning-your-Aero-Kettle';
const CONFIG = {
  articles: '/bench/helpcenter.json',
  // No launcher: where it is shown, the widget is fetched at idle after load, and "cold" would not be.
  launcher: false,
  defaultOffer: false,
  etiquette: { quietStartSeconds: 0 },
  offers: [{ id: 'bench-now', when: { event: 'bench:offer', purchasedWithinDays: 30 }, message: { en: 'Questions about your recent purchase[ of {product}|]?' } }],
};
const HTML = helpArticle(`<script>window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};
kikubari('init', ${JSON.stringify(CONFIG)});
kikubari('purchase', { orderId: 'A-1', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });</script>
<script async src="/dist/kikubari.js"></script>`);
const IDLE_CONFIG = {
  articles: '/bench/helpcenter.json',
  defaultOffer: false,
  etiquette: { quietStartSeconds: 0 },
  offers: [{ id: 'bench-idle', when: { event: 'bench:armed', idleSeconds: IDLE_S, purchasedWithinDays: 30 }, message: { en: 'Questions about your recent purchase[ of {product}|]?' } }],
};
const idleHtml = (dir) =>
  helpArticle(`<script>window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};
kikubari('init', ${JSON.stringify(IDLE_CONFIG)});
kikubari('purchase', { orderId: 'A-1', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });</script>
<script async src="/${dir}/kikubari.js"></script>`);
const ACCEPT = '[data-kikubari] >>> [part="offer-accept"]';
const ARTICLE = '[data-kikubari] >>> [part="panel"] [part="article"]';
const CASES = ['cold', 'warm', 'idle', ...(COMPARE ? ['idle (--compare build)'] : [])];

async function once(browser, server, state, rate, phaseMs = 0) {
  const idle = state.startsWith('idle');
  const { context, page, cdp, errors } = await openContext(browser, rate, PAGE_PATH, idle ? idleHtml(state == 'idle' ? 'dist' : 'base') : HTML);
  try {
    await page.goto(server.origin + PAGE_PATH, { waitUntil: 'load' });
    await kikubariReady(page, 'on', state);
    if (state == 'warm') await page.evaluate(() => window.kikubari('context'));
    await settle(page, server);
    const chunkBefore = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/widget.mjs')));
    let offer;
    if (idle) {
      // One real input, then the offer's arming event: the offer falls due IDLE_S after the input.
      // The listener is in place before the input is sent (an evaluate and an input race otherwise).
      await page.evaluate(() => void (window.__moved = new Promise((r) => addEventListener('pointermove', (e) => r(e.timeStamp), { capture: true, once: true }))));
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 300, y: 300 });
      const at = await page.evaluate(() => Promise.race([window.__moved, new Promise((_, no) => setTimeout(() => no(new Error('no pointermove')), 5000))]));
      offer = await page.evaluate(
        async ({ accept, timeoutMs, due }) => {
          const painted = window.__bench.watch(accept, timeoutMs, due);
          window.kikubari('track', 'bench:armed');
          return (await painted).painted - due;
        },
        { accept: ACCEPT, timeoutMs: PAINT_TIMEOUT_MS, due: at + IDLE_S * 1000 },
      );
    } else
      offer = await page.evaluate(
        async ({ accept, timeoutMs }) => {
          const b = window.__bench;
          const t0 = performance.now();
          const painted = b.watch(accept, timeoutMs, t0);
          window.kikubari('track', 'bench:offer');
          return (await painted).painted - t0;
        },
        { accept: ACCEPT, timeoutMs: PAINT_TIMEOUT_MS },
      );
    const accept = await clickUntilPainted(page, cdp, ACCEPT, ARTICLE, PAINT_TIMEOUT_MS, phaseMs);
    const articles = await page.evaluate((s) => window.__bench.find(s.replace(/ \[part="article"\]$/, '')).querySelectorAll('[part="article"]').length, ARTICLE);
    return { offer, accept: accept.ms, chunkBefore, articles, errors };
  } finally {
    await context.close();
  }
}

const startedAt = performance.now();
const loadBefore = loadavg()[0];
const files = { '/bench/helpcenter.json': { body: readFileSync(join(root, 'test/e2e/fixtures/helpcenter.json')), type: 'application/json' } };
if (COMPARE) for (const f of readdirSync(COMPARE)) if (/\.m?js$/.test(f)) files['/base/' + f] = { body: readFileSync(join(COMPARE, f)), type: 'text/javascript' };
const server = await serveBench({ port: PORT, files });
const browser = await chromium.launch({ executablePath: findChromium({ install: true }), args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const results = {};
let loadAfter = NaN;
try {
  for (const state of CASES) await once(browser, server, state, 1); // warm-up: browser caches, JIT of the harness
  for (let rep = 0; rep < REPS; rep++)
    for (const rate of RATES)
      for (const state of CASES) {
        const r = await once(browser, server, state, rate, clickPhase(rep, REPS)).catch((e) => console.warn(`  ${state} at ${rate}×: run failed, left out: ${e.message.split('\n')[0]}`));
        if (!r) continue;
        if (r.errors.length) console.warn(`  ${state} at ${rate}×: page errors: ${r.errors.join('; ')}`);
        if (state == 'cold' || state == 'warm') if (r.chunkBefore != (state == 'warm')) console.warn(`  ${state} at ${rate}×: widget.mjs was ${r.chunkBefore ? '' : 'not '}fetched before the offer`);
        (results[`${rate}:${state}`] ||= []).push(r);
      }
} finally {
  loadAfter = loadavg()[0];
  await browser.close();
  await server.close();
}

console.log(`Chromium ${chromiumVersion}; ${cpus().length} cores (${cpus()[0].model.trim()}); 1-min load average ${fixed(loadBefore, 2)} before, ${fixed(loadAfter, 2)} after (other work on the machine inflates every figure and its spread).`);
console.log(`${REPS} runs of each, the cases alternating; ms. Idle: "offer" is from the decisive moment (the last input + ${IDLE_S} s) to the offer painted.\n`);
const rows = RATES.flatMap((rate) =>
  CASES.map((state) => {
    const rs = results[`${rate}:${state}`] || [];
    const acc = rs.map((r) => r.accept), off = rs.map((r) => r.offer);
    return [`${state} at ${rate}× CPU`, String(rs.length), fixed(median(acc), 0), fixed(percentile(acc, 95), 0), spread(acc, 0).replace(/^\S+ /, ''), fixed(median(off), 0), fixed(percentile(off, 95), 0), fixed(median(rs.map((r) => r.articles)), 0)];
  }),
);
console.log(table(['widget chunk', 'runs', 'accept → articles median', 'p95', '[min…max]', 'track (idle: decisive moment) → offer painted median', 'p95', 'articles shown'], rows));
console.log(`\n(${fixed((performance.now() - startedAt) / 1000, 0)} s)`);
