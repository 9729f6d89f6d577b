#!/usr/bin/env node
// `npm run bench:widget`: what kikubari costs a page, and how fast its panel opens, side by side
// with the chat widgets a site would pick instead, in Chromium, on the same help-center article
// (bench/helpArticle.mjs), at 1× and 4× CPU (CDP Emulation.setCPUThrottlingRate):
//
//   a  the page alone (the baseline every "added" figure is measured against)
//   b  kikubari, a visitor it has nothing to offer (no purchase: the gate keeps the pipeline unloaded)
//   c  kikubari, a recent buyer (the pipeline runs: signals, store, engine)
//   d  react-chat-widget (its README's <Widget>, React 17)
//   e  @chatscope/chat-ui-kit-react (its README's chat, shown by a launcher button, React 17)
//   f  @botpress/webchat (its README's <Webchat> + <Fab>, React 19; no network: its cloud
//      connection is refused, so it shows its panel without a conversation)
//
// Each peer is bundled the way bench/size.mjs bundles it (bench/bundle.mjs: rollup, node-resolve,
// commonjs, NODE_ENV=production, terser), once, cached in node_modules/.cache/kikubari-bench
// (the first run takes minutes longer: @botpress/webchat alone is 700 kB to minify); its README's
// stylesheet is a <link>. Every response is gzip -9 (bench/benchServer.mjs).
//
// Each run is a fresh browser context (empty cache, fresh IndexedDB). "loaded": the page has
// loaded and the main thread gone idle (two requestIdleCallbacks with nothing fetched meanwhile:
// a page that has sat idle for a while, as a visitor finds it); then the launcher is clicked
// with real input, and "opened": the panel painted and the main thread idle again.
//   script      CDP Performance.getMetrics ScriptDuration of the page's renderer, minus (a)'s median
//   long tasks  PerformanceObserver 'longtask' (> 50 ms) since navigation: most in any run, longest
//   heap        JSHeapUsedSize after a forced GC (HeapProfiler.collectGarbage), minus (a)'s median
//   bytes       gzip bytes the page fetched beyond its own HTML (counted by the server)
//   click       long tasks from the click on: the most in any run / the longest
//   open        click event → panel painted (bench/pageProbe.mjs: rAF + a message after the frame);
//               the clicks of a run land spread over one frame, the same points for every variant
// Repetitions run round-robin (variant within CPU rate within repetition); figures are medians
// with [min…max]. Then, kikubari alone, the first answer on large help centers: a recent buyer
// asks in the panel (`kikubari('open', { query })`), 1,000 and 10,000 articles in English and
// Japanese (bench/articleSets.mjs): call → first article painted, and the longest task in between
// (one run each at 1× by default: 10,000 Japanese articles take tens of seconds on a busy machine).
// Options: --reps N (default 7), --rates 1,4, --search-reps N (default 1), --search-rates 1,4
// (default 1), --only widget|search; --compare DIR: another build's dist/ (say, the base commit's,
// built in a temporary checkout) served as well, its (b) and (c) interleaved with this tree's as
// (b0) and (c0), so a change is measured against what it replaces in the same run on the same
// machine; --rest MS: the pointer rests MS on the launcher before the press (default 0: pressed as
// soon as it arrives, the slowest case for a launcher that fetches as the pointer comes over it);
// --press MS: the button is held down MS before it is released (default 0: at once, as CDP presses;
// a person's click holds it about 100 ms, and kikubari starts as a press begins);
// --variants c,c0,f: only these (and the baseline (a), which every "added" figure needs);
// BENCH_PORT (default: any free port).
// Timings are printed, never asserted.
import { readFileSync, readdirSync, mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { ensureDist, root } from './ensure-dist.mjs';
import { bundle } from './bundle.mjs';
import { serveBench } from './benchServer.mjs';
import { helpArticle } from './helpArticle.mjs';
import { clickUntilPainted, clickPhase } from './pageProbe.mjs';
import { openContext, settle, until, kikubariReady } from './benchPage.mjs';
import { articleSets } from './articleSets.mjs';
import { median, spread, fixed, table } from './stats.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const REPS = Number(arg('reps', 7));
const SEARCH_REPS = Number(arg('search-reps', 1));
const RATES = String(arg('rates', '1,4')).split(',').map(Number);
// The first answers at 1× only by default: at 4×, 10,000 Japanese articles alone take most of a minute.
const SEARCH_RATES = String(arg('search-rates', '1')).split(',').map(Number);
const ONLY = arg('only', 'all'); // 'widget', 'search' or 'all'
const COMPARE = arg('compare', '');
/** How long the pointer rests on the launcher before the press, beyond the click's phase: 0 presses at once (the default); a person's pointer rests a few hundred ms. */
const REST_MS = Number(arg('rest', 0));
/** How long the button is held down before it is released (the click); 0 (the default) releases it at once. */
const PRESS_MS = Number(arg('press', 0));
const PORT = Number(process.env.BENCH_PORT) || 0;
/** A run that has not painted its panel (or answer) by then has failed; 4× CPU on 10,000 Japanese articles needs the most. */
const PAINT_TIMEOUT_MS = 60_000;

ensureDist();
const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

// ── the peers, bundled once ─────────────────────────────────────────────────────────────────
const LAUNCHER_STYLE = `{ position: 'fixed', bottom: '20px', right: '20px', width: '56px', height: '56px', borderRadius: '50%' }`;
const PEERS = {
  d: {
    name: `react-chat-widget ${version('react-chat-widget')} + React ${version('react')}`,
    css: 'react-chat-widget/lib/styles.css',
    launcher: '.rcw-launcher',
    panel: '.rcw-conversation-container',
    entry: `import React from 'react';
import { render } from 'react-dom';
import { Widget, addResponseMessage } from 'react-chat-widget';
const h = React.createElement;
render(h(Widget, { title: 'Help', subtitle: 'Ask us anything', handleNewUserMessage: (m) => addResponseMessage('You said: ' + m) }), document.getElementById('chat'));`,
  },
  e: {
    name: `@chatscope/chat-ui-kit-react ${version('@chatscope/chat-ui-kit-react')} + React ${version('react')}`,
    css: '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css',
    launcher: '#chat-launcher',
    panel: '.cs-main-container',
    entry: `import React, { useState } from 'react';
import { render } from 'react-dom';
import { MainContainer, ChatContainer, MessageList, Message, MessageInput } from '@chatscope/chat-ui-kit-react';
const h = React.createElement;
function App() {
  const [open, setOpen] = useState(false);
  return h(React.Fragment, null,
    open && h('div', { style: { position: 'fixed', bottom: '90px', right: '20px', width: '380px', height: '500px' } },
      h(MainContainer, null,
        h(ChatContainer, null,
          h(MessageList, null, h(Message, { model: { message: 'Hello! How can we help?', sentTime: 'just now', sender: 'Help', direction: 'incoming', position: 'single' } })),
          h(MessageInput, { placeholder: 'Type message here' })))),
    h('button', { id: 'chat-launcher', 'aria-label': 'Help', onClick: () => setOpen(!open), style: ${LAUNCHER_STYLE} }, '?'));
}
render(h(App), document.getElementById('chat'));`,
  },
  f: {
    name: `@botpress/webchat ${version('@botpress/webchat')} + React ${JSON.parse(readFileSync(join(root, 'node_modules/@botpress/webchat/node_modules/react/package.json'), 'utf8')).version}`,
    css: '@botpress/webchat/dist/style.css', // its index.js imports it; served as a <link> like the others'
    reactFrom: '@botpress/webchat',
    launcher: '#bp-fab .bpFabContainer',
    panel: '#bp-chat .bpContainer',
    entry: `import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Webchat, Fab } from '@botpress/webchat';
const h = React.createElement;
function App() {
  const [open, setOpen] = useState(false);
  return h(React.Fragment, null,
    h('div', { id: 'bp-chat' }, h(Webchat, { clientId: '00000000-0000-0000-0000-000000000000', style: { width: '400px', height: '600px', display: open ? 'flex' : 'none', position: 'fixed', bottom: '90px', right: '20px' } })),
    h('div', { id: 'bp-fab' }, h(Fab, { onClick: () => setOpen(!open), style: ${LAUNCHER_STYLE} })));
}
createRoot(document.getElementById('chat')).render(h(App));`,
  },
};

const CACHE = join(root, 'node_modules/.cache/kikubari-bench');
/** The peer's bundle, from the cache when its entry, versions and the bundler are unchanged. */
async function peerBundle(key, peer) {
  const hash = createHash('sha1')
    .update(peer.entry + peer.name + readFileSync(join(root, 'bench/bundle.mjs')))
    .digest('hex')
    .slice(0, 12);
  const file = join(CACHE, `widget-${key}-${hash}.js`);
  if (existsSync(file)) return readFileSync(file);
  const t0 = Date.now();
  process.stdout.write(`bundling ${peer.name} (once; cached in node_modules/.cache/kikubari-bench)… `);
  const js = await bundle({ entry: peer.entry, reactFrom: peer.reactFrom });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, js);
  console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return js;
}

// ── the pages ───────────────────────────────────────────────────────────────────────────────
const PAGE_PATH = '/hc/en-us/articles/360012345-Descaling-and-cleaning-your-Aero-Kettle';
const SNIPPET = `window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};`;
const PURCHASE = `kikubari('purchase', { orderId: 'A-1', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });`;
const TAG = `<script async src="/dist/kikubari.js"></script>`;
const BASE_TAG = `<script async src="/base/kikubari.js"></script>`;
const KIKU_LAUNCHER = '[data-kikubari] >>> [part~="launcher"]';
const KIKU_PANEL = '[data-kikubari] >>> [part="panel"]';
const kikuPage = (before, tag = TAG) => helpArticle(`<script>${SNIPPET}kikubari('init', { articles: '/bench/helpcenter.json' });${before}</script>${tag}`);

const ALL_VARIANTS = [
  { key: 'a', name: 'page alone (baseline)', html: helpArticle() },
  { key: 'b', name: 'kikubari, nothing to offer', html: kikuPage(''), engine: 'off', launcher: KIKU_LAUNCHER, panel: KIKU_PANEL },
  { key: 'c', name: 'kikubari, recent buyer', html: kikuPage(PURCHASE), engine: 'on', launcher: KIKU_LAUNCHER, panel: KIKU_PANEL },
  ...(COMPARE
    ? [
        { key: 'b0', name: 'kikubari, nothing to offer (--compare build)', html: kikuPage('', BASE_TAG), engine: 'off', launcher: KIKU_LAUNCHER, panel: KIKU_PANEL },
        { key: 'c0', name: 'kikubari, recent buyer (--compare build)', html: kikuPage(PURCHASE, BASE_TAG), engine: 'on', launcher: KIKU_LAUNCHER, panel: KIKU_PANEL },
      ]
    : []),
  ...Object.entries(PEERS).map(([key, p]) => ({
    key,
    name: p.name,
    html: helpArticle(`<link rel="stylesheet" href="/bench/${key}.css">`, `<div id="chat"></div><script type="module" src="/bench/${key}.js"></script>`),
    launcher: p.launcher,
    panel: p.panel,
  })),
];

const PICKED = arg('variants', '');
const VARIANTS = PICKED ? ALL_VARIANTS.filter((v) => v.key == 'a' || PICKED.split(',').includes(v.key)) : ALL_VARIANTS;

// ── one run ─────────────────────────────────────────────────────────────────────────────────
const metric = (m, name) => m.metrics.find((x) => x.name == name).value;

async function figures(page, cdp, server) {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await cdp.send('Performance.getMetrics');
  const lt = await page.evaluate(() => window.__bench.longest());
  return { script: metric(m, 'ScriptDuration') * 1000, heap: metric(m, 'JSHeapUsedSize'), bytes: server.bytes(), ...lt };
}

async function widgetRun(browser, server, v, rate, phaseMs = 0) {
  server.reset();
  const { context, page, cdp, errors } = await openContext(browser, rate, PAGE_PATH, v.html);
  try {
    await page.goto(server.origin + PAGE_PATH, { waitUntil: 'load' });
    if (v.engine) await kikubariReady(page, v.engine, v.name);
    if (v.launcher) await until(page, (s) => window.__bench.shown(s), v.launcher, v.name);
    await settle(page, server);
    const loaded = await figures(page, cdp, server);
    if (!v.launcher) return { loaded, opened: loaded, errors };
    const open = await clickUntilPainted(page, cdp, v.launcher, v.panel, PAINT_TIMEOUT_MS, phaseMs, PRESS_MS);
    await settle(page, server);
    // Long tasks from the click on (the page's own, at load, are in the column before).
    const click = await page.evaluate((t) => window.__bench.longest(t), open.clicked);
    return { loaded, opened: { ...(await figures(page, cdp, server)), open: open.ms, clickCount: click.count, clickLongest: click.longest }, errors };
  } finally {
    await context.close();
  }
}

async function searchRun(browser, server, set, rate) {
  const html = `<!doctype html><html lang="${set.lang}"><head><meta charset="utf-8"><title>Help Center</title>
<script>${SNIPPET}kikubari('init', { articles: '/bench/data/${set.file}' });${PURCHASE}</script>${TAG}</head>
<body><main><h1>Help Center</h1><p>${'Some helpful text. '.repeat(40)}</p></main></body></html>`;
  const path = `/hc/${set.lang}/search-bench`;
  const { context, page, errors } = await openContext(browser, rate, path, html);
  try {
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await kikubariReady(page, 'on', set.file);
    await settle(page, server);
    const r = await page.evaluate(
      async ({ query, panel, timeoutMs }) => {
        const b = window.__bench;
        const t0 = performance.now();
        const painted = b.watch(panel, timeoutMs, t0);
        window.kikubari('open', { query });
        const { painted: t1 } = await painted;
        return { ms: t1 - t0, ...b.longest(t0), first: b.find(panel).textContent };
      },
      { query: set.query, panel: KIKU_PANEL + ' :is([part="article"], [part="source"])', timeoutMs: PAINT_TIMEOUT_MS },
    );
    return { ...r, right: r.first.includes(set.expect), errors };
  } finally {
    await context.close();
  }
}

// ── all runs, round-robin ───────────────────────────────────────────────────────────────────
const startedAt = performance.now();
const files = { '/bench/helpcenter.json': { body: readFileSync(join(root, 'test/e2e/fixtures/helpcenter.json')), type: 'application/json' } };
if (COMPARE) for (const f of readdirSync(COMPARE)) if (/\.m?js$/.test(f)) files['/base/' + f] = { body: readFileSync(join(COMPARE, f)), type: 'text/javascript' };
if (ONLY != 'search')
  for (const [key, p] of Object.entries(PEERS)) {
    files[`/bench/${key}.js`] = { body: await peerBundle(key, p), type: 'text/javascript' };
    files[`/bench/${key}.css`] = { body: readFileSync(join(root, 'node_modules', p.css)), type: 'text/css' };
  }
const SETS = ONLY == 'widget' ? {} : articleSets();
for (const [name, set] of Object.entries(SETS)) {
  set.file = name.replace(' ', '-') + '.bin';
  // Bytes, not application/json: with DevTools attached (as Playwright always is) Chromium keeps a
  // decoded copy of every text response, a task for megabytes that no visitor's browser runs.
  files[`/bench/data/${set.file}`] = { body: set.body, type: 'application/octet-stream' };
}

const loadBefore = loadavg()[0];
const server = await serveBench({ port: PORT, files });
const browser = await chromium.launch({ executablePath: findChromium({ install: true }), args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const results = {}; // `${rate}:${key}` → runs
const searches = {}; // `${rate}:${set}` → runs
/** A run's figures into `bag`; a failed run is said and left out (the figures show how many ran). */
const keep = async (bag, k, run, what) => {
  try {
    const r = await run;
    if (r.errors.length) console.warn(`  ${what}: page errors: ${[...new Set(r.errors)].join('; ').slice(0, 300)}`);
    (bag[k] ||= []).push(r);
  } catch (e) {
    console.warn(`  ${what}: run failed, left out: ${e.message.split('\n')[0]}`);
  }
};
let loadAfter = NaN;
try {
  if (ONLY != 'search') {
    for (const v of VARIANTS) await widgetRun(browser, server, v, 1).catch((e) => console.warn(`  warm-up ${v.key}: ${e.message}`)); // browser and harness warm-up
    for (let rep = 0; rep < REPS; rep++)
      for (const rate of RATES)
        for (const v of VARIANTS) await keep(results, `${rate}:${v.key}`, widgetRun(browser, server, v, rate, REST_MS + clickPhase(rep, REPS)), `(${v.key}) at ${rate}×`);
  }
  for (let rep = 0; rep < SEARCH_REPS; rep++)
    for (const rate of SEARCH_RATES)
      for (const [name, set] of Object.entries(SETS)) await keep(searches, `${rate}:${name}`, searchRun(browser, server, set, rate), `${name} at ${rate}×`);
} finally {
  loadAfter = loadavg()[0];
  await browser.close();
  await server.close();
}

// ── report ──────────────────────────────────────────────────────────────────────────────────
console.log(`Chromium ${chromiumVersion}; ${cpus().length} cores (${cpus()[0].model.trim()}); 1-min load average ${fixed(loadBefore, 2)} before, ${fixed(loadAfter, 2)} after (other work on the machine inflates every figure and its spread).`);
const KB = 1024;
if (ONLY != 'search') {
  console.log(`\nSide by side: ${REPS} runs of each, round-robin; medians [min…max]; "added" = variant − median of (a); × = the variant's median over kikubari's (c).`);
  for (const rate of RATES) {
    const runs = (key) => results[`${rate}:${key}`] || [];
    const base = (phase, f) => median(runs('a').map((r) => f(r[phase])));
    for (const phase of ['loaded', 'opened']) {
      const baseScript = base(phase, (x) => x.script), baseHeap = base(phase, (x) => x.heap);
      const med = (key, f) => median(runs(key).map((r) => f(r[phase])));
      const ref = {
        script: med('c', (x) => x.script) - baseScript, heap: med('c', (x) => x.heap) - baseHeap,
        bytes: med('c', (x) => x.bytes), open: med('c', (x) => x.open),
      };
      const times = (x, r) => (r > 0 && Number.isFinite(x) ? (x / r).toFixed(1) + '×' : '');
      const rows = VARIANTS.filter((v) => v.key != 'a').map((v) => {
        const xs = (f) => runs(v.key).map((r) => f(r[phase]));
        const script = xs((x) => x.script - baseScript), heap = xs((x) => (x.heap - baseHeap) / KB), bytes = xs((x) => x.bytes / KB);
        const open = xs((x) => x.open);
        return [
          `(${v.key}) ${v.name}`,
          spread(script, 0), times(median(script), ref.script),
          `${fixed(Math.max(...xs((x) => x.count)), 0)} / ${fixed(Math.max(...xs((x) => x.longest)), 0)}`,
          spread(heap, 0), times(median(heap), ref.heap / KB),
          spread(bytes, 1), times(median(bytes), ref.bytes / KB),
          ...(phase == 'opened' ? [`${fixed(Math.max(...xs((x) => x.clickCount)), 0)} / ${fixed(Math.max(...xs((x) => x.clickLongest)), 0)}`, spread(open, 0), times(median(open), ref.open)] : []),
        ];
      });
      const head = ['variant', 'added script ms', '×', 'long tasks: most / longest ms', 'added heap KB', '×', 'fetched KB gzip', '×', ...(phase == 'opened' ? ['from the click: long tasks, most / longest ms', 'click → panel painted ms', '×'] : [])];
      console.log(`\n${rate}× CPU, ${phase == 'loaded' ? 'page loaded (launcher shown, main thread idle)' : 'after clicking the launcher (panel painted, main thread idle)'}:`);
      console.log(table(head, rows));
    }
  }
  const baseRuns = (rate) => results[`${rate}:a`] || [];
  console.log(`\nBaseline (a), the page alone: ${RATES.map((rate) => `at ${rate}× script ${spread(baseRuns(rate).map((r) => r.loaded.script), 0)} ms, long tasks (the page's own parsing, style and layout) most ${fixed(Math.max(...baseRuns(rate).map((r) => r.loaded.count)), 0)} / longest ${fixed(Math.max(...baseRuns(rate).map((r) => r.loaded.longest)), 0)} ms`).join('; ')}; heap ${spread(baseRuns(RATES[0]).map((r) => r.loaded.heap / KB), 0)} KB.`);
  console.log(`The pointer comes over the launcher, rests ${REST_MS ? REST_MS + ' ms and ' : ''}a moment spread over one frame (0–17 ms, the same moments for every variant), and presses${PRESS_MS ? `, holding the button down ${PRESS_MS} ms (click → panel painted is timed from the release, the click)` : ''}.`);
  console.log(`(b) fetches the pipeline and the widget only as the click nears (the pointer over the launcher); (c) runs the pipeline from the start and fetches and mounts the widget once the page is idle (before issue 15's idle prefetch, (c0) of a --compare build of that time fetched it on the click); all then load the 48-article index (test/e2e/fixtures/helpcenter.json) and show articles.`);
}
if (Object.keys(SETS).length) {
  console.log(`\nFirst answer, kikubari: a recent buyer's kikubari('open', { query }) → first article painted; ${SEARCH_REPS} run${SEARCH_REPS == 1 ? '' : 's'} each, round-robin; medians [min…max].`);
  const rows = [];
  for (const rate of SEARCH_RATES)
    for (const [name, set] of Object.entries(SETS)) {
      const rs = searches[`${rate}:${name}`] || [];
      rows.push([`${name} at ${rate}×`, `${fixed(set.body.length / 1e6, 1)} MB`, spread(rs.map((r) => r.ms), 0), `${fixed(Math.max(...rs.map((r) => r.count)), 0)}`, spread(rs.map((r) => r.longest), 0), `${rs.filter((r) => r.right).length} of ${rs.length}`]);
    }
  console.log(table(['index', 'size', 'open → first article ms', 'long tasks (most)', 'longest task ms', 'first is the one asked about'], rows));
  console.log(`Questions: en "${SETS['en 1k'].query}"; ja 「${SETS['ja 1k'].query}」 (JSQuAD).`);
}
console.log(`\n(${fixed((performance.now() - startedAt) / 1000, 0)} s)`);
