#!/usr/bin/env node
// `npm run bench:signals`: what kikubari's always-loaded part costs a page while the visitor
// moves the pointer and scrolls, next to the page alone and to the idle-detection libraries a
// site would otherwise add (idle-js, ifvisible.js). In Chromium, on a long help-center article
// (a few thousand words, image boxes, a sticky header and a sticky table of contents):
//
//   input     10 s of pointer movement at 120 Hz plus wheel scrolling at 60 Hz, sent with CDP
//             Input.dispatchMouseEvent from a loop paced on absolute deadlines (tick i is due at
//             t0 + i·8.33 ms; the loop sleeps until then, so lateness never accumulates)
//   script    CDP Performance.getMetrics ScriptDuration and TaskDuration of the page's renderer,
//             read just before and just after the 10 s; "added" is a variant's median minus the
//             baseline's median
//   long      long tasks (> 50 ms) seen by a PerformanceObserver({ type: 'longtask' }) installed
//   tasks     by addInitScript, counted inside the 10 s (and separately during page load)
//   received  events the page actually got (pointermove, the pointer moves they coalesce,
//             wheel, scroll), counted by capture listeners that every variant has alike
//
// Variants, run round-robin in one browser (a fresh context per run, so a fresh IndexedDB),
// each repeated --reps times (default 5); figures are the median and the min–max spread:
//   a  the page alone
//   b  kikubari.js, nobody it can help: the gate keeps the pipeline unloaded (engine off)
//   c  kikubari.js with a queued purchase: pipeline loaded (signals, store, engine; engine on)
//   d  idle-js 1.x, set up as its README says, idle after 30 s
//   e  ifvisible.js 2.x, set up as its README says, idle after 30 s
//   c0 with --against <dir>[,<dir>…]: (c) with another build's kikubari.js and chunks (say, a copy
//   c1 of dist/ from before a change; c1, c2 … for more), so that a change is measured before and
//      after in the same runs; the report adds (c) minus each, paired run by run (same round)
// --only a,c,c0 runs only those variants.
// --profile also samples the page's main thread with the CDP profiler (every 200 µs) during the
//   input and adds "own ms": the time of the samples with the variant's own script on the stack
//   (kikubari's files, or the library's), whatever Chromium did below it (a layout read included).
//   No baseline is subtracted, so other work on the machine does not swing it the way it swings the
//   difference of two ScriptDurations; the profiler slows every variant alike, so read it beside them.
// Timings are printed, never asserted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadavg, cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { ensureDist, root } from './ensure-dist.mjs';
import { helpArticle as article } from './helpArticle.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const argText = (name) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const REPS = arg('reps', 5);
const AGAINST = argText('against');
const ONLY = argText('only');
const SECONDS = arg('seconds', 10);
const PROFILE = process.argv.includes('--profile');
const MOVE_HZ = 120;
const WHEEL_EVERY = 2; // a wheel event on every 2nd tick: 60 Hz
const WHEEL_DELTA = 20; // px per wheel event, like a trackpad; direction flips every 2.5 s
const IDLE_S = 30;

ensureDist();
const file = (p) => readFileSync(join(root, p));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const LIBS = {
  'idle-js': { file: 'node_modules/idle-js/dist/Idle.js', version: JSON.parse(file('node_modules/idle-js/package.json')).version },
  'ifvisible.js': { file: 'node_modules/ifvisible.js/dist/ifvisible.js', version: JSON.parse(file('node_modules/ifvisible.js/package.json')).version },
};

// ── the page ────────────────────────────────────────────────────────────────────────────────
const ARTICLE_PATH = '/hc/en-us/articles/360012345-Descaling-and-cleaning-your-Aero-Kettle';

const SNIPPET = `<script>window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};</script>`;
const PURCHASE = `<script>window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};
kikubari('purchase', { orderId: 'A-1', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });</script>`;
const TAG = `<script async src="/dist/kikubari.js"></script>`;

// What each library's README says for "tell me when the visitor has been idle for N seconds".
const VARIANTS = [
  { key: 'a', name: 'page alone (baseline)', html: () => article() },
  { key: 'b', name: 'kikubari, engine off', html: () => article(SNIPPET + TAG), kikubari: 'off' },
  { key: 'c', name: 'kikubari, engine on', html: () => article(PURCHASE + TAG), kikubari: 'on' },
  {
    key: 'd',
    name: `idle-js ${LIBS['idle-js'].version}`,
    html: () =>
      article('', `<script src="/bench-lib/Idle.js"></script>
<script>var IdleCtor = window.IdleJs && (window.IdleJs.default || window.IdleJs);
window.__idle = new IdleCtor({ idle: ${IDLE_S * 1000}, onIdle: function () { window.__idleState = 'idle'; }, onActive: function () { window.__idleState = 'active'; } });
window.__idle.start();</script>`),
    ready: () => !!window.__idle,
    own: /\/Idle\.js$/,
  },
  {
    key: 'e',
    name: `ifvisible.js ${LIBS['ifvisible.js'].version}`,
    html: () =>
      article('', `<script src="/bench-lib/ifvisible.js"></script>
<script>ifvisible.setIdleDuration(${IDLE_S});
ifvisible.on('idle', function () { window.__idleState = 'idle'; });
ifvisible.on('wakeup', function () { window.__idleState = 'active'; });
window.__ifv = true;</script>`),
    ready: () => !!window.__ifv && typeof window.ifvisible.now == 'function',
    own: /\/ifvisible\.js$/,
  },
];

const AGAINSTS = AGAINST ? AGAINST.split(',') : [];
AGAINSTS.forEach((dir, i) =>
  VARIANTS.splice(3 + i, 0, { key: 'c' + i, name: `kikubari, engine on (${dir})`, html: () => article(PURCHASE + `<script async src="/bench-against/${i}/kikubari.js"></script>`), kikubari: 'on' }),
);
if (ONLY) VARIANTS.splice(0, VARIANTS.length, ...VARIANTS.filter((v) => ONLY.split(',').includes(v.key)));

// Installed before any page script: the long-task observer and the received-input counters.
const INIT = () => {
  const b = (window.__bench = { longtasks: [], pointermove: 0, coalesced: 0, wheel: 0, scroll: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const o = { capture: true, passive: true };
  addEventListener('pointermove', (e) => { b.pointermove++; b.firstMove ??= e.timeStamp; b.lastMove = e.timeStamp; b.coalesced += e.getCoalescedEvents ? e.getCoalescedEvents().length || 1 : 1; }, o);
  addEventListener('wheel', () => b.wheel++, o);
  addEventListener('scroll', () => b.scroll++, o);
};

/**
 * ms of a CPU profile's samples with a frame of a script whose URL matches `re` anywhere on the
 * stack; `hot` adds each such sample's top frame (a function of ours, or the browser API it called)
 * to a map of ms by frame, to print where the time went.
 */
function ownTime(profile, re, hot, spans = [], t0 = 0) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const mine = new Map();
  const isMine = (id) => {
    if (!mine.has(id)) mine.set(id, re.test(byId.get(id).callFrame.url) || (parent.has(id) && isMine(parent.get(id))));
    return mine.get(id);
  };
  let us = 0;
  // `spans` ([start, duration] in the page's ms, long tasks) get a third number: our ms inside them.
  // The profile's clock starts (startTime, µs) as the page's t0 was read: close enough for tasks of 50 ms.
  spans.forEach((s) => (s[2] = 0));
  let at = profile.timeDeltas[0] || 0; // µs from the profile's start to sample i
  // A sample lasts until the next one: timeDeltas[i + 1].
  for (let i = 0; i + 1 < profile.samples.length; i++, at += profile.timeDeltas[i])
    if (isMine(profile.samples[i])) {
      us += profile.timeDeltas[i + 1];
      const ms = t0 + at / 1000;
      for (const s of spans) if (ms >= s[0] && ms < s[0] + s[1]) s[2] += profile.timeDeltas[i + 1] / 1000;
      const f = byId.get(profile.samples[i]).callFrame;
      const k = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() + ':' + f.columnNumber : '(browser)'}`;
      hot.set(k, (hot.get(k) || 0) + profile.timeDeltas[i + 1] / 1000);
    }
  return us / 1000;
}

// ── one run ─────────────────────────────────────────────────────────────────────────────────
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const metric = (m, name) => m.metrics.find((x) => x.name == name).value;

async function once(browser, origin, variant, seconds = SECONDS) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(INIT);
  await context.route('**' + ARTICLE_PATH, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: variant.html() }));
  await context.route('**/bench-lib/*.js', (r) => {
    const slug = new URL(r.request().url()).pathname.split('/').pop();
    const lib = Object.values(LIBS).find((l) => l.file.endsWith('/' + slug)); // served under its dist file name
    r.fulfill({ contentType: 'text/javascript', body: file(lib.file) });
  });
  if (AGAINSTS.length)
    await context.route('**/bench-against/*/*', (r) => {
      const [i, name] = new URL(r.request().url()).pathname.split('/').slice(-2);
      r.fulfill({ contentType: 'text/javascript', body: readFileSync(join(AGAINSTS[i], name)) });
    });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin + ARTICLE_PATH, { waitUntil: 'load' });
  // Polled from here with page.evaluate, not page.waitForFunction: that one installs Playwright's
  // injected script, whose own listeners would then be measured in some variants and not others.
  const until = async (test, arg) => {
    for (const end = Date.now() + 10_000; !(await page.evaluate(test, arg)); await sleep(50))
      if (Date.now() > end) throw new Error(`variant ${variant.key}: not ready after 10 s`);
  };
  if (variant.kikubari)
    await until((want) => typeof window.kikubari == 'function' && window.kikubari('inspect')?.engine == want, variant.kikubari);
  if (variant.ready) await until(variant.ready);
  await sleep(500); // let every variant settle alike (IndexedDB writes, idle callbacks)

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const t0Page = await page.evaluate(() => performance.now());
  const before = await cdp.send('Performance.getMetrics');

  // 120 Hz on absolute deadlines: tick i is due at start + i·(1000/120) ms.
  const ticks = seconds * MOVE_HZ;
  const period = 1000 / MOVE_HZ;
  const lateness = [];
  const acks = [];
  let sent = 0, wheels = 0, dir = 1;
  const start = performance.now();
  for (let i = 0; i < ticks; i++) {
    const due = start + i * period;
    const wait = due - performance.now();
    if (wait > 0.5) await sleep(wait);
    lateness.push(performance.now() - due);
    const t = i / MOVE_HZ;
    const x = Math.round(640 + 330 * Math.sin((2 * Math.PI * t) / 3.1));
    const y = Math.round(430 + 250 * Math.sin((2 * Math.PI * t) / 2.3));
    // Not awaited: Chromium answers a dispatched event only once the renderer has handled it
    // (about one frame for a wheel), so awaiting each would pace the loop at the frame rate.
    acks.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y }));
    sent++;
    if (i % WHEEL_EVERY == 0) {
      if (i % (MOVE_HZ * 2.5) == 0 && i) dir = -dir;
      acks.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: dir * WHEEL_DELTA }));
      wheels++;
    }
  }
  const elapsed = performance.now() - start;
  await Promise.all(acks);
  const ackedAfter = performance.now() - start; // every event handled: the window closes here
  const after = await cdp.send('Performance.getMetrics');
  const profile = PROFILE && (await cdp.send('Profiler.stop')).profile;
  const r = await page.evaluate(
    ({ t0 }) => {
      const b = window.__bench;
      const t1 = performance.now();
      const inside = b.longtasks.filter(([s]) => s >= t0 && s <= t1);
      const k = typeof window.kikubari == 'function' ? window.kikubari('inspect') : undefined;
      return {
        pointermove: b.pointermove, moveSpan: b.lastMove - b.firstMove, coalesced: b.coalesced, wheel: b.wheel, scroll: b.scroll,
        longtasks: inside.length, longest: Math.max(0, ...inside.map(([, d]) => d)), spans: inside,
        loadLongtasks: b.longtasks.length - inside.length,
        engine: k && k.engine, offerShown: !!document.querySelector('[data-kikubari]')?.shadowRoot?.querySelector('[part~="offer"]'),
        scripts: performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => /\.m?js$/.test(n)),
        idleState: window.__idleState,
      };
    },
    { t0: t0Page },
  );
  await context.close();
  const own = profile ? ownTime(profile, variant.own || /\/(kikubari\.js|pipeline\.mjs|widget\.mjs)$/, (variant.hot ||= new Map()), r.spans, t0Page) : NaN;
  // Long tasks with the variant's own script in them (1 ms or more of samples): the ones it can be blamed for.
  r.ownLongtasks = profile ? r.spans.filter((s) => s[2] >= 1).length : NaN;
  lateness.sort((p, q) => p - q);
  return {
    script: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
    own,
    task: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
    sent, wheels, elapsed, ackedAfter, lateP50: lateness[lateness.length >> 1], lateP99: lateness[Math.floor(lateness.length * 0.99)],
    errors, ...r,
  };
}

// ── all runs, round-robin ──────────────────────────────────────────────────────────────────
const startedAt = performance.now();
const loadBefore = loadavg()[0];
const server = await serve({ port: 0, quiet: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium({ install: true }), args: CHROMIUM_ARGS });
const version = browser.version();
let loadAfter = NaN;
const results = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
try {
  await once(browser, origin, VARIANTS[0], 1).catch(() => {}); // warm-up, 1 s: browser caches, JIT of the harness
  for (let rep = 0; rep < REPS; rep++)
    for (const v of VARIANTS) {
      const r = await once(browser, origin, v);
      if (r.errors.length) console.warn(`  ${v.key}: page errors: ${r.errors.join('; ')}`);
      if (v.kikubari && r.engine != v.kikubari) console.warn(`  ${v.key}: engine was ${r.engine}, expected ${v.kikubari}`);
      if (v.kikubari && r.scripts.includes('pipeline.mjs') != (v.kikubari == 'on')) console.warn(`  ${v.key}: pipeline.mjs ${v.kikubari == 'on' ? 'not ' : ''}loaded`);
      if (r.offerShown || r.scripts.includes('widget.mjs')) console.warn(`  ${v.key}: the widget loaded during the run (an offer fired); figures include it`);
      results[v.key].push(r);
    }
} finally {
  loadAfter = loadavg()[0];
  await browser.close();
  server.close();
}

// ── report ─────────────────────────────────────────────────────────────────────────────────
const median = (xs) => { const s = [...xs].sort((p, q) => p - q); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stat = (key, f) => { const xs = results[key].map(f); return { med: median(xs), min: Math.min(...xs), max: Math.max(...xs) }; };
const base = { script: stat('a', (r) => r.script).med, task: stat('a', (r) => r.task).med };
const n = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const spread = (s, d = 1, off = 0) => `${n(s.min - off, d)}…${n(s.max - off, d)}`;
const periodMs = SECONDS * 1000;

const all = Object.values(results).flat();
const lp50 = median(all.map((r) => r.lateP50)), lp99 = Math.max(...all.map((r) => r.lateP99));
const elapsed = stat('a', (r) => r.elapsed);
console.log(`Chromium ${version}; ${REPS} runs of each variant, round-robin; ${SECONDS} s of input per run.`);
console.log(`Machine: ${cpus().length} cores; 1-min load average ${n(loadBefore, 2)} before, ${n(loadAfter, 2)} after (other work on the machine inflates every figure and its spread).`);
console.log(`Input: ${SECONDS * MOVE_HZ} CDP mouseMoved at ${MOVE_HZ} Hz + ${all[0].wheels} mouseWheel (±${WHEEL_DELTA} px) at ${MOVE_HZ / WHEEL_EVERY} Hz, paced on absolute deadlines;`);
console.log(`  sending took ${n(elapsed.med / 1000, 2)} s (median, ${spread({ min: elapsed.min / 1000, max: elapsed.max / 1000 }, 2)}); tick lateness p50 ${n(lp50, 2)} ms, worst p99 ${n(lp99, 2)} ms.`);
const span = median(all.map((r) => r.moveSpan)), moves = median(all.map((r) => r.pointermove)), acked = median(all.map((r) => r.ackedAfter));
console.log(`  the last event was handled ${n(acked - elapsed.med, 1)} ms after it was sent (median); the page got ${n(moves, 0)} pointermove (median of all runs)`);
console.log(`  over ${n(span / 1000, 2)} s of event timestamps: ${n(((moves - 1) / span) * 1000, 1)} Hz.`);
console.log(`Medians over ${REPS} runs, [min…max]; "added" = variant − median of (a). Period ${periodMs} ms; target (issue 17) < 0.5% (${periodMs / 200} ms) added by the pipeline, and 0 long tasks.\n`);

const cols = ['variant', 'script ms', 'added script ms', '% of period', 'µs / event', ...(PROFILE ? ['own ms (profiled)', 'own µs / event', 'long tasks with own script'] : []), 'task ms', 'added task ms', 'long tasks (load)', 'pointermove / coalesced moves', 'wheel / scroll'];
const rows = VARIANTS.map((v) => {
  const s = stat(v.key, (r) => r.script), t = stat(v.key, (r) => r.task);
  const lt = stat(v.key, (r) => r.longtasks), ll = stat(v.key, (r) => r.loadLongtasks);
  const pm = stat(v.key, (r) => r.pointermove), co = stat(v.key, (r) => r.coalesced);
  const wh = stat(v.key, (r) => r.wheel), sc = stat(v.key, (r) => r.scroll);
  return [
    `(${v.key}) ${v.name}`,
    `${n(s.med)} [${spread(s)}]`,
    v.key == 'a' ? '—' : `${n(s.med - base.script)} [${spread(s, 1, base.script)}]`,
    v.key == 'a' ? '—' : `${n(((s.med - base.script) / periodMs) * 100, 2)}%`,
    v.key == 'a' ? '—' : n(((s.med - base.script) * 1000) / (pm.med + wh.med + sc.med), 1),
    ...(PROFILE ? (() => { const o = stat(v.key, (r) => r.own); return v.key == 'a' ? ['—', '—', '—'] : [`${n(o.med)} [${spread(o)}]`, n((o.med * 1000) / (pm.med + wh.med + sc.med), 1), n(stat(v.key, (r) => r.ownLongtasks).max, 0)]; })() : []),
    `${n(t.med)} [${spread(t)}]`,
    v.key == 'a' ? '—' : `${n(t.med - base.task)} [${spread(t, 1, base.task)}]`,
    `${n(lt.max, 0)} (${n(ll.max, 0)})`,
    `${n(pm.med, 0)} / ${n(co.med, 0)}`,
    `${n(wh.med, 0)} / ${n(sc.med, 0)}`,
  ];
});
const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
console.log(line(cols));
console.log('|' + widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|');
rows.forEach((r) => console.log(line(r)));
// Before and after: (c) minus each other build, run by run. Runs of one round are minutes apart at
// most, so a change of the machine's load between rounds cancels out of each difference.
if (results.c)
  for (const [i, dir] of AGAINSTS.entries()) {
    const k = 'c' + i;
    if (!results[k]) continue;
    const diff = (f) => results.c.map((r, j) => f(r) - f(results[k][j]));
    const ds = diff((r) => r.script), dt = diff((r) => r.task), dn = diff((r) => r.own);
    const events = median(results.c.map((r) => r.pointermove + r.wheel + r.scroll));
    console.log(`\n(c) − (${k}) ${dir}, paired by round: script ${n(median(ds))} ms [${n(Math.min(...ds))}…${n(Math.max(...ds))}]` +
      ` = ${n((median(ds) * 1000) / events, 2)} µs per event (${n(events, 0)} events); task ${n(median(dt))} ms [${n(Math.min(...dt))}…${n(Math.max(...dt))}];` +
      ` long tasks ${n(Math.max(...results.c.map((r) => r.longtasks)), 0)} vs ${n(Math.max(...results[k].map((r) => r.longtasks)), 0)}` +
      (PROFILE ? `; own (profiled) ${n(median(dn))} ms [${n(Math.min(...dn))}…${n(Math.max(...dn))}].` : '.'));
  }
if (PROFILE)
  for (const v of VARIANTS.filter((v) => v.hot && v.hot.size)) {
    const top = [...v.hot].sort((p, q) => q[1] - p[1]).slice(0, 6);
    console.log(`\n(${v.key}) own time by top frame, ms over all runs (minified names; "(browser)" is the API called): ` + top.map(([k, ms]) => `${k} ${n(ms)}`).join(' · '));
  }
console.log(`\nlong tasks: the most seen in any run, inside the ${SECONDS} s (during page load in brackets).`);
if (PROFILE) console.log(`long tasks with own script: the most in any run of the long tasks above with 1 ms or more of the variant's own profiled script in them.`);
console.log(`µs / event: added script time over the events dispatched to the page (pointermove + wheel + scroll).`);
console.log(`TaskDuration is mostly Chromium's own style, layout and paint for the scrolling (software, --disable-gpu): its spread is far wider than any script figure.`);
console.log(`pointermove: events dispatched to the page; coalesced moves: the pointer moves they carry (getCoalescedEvents).`);

const core = file('dist/kikubari.js'), pipe = file('dist/pipeline.mjs');
console.log(`\nAlways-loaded script, gzip -9 bytes:`);
console.log(`  kikubari.js                         ${String(gz(core)).padStart(6)}  (every page)`);
console.log(`  kikubari.js + pipeline.mjs          ${String(gz(core) + gz(pipe)).padStart(6)}  (a visitor kikubari can help: engine on)`);
for (const [name, l] of Object.entries(LIBS)) console.log(`  ${(name + ' ' + l.version + ' (' + l.file.split('/').pop() + ')').padEnd(34)}  ${String(gz(file(l.file))).padStart(6)}`);
console.log(`\n(${n((performance.now() - startedAt) / 1000, 0)} s)`);
