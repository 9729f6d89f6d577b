#!/usr/bin/env node
// `npm run bench:durability`: is a purchase ever lost when the page navigates right after it, and
// how soon does another tab know of it — in Chromium, Firefox and WebKit (test/engines/drivers.mjs).
//
//   node bench/durability.mjs [chromium] [firefox] [webkit] [--trials 1000] [--tabs 30]
//
// Durability: `--trials` purchase-then-navigate trials per engine, split evenly over four timings
// of the navigation: in the same task as `kikubari('purchase', …)`, and from a timer of 0, 5 and
// 20 ms. Every trial is a real navigation to a new page; the pages drive themselves (each records
// its order, then navigates to the next), in chains of 50 (the store keeps the latest 100 orders,
// so a chain's own are never pruned). At a chain's end the last page waits for kikubari to take in what is
// staged and counts the chain's orders in IndexedDB; an order neither there nor still staged is lost.
//
// Cross-tab: a purchase in window A, polled for in window B (`inspect().purchases`, every ms):
// the time from the call in A to B knowing it, median and max over `--tabs` purchases. B starts
// with nothing to do (its pipeline off) and the first purchase opens its gate; later ones reach a
// running pipeline. Printed, not asserted.
import { findChromium, findEngine } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { launch } from '../test/engines/drivers.mjs';
import { hostPage } from '../test/engines/pages.mjs';
import { ensureDist } from './ensure-dist.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const TRIALS = arg('--trials', 1000);
const TAB_TRIALS = arg('--tabs', 30);
const CHAIN = 50;
const TIMINGS = ['same task', 0, 5, 20];
const engines = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));

ensureDist();
const pages = new Map();
const server = await serve({ port: Number(process.env.ENGINES_PORT) || 0, quiet: true, pages });
const baseURL = `http://127.0.0.1:${server.address().port}`;

// ── durability: pages that record an order and navigate, by themselves ─────────────────────────
/** Runs on every chain page: once kikubari.js is loaded, purchase, then leave (as `?delay=` says). */
const CHAIN_STEP = `(function () {
  var q = new URLSearchParams(location.search), i = +q.get('i'), n = +q.get('n'), delay = q.get('delay');
  if (i >= n) return;
  var next = function () { q.set('i', i + 1); location.href = location.pathname + '?' + q; };
  (function whenLoaded() {
    var now; try { now = kikubari('inspect'); } catch (e) {}
    if (!now) return setTimeout(whenLoaded, 1);
    kikubari('purchase', { orderId: q.get('chain') + '-' + i, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
    if (delay == 'same') next(); else setTimeout(next, +delay);
  })();
})();`;
pages.set('/durability/step', { body: hostPage({ title: 'Thank you', clock: false, head: `<script>${CHAIN_STEP}</script>` }) });

/** On the chain's last page: the chain's orders in IndexedDB and still staged; null if IndexedDB does not answer in 5 s. */
const COUNT = (chain) =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const staged = () => (JSON.parse(localStorage.getItem('kikubari:outbox') || '[]') || []).filter((e) => String(e[1] && e[1].orderId).startsWith(chain + '-')).length;
    const give = (stored) => resolve({ stored, staged: staged() });
    setTimeout(() => give(null), 5000);
    (function settle() {
      // Wait until kikubari has taken in what was staged (or 3 s), then count.
      if (staged() && performance.now() - t0 < 3000) return setTimeout(settle, 20);
      const req = indexedDB.open('kikubari');
      req.onsuccess = () => {
        const keys = req.result.transaction('context').objectStore('context').getAllKeys();
        keys.onsuccess = () => (req.result.close(), give(keys.result.filter((k) => String(k).startsWith('o:' + chain + '-')).length));
      };
    })();
  });
const printRow = (r) =>
  console.log(`  ${String(typeof r.timing == 'number' ? `after ${r.timing} ms` : r.timing).padEnd(20)}  ${String(r.trials).padStart(6)}  ${String(r.lost).padStart(5)}  ${String(r.staged).padStart(13)}  ${String(r.frozen).padStart(26)}  ${r.ms.toFixed(0).padStart(7)} ms`);

async function durability(tab, name) {
  const perTiming = Math.round(TRIALS / TIMINGS.length);
  const rows = [];
  let chainNo = 0;
  for (const timing of TIMINGS) {
    const row = { timing, trials: 0, lost: 0, staged: 0, frozen: 0, ms: 0 };
    const t0 = Date.now();
    for (let done = 0; done < perTiming; done += CHAIN) {
      const n = Math.min(CHAIN, perTiming - done);
      const chain = `${name}${chainNo++}`;
      const delay = timing == 'same task' ? 'same' : timing;
      await tab.goto(`/durability/step?chain=${chain}&i=0&n=${n}&delay=${delay}`);
      await tab.until((n) => new URLSearchParams(location.search).get('i') == String(n) && document.readyState == 'complete', n, { timeout: 120_000, what: `the chain's last page` });
      const { stored, staged } = await tab.run(COUNT, chain);
      row.trials += n;
      if (stored === null) row.frozen++;
      else (row.lost += n - stored - staged), (row.staged += staged);
    }
    row.ms = (Date.now() - t0) / row.trials;
    rows.push(row);
    printRow(row);
  }
  return rows;
}

// ── cross-tab arrival ─────────────────────────────────────────────────────────────────────────
const WATCH = `window.__arrived = {};
(function poll() {
  try {
    var now = kikubari('inspect');
    (now && now.purchases || []).forEach(function (o) { if (!(o.orderId in window.__arrived)) window.__arrived[o.orderId] = performance.timeOrigin + performance.now(); });
  } catch (e) {}
  setTimeout(poll, 1);
})();`;
pages.set('/tabs/a', { body: hostPage({ title: 'Shop', clock: false }) });
pages.set('/tabs/b', { body: hostPage({ title: 'Help Center', clock: false, head: `<script>${WATCH}</script>` }) });
const LOADED = () => {
  try {
    return !!window.kikubari('inspect');
  } catch {
    return false;
  }
};

async function crossTab(engine, a) {
  await a.goto('/tabs/a');
  const b = await engine.tab();
  await b.goto('/tabs/b');
  await a.until(LOADED);
  await b.until(LOADED);
  const gaps = [];
  for (let i = 0; i < TAB_TRIALS; i++) {
    const id = 'T-' + i;
    const sent = await a.run((id) => {
      const t = performance.timeOrigin + performance.now();
      window.kikubari('purchase', { orderId: id, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
      return t;
    }, id);
    const arrived = await b.until((id) => window.__arrived[id], id, { timeout: 10_000, what: `${id} in window B` }).catch(() => NaN);
    gaps.push(arrived - sent);
  }
  await b.close();
  return gaps;
}

// ── the run ───────────────────────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((x, y) => x - y);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) + ' ms' : '—');
console.log(`kikubari durability: ${TRIALS} purchase-then-navigate trials per engine (${TIMINGS.map((t) => (typeof t == 'number' ? t + ' ms' : t)).join(', ')}), ${TAB_TRIALS} cross-tab purchases`);
const summary = [];
for (const name of engines.length ? engines : ['chromium', 'firefox', 'webkit']) {
  const found = name == 'chromium' ? { paths: { chromium: findChromium() } } : findEngine(name);
  if (found.skip || !Object.values(found.paths).every(Boolean)) {
    console.log(`\n${name}: skipped — ${found.skip || 'no Chromium'}`);
    continue;
  }
  const engine = await launch(name, found.paths, { baseURL });
  try {
    const tab = await engine.tab();
    console.log(`\n${name}`);
    // Cross-tab first, while the browser's profile is new: B starts with nothing to do.
    const gaps = await crossTab(engine, tab);
    const rest = gaps.slice(1).filter(Number.isFinite);
    console.log(`  cross-tab arrival (${gaps.filter(Number.isFinite).length}/${gaps.length} arrived): first ${ms(gaps[0])} (B's pipeline starting), then median ${ms(median(rest))}, max ${ms(Math.max(...rest))}`);
    console.log('  navigation            trials   lost   still staged   IndexedDB frozen (chains)   per trial');
    const rows = await durability(tab, name);
    const lost = rows.reduce((s, r) => s + r.lost, 0);
    const trials = rows.reduce((s, r) => s + r.trials, 0);
    const frozen = rows.reduce((s, r) => s + r.frozen, 0);
    console.log(`  lost: ${lost} of ${trials}${frozen ? ` (and ${frozen} chain(s) whose IndexedDB froze, not counted)` : ''}`);
    summary.push({ name, lost, trials, frozen, first: gaps[0], median: median(rest), max: Math.max(...rest) });
  } catch (e) {
    console.log(`  ${name} failed: ${e.message}`);
  } finally {
    await engine.close().catch(() => {});
  }
}
server.close();
console.log('\nengine     lost / trials   frozen chains   cross-tab first   median     max');
for (const s of summary) console.log(`${s.name.padEnd(9)}  ${`${s.lost} / ${s.trials}`.padStart(13)}  ${String(s.frozen).padStart(14)}  ${ms(s.first).padStart(15)}  ${ms(s.median).padStart(9)}  ${ms(s.max).padStart(9)}`);
