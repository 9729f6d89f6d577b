#!/usr/bin/env node
// `npm run bench:search -- --browser`: what a visitor waits for with a large help center, in
// Chromium, at 1× and 4× CPU throttling (DevTools' Emulation.setCPUThrottlingRate). Two parts:
//
// 1. The search alone (dist/search.mjs): the index loaded (fetched, parsed and built in slices,
//    as the widget does), then the first question answered — English and Japanese, 1,000 and
//    10,000 articles, from the plain article list, from `kikubari index --prebuilt` and from
//    `kikubari index --split` (its index.json loaded, then each question fetches its shards and bodies). For each:
//    median and range of the load and the first answer, the longest stretch kikubari's code ran
//    between its pauses, and the long tasks (> 50 ms) Chromium reported, any cause (the garbage
//    collector's pauses too).
// 2. The widget (dist/kikubari.js and its chunks): a recent buyer's `kikubari('open', { query })`
//    → the first answer painted (a quoted passage or an article), with the prebuilt or split index either
//    loaded before (an offer was shown, which loads it while the visitor reads: the run waits for
//    the offer's "N articles" preview) or not (no offer: the index loads when the panel opens).
//
// Runs are interleaved (every configuration once, then again). `--against DIR` runs another
// kikubari checkout (its dist/ built; its index writers bundled from its src/) beside this one in
// the same interleaving: before and after a change, on the same machine at the same time.
//
// Data: Japanese from ../shared/data (JSQuAD valid + JaQuAD dev, 2,576 paragraphs; 10,000 by
// repeating them under new ids — the same words, so the build's dictionary does not grow the
// way a real 10,000-article centre's would); English generated from the demo store's
// vocabulary with Zipf-like word frequencies (no public English help-centre set is at hand).
// A figure, not a test: on a shared machine the OS can stretch any task (the load average is
// printed with the figures).
//   --reps N   repetitions (default 3)     --sizes 1000,10000     --rates 1,4
//   --indexes plain,prebuilt,split (part 1)   --widget-indexes prebuilt,split   --widget-sizes 10000   --widget-rates 1
//   (part 2; --widget-sizes none skips it)
//   --servers h2,h1 (HTTP/2 with TLS, the default; HTTP/1.1)   --against DIR
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { probe } from './pageProbe.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const list = (s) => (s == 'none' ? [] : s.split(',').map(Number));
const REPS = +arg('reps', 3);
const SIZES = list(arg('sizes', '1000,10000'));
const RATES = list(arg('rates', '1,4'));
const INDEXES = arg('indexes', 'plain,prebuilt,split').split(',');
const WIDGET_INDEXES = arg('widget-indexes', 'prebuilt,split').split(',');
const WIDGET_SIZES = list(arg('widget-sizes', '10000'));
const WIDGET_RATES = list(arg('widget-rates', '1'));
const QUERY = { en: 'kettle lid will not close after descaling', ja: '日本で最初の鉄道はいつ開業しましたか' };
// What the offer in part 2 is about: its topics find articles in each set, so its preview appears.
const TOPIC = { en: 'kettle', ja: '鉄道' };
const PAINT_TIMEOUT_MS = 120_000;

/** The CLI's index writers of a checkout, bundled from its src/ (they are not part of the published API). */
async function loadFormats(dir) {
  const { rollup } = await import('rollup');
  const { default: typescript } = await import('@rollup/plugin-typescript');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const out = join(root, 'node_modules/.cache/kikubari-bench');
  mkdirSync(out, { recursive: true });
  const name = dir == root ? 'formats' : 'formats-baseline';
  const entry = join(out, name + '.ts');
  const split = existsSync(join(dir, 'src/cli/formatSplitIndex.ts')); // (not in builds before it)
  writeFileSync(
    entry,
    `export { formatIndex } from '${join(dir, 'src/cli/formatIndex')}';\nexport { formatPrebuiltIndex } from '${join(dir, 'src/cli/formatPrebuiltIndex')}';\n` +
      (split ? `export { formatSplitIndex } from '${join(dir, 'src/cli/formatSplitIndex')}';\n` : 'export const formatSplitIndex = undefined;\n'),
  );
  const bundle = await rollup({ input: entry, plugins: [nodeResolve(), typescript({ tsconfig: join(dir, 'tsconfig.json'), include: [join(dir, 'src/**/*'), entry], noEmit: false, declaration: false, outDir: undefined, sourceMap: false })], onwarn: () => {} });
  const file = join(out, name + '.mjs');
  await bundle.write({ file, format: 'es' });
  return import(pathToFileURL(file).href + '?' + Date.now());
}

function japanese(n) {
  const docs = ['jsquad-valid', 'jaquad-dev'].flatMap((set) =>
    readFileSync(join(root, '..', 'shared', 'data', set, 'corpus.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
  );
  return Array.from({ length: n }, (_, i) => {
    const d = docs[i % docs.length];
    return { id: d._id + '-' + i, title: d.title, url: '/hc/ja/articles/' + i, locale: 'ja', body: d.text };
  });
}

function english(n) {
  const store = JSON.parse(readFileSync(join(root, 'build/store/kb-index.json'), 'utf8'));
  const words = [...new Set(store.filter((a) => a.locale != 'ja').flatMap((a) => (a.title + ' ' + (a.body || '')).toLowerCase().match(/[a-z]{2,}/g) || []))];
  let seed = 11;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const word = () => words[Math.floor(words.length * rand() ** 2.5)]; // frequent words first, a long tail
  const text = (k) => Array.from({ length: k }, word).join(' ');
  return Array.from({ length: n }, (_, i) => ({ id: 'e' + i, title: 'How to ' + text(5), url: '/hc/en/articles/' + i, locale: 'en', body: text(140) + '.' }));
}

if (!existsSync(join(root, 'build/store/kb-index.json')) || !existsSync(join(root, 'dist/search.mjs'))) {
  console.error('Run `npm run build` and `node examples/store/build.mjs` first.');
  process.exit(1);
}
const baseline = arg('against');
const builds = [{ name: 'this', dir: root }];
if (baseline) {
  const dir = resolve(baseline);
  if (!existsSync(join(dir, 'dist/search.mjs'))) {
    console.error(`--against ${baseline}: no dist/search.mjs there; build that checkout first.`);
    process.exit(1);
  }
  builds.unshift({ name: 'baseline', dir });
}
const articles = new Map();
const set = (lang, n) => articles.get(lang + n) || (articles.set(lang + n, lang == 'ja' ? japanese(n) : english(n)), articles.get(lang + n));
const files = new Map(); // path → body
for (const [b, build] of builds.entries()) {
  const { formatIndex, formatPrebuiltIndex, formatSplitIndex } = await loadFormats(build.dir);
  build.prefix = `/b${b}`;
  build.split = !!formatSplitIndex;
  for (const lang of ['en', 'ja'])
    for (const n of new Set([...SIZES, ...WIDGET_SIZES])) {
      files.set(`${build.prefix}/${lang}-${n}-plain.bin`, formatIndex(set(lang, n)));
      files.set(`${build.prefix}/${lang}-${n}-prebuilt.bin`, formatPrebuiltIndex(set(lang, n)));
      if (formatSplitIndex) for (const [path, text] of formatSplitIndex(set(lang, n))) files.set(`${build.prefix}/${lang}-${n}-split/${path}`, text);
    }
}
/** Where a configuration's index is: a split index's index.json, or the one file. */
const indexUrl = (prefix, lang, n, kind) => `${prefix}/${lang}-${n}-${kind}${kind == 'split' ? '/index.json' : '.bin'}`;
// Each index file's size gzip -9 (worked out now, not while serving).
const gzCache = new Map([...files].map(([path, text]) => [path, gzipSync(text, { level: 9 }).length]));

// Part 1's page: the search module alone.
const searchPage = (prefix) => `<!doctype html><meta charset="utf-8"><script type="module">
import { createArticleProvider } from '${prefix}/dist/search.mjs';
window.measure = async (url, query) => {
  const spans = [], long = [];
  let resumed;
  const suspend = () => (resumed !== undefined && spans.push(performance.now() - resumed), (resumed = undefined));
  const resume = (v) => ((resumed = performance.now()), v);
  const y = scheduler.yield.bind(scheduler);
  scheduler.yield = () => (suspend(), y().then(resume));
  // So is a task of its own (lib/task.ts, a MessageChannel message: a split index's articles are read with those).
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (...a) { suspend(); return post.apply(this, a); };
  const on = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  Object.defineProperty(MessagePort.prototype, 'onmessage', { configurable: true, get() { return on.get.call(this); }, set(fn) { on.set.call(this, typeof fn == 'function' ? function (e) { resume(); return fn.call(this, e); } : fn); } });
  // Waiting for the network is not our code running: fetch and each read of the body are pauses.
  const f = window.fetch;
  window.fetch = (...a) => (suspend(), f(...a).then(resume));
  const read = ReadableStreamDefaultReader.prototype.read;
  ReadableStreamDefaultReader.prototype.read = function () { suspend(); return read.call(this).then(resume); };
  const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(e.duration)));
  obs.observe({ type: 'longtask' });
  const p = createArticleProvider(url);
  let t = performance.now();
  resume();
  await p.search('', { locale: '' }); // loads the index: what opening the panel starts
  suspend();
  const load = performance.now() - t;
  t = performance.now();
  resume();
  const hits = await p.search(query, { limit: 3 });
  suspend();
  const answer = performance.now() - t;
  await new Promise((r) => setTimeout(r, 100)); // let the long-task observer report
  obs.disconnect();
  return { load, answer, longest: Math.max(...spans), long: long.length, longMax: Math.max(0, ...long), hits: hits.length };
};
</script>`;

// Part 2's page: a help article on which a recent buyer is shown an offer at once (preloaded), or none.
const widgetPage = (prefix, lang, n, kind, preloaded) => {
  const config = { articles: indexUrl(prefix, lang, n, kind) };
  if (preloaded) Object.assign(config, { defaultOffer: false, etiquette: { quietStartSeconds: 0 }, offers: [{ id: 'bench', when: { page: 'kb' }, message: 'Need help?', topics: [TOPIC[lang]] }] });
  else config.proactive = false;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Help Center</title>
<script>window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};kikubari('init', ${JSON.stringify(config)});
kikubari('purchase', { orderId: 'A-1', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });</script>
<script async src="${prefix}/dist/kikubari.js"></script></head><body><main><h1>${lang == 'ja' ? 'ヘルプセンター' : 'Help Center'}</h1><p>${(lang == 'ja' ? 'お役に立つ説明文です。' : 'Some helpful text. ').repeat(40)}</p></main></body></html>`;
};

// The files are served from a thread of their own: in this one, the trace the runs collect (a
// stream of DevTools events) would hold each response back, and a split index's question makes
// twenty requests. (A visitor's server is not in their browser's debugger either.) Over HTTP/2
// with TLS by default, as a CDN or any static host serves a site's files (one connection, the
// requests side by side); `--servers h2,h1` adds HTTP/1.1 from Node, where Chromium opens six
// connections to a host and the rest of a split index's twenty requests wait in line.
const SERVERS = arg('servers', 'h2').split(',');
const cacheDir = join(root, 'node_modules/.cache/kikubari-bench');
function certificate() {
  const key = join(cacheDir, 'key.pem');
  const cert = join(cacheDir, 'cert.pem');
  if (!existsSync(cert))
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '3650', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
async function serve(protocol) {
  const worker = new Worker(
    `const { createServer } = require('node:http');
    const { createSecureServer } = require('node:http2');
    const { existsSync, readFileSync } = require('node:fs');
    const { join } = require('node:path');
    const { parentPort, workerData: { files, sizes, dirs, tls } } = require('node:worker_threads');
    let fetched = { files: 0, gzip: 0 };
    parentPort.on('message', (m) => {
      if (m == 'count') parentPort.postMessage((fetched = { files: 0, gzip: 0 }));
      else if (m == 'counted') parentPort.postMessage(fetched);
      else server.close(() => parentPort.close());
    });
    const handle = (req, res) => {
      const url = req.url.split('?')[0];
      const m = /^\\/b(\\d+)\\/dist\\/([\\w.-]+)$/.exec(url);
      const body = m ? (existsSync(join(dirs[+m[1]], 'dist', m[2])) ? readFileSync(join(dirs[+m[1]], 'dist', m[2])) : undefined) : files.get(url);
      if (!m && body !== undefined) (fetched.files++, (fetched.gzip += sizes.get(url)));
      // Indexes as bytes, not application/json: with DevTools attached (as Playwright always is)
      // Chromium keeps a decoded copy of every text response, a task for megabytes no visitor runs.
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': url.endsWith('.mjs') || url.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
      res.end(body);
    };
    const server = tls ? createSecureServer(tls, handle) : createServer(handle);
    server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`,
    { eval: true, workerData: { files, sizes: gzCache, dirs: builds.map((b) => b.dir), tls: protocol == 'h2' ? certificate() : undefined } },
  );
  const port = await new Promise((r) => worker.once('message', r));
  /** What the runs fetched of the index files since `count()`: how many, and their size gzip -9. */
  const ask = (m) => new Promise((r) => (worker.once('message', r), worker.postMessage(m)));
  return { protocol, origin: (protocol == 'h2' ? 'https' : 'http') + '://127.0.0.1:' + port, count: () => ask('count'), counted: () => ask('counted'), close: () => worker.postMessage('close') };
}
const servers = [];
for (const protocol of SERVERS) servers.push(await serve(protocol));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const loadBefore = loadavg();

async function tab(origin, rate, path, html) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true }); // (the test server's own certificate)
  await context.addInitScript(probe);
  await context.route(origin + path, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/**
 * Runs `work` with a DevTools trace on, and adds the main thread's tasks measured in thread time:
 * the longest and how many ran over 50 ms. A task's wall time also counts the moments the OS gave
 * the core to another process; its thread time does not, so on a busy machine this tells
 * kikubari's long tasks from the machine's. (CPU throttling counts as thread time.)
 */
async function traced(cdp, work) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const r = await work();
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const tasks = events.filter((e) => e.name == 'RunTask' && e.ph == 'X' && e.tdur !== undefined);
  const busy = new Map();
  for (const t of tasks) busy.set(t.tid, (busy.get(t.tid) || 0) + t.tdur);
  const main = [...busy].sort((a, b) => b[1] - a[1])[0][0]; // the renderer's main thread: the busiest
  const mainTasks = tasks.filter((t) => t.tid == main);
  const cpu = mainTasks.map((t) => t.tdur / 1000);
  // The garbage collector's part of the longest task (its MinorGC and MajorGC events, wall time).
  const longest = mainTasks.reduce((a, t) => (!a || t.tdur > a.tdur ? t : a), undefined);
  const gc = events.filter((e) => e.tid == main && e.ph == 'X' && (e.name == 'MinorGC' || e.name == 'MajorGC'));
  const inside = (t) => gc.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur).reduce((a, e) => a + e.dur / 1000, 0);
  return { ...r, cpuLongest: Math.max(0, ...cpu), cpuLong: cpu.filter((d) => d > 50).length, cpuLongestGc: longest ? inside(longest) : 0 };
}

async function searchRun(c) {
  const { origin, count, counted } = c.server;
  const { context, page, cdp } = await tab(origin, c.rate, '/search', searchPage(c.build.prefix));
  try {
    await page.goto(origin + '/search');
    await page.waitForFunction(() => 'measure' in window);
    await count();
    const r = await traced(cdp, () => page.evaluate(([u, q]) => window.measure(u, q), [indexUrl(c.build.prefix, c.lang, c.n, c.kind), QUERY[c.lang]]));
    return { ...r, fetched: await counted() };
  } finally {
    await context.close();
  }
}

const OFFER = '[data-kikubari] >>> [part="offer-preview"]';
const ANSWER = '[data-kikubari] >>> [part="panel"] :is([part="article"], [part="source"])';
async function widgetRun(c) {
  const path = `/hc/${c.lang}/articles/360000${c.n}`;
  const { origin, count, counted } = c.server;
  const { context, page, cdp } = await tab(origin, c.rate, path, widgetPage(c.build.prefix, c.lang, c.n, c.kind, c.preloaded));
  try {
    await page.goto(origin + path);
    await page.waitForFunction(() => {
      try {
        return window.kikubari('inspect').engine == 'on';
      } catch {
        return false;
      }
    });
    // Preloaded: the offer's preview ("N articles") is shown once the index has answered.
    if (c.preloaded) await page.waitForFunction((s) => window.__bench.shown(s), OFFER, { timeout: PAINT_TIMEOUT_MS, polling: 100 });
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))));
    await count();
    const r = await traced(cdp, () => page.evaluate(
      async ({ query, answer, timeoutMs }) => {
        const b = window.__bench;
        const t0 = performance.now();
        const painted = b.watch(answer, timeoutMs, t0);
        window.kikubari('open', { query });
        const { painted: t1 } = await painted;
        return { ms: t1 - t0, ...b.longest(t0) };
      },
      { query: QUERY[c.lang], answer: ANSWER, timeoutMs: PAINT_TIMEOUT_MS },
    ));
    return { ...r, fetched: await counted() };
  } finally {
    await context.close();
  }
}

const configs = [];
const has = (build, kind) => kind != 'split' || build.split;
for (const lang of ['en', 'ja']) for (const n of SIZES) for (const rate of RATES) for (const kind of INDEXES) for (const server of servers) for (const build of builds) if (has(build, kind)) configs.push({ part: 1, lang, n, rate, kind, server, build });
for (const lang of ['en', 'ja']) for (const n of WIDGET_SIZES) for (const rate of WIDGET_RATES) for (const kind of WIDGET_INDEXES) for (const preloaded of [true, false]) for (const server of servers) for (const build of builds) if (has(build, kind)) configs.push({ part: 2, lang, n, rate, kind, preloaded, server, build });
const results = new Map(configs.map((c) => [c, []]));
for (let rep = 0; rep < REPS; rep++)
  for (const c of configs) {
    try {
      results.get(c).push(await (c.part == 1 ? searchRun(c) : widgetRun(c)));
      process.stderr.write('.');
    } catch (e) {
      process.stderr.write(`\n${c.lang} ${c.n} ${c.rate}× ${c.build.name}: run failed, left out: ${e.message.split('\n')[0]}\n`);
    }
  }
process.stderr.write('\n');
const loadAfter = loadavg();
const version = browser.version();
await browser.close();
for (const s of servers) s.close();

const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cell = (xs) => (xs.length ? `${med(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})` : '—');
const gz = (s) => gzipSync(s, { level: 9 }).length;
const label = (c) => (servers.length > 1 ? ` | ${c.server.protocol == 'h2' ? 'HTTP/2' : 'HTTP/1.1'}` : '') + (baseline ? ` | ${c.build.name}` : '');
const labelHead = (servers.length > 1 ? ' | served' : '') + (baseline ? ' | build' : '');
const labelRule = (servers.length > 1 ? '|---' : '') + (baseline ? '|---' : '');
console.log(`Chromium ${version}; files served over ${servers.map((s) => (s.protocol == 'h2' ? 'HTTP/2 (TLS)' : 'HTTP/1.1')).join(' and ')} from a Node thread; load average (1, 5, 15 min) ${loadBefore.map((x) => x.toFixed(2)).join(', ')} before, ${loadAfter.map((x) => x.toFixed(2)).join(', ')} after (other work on the machine stretches every figure).`);
if (baseline) console.log(`Baseline: ${resolve(baseline)}.`);
console.log(`\n1. Index load and first answer, the search alone (${REPS} interleaved runs; median (min–max) ms). The longest stretch is kikubari's code between two pauses; long tasks are Chromium's (> 50 ms, any cause).\n`);
console.log(`| set | articles | CPU | index${labelHead} | gzip KB | fetched: files, gzip KB | load ms | first answer ms | longest stretch ms | long tasks: median (most), longest ms | in thread time: longest task ms, tasks > 50 ms | garbage collection in the longest task ms |`);
console.log(`|---|---:|---:|---${labelRule}|---:|---:|---:|---:|---:|---:|---:|---:|`);
const got = (r) => (r.length ? `${med(r.map((x) => x.fetched.files))}, ${(med(r.map((x) => x.fetched.gzip)) / 1024).toFixed(0)}` : '—');
for (const c of configs.filter((c) => c.part == 1)) {
  const r = results.get(c);
  const file = files.get(indexUrl(c.build.prefix, c.lang, c.n, c.kind));
  console.log(
    `| ${c.lang} | ${c.n.toLocaleString('en')} | ${c.rate}× | ${c.kind}${label(c)} | ${(gz(file) / 1024).toFixed(0)} | ${got(r)} | ${cell(r.map((x) => x.load))} | ${cell(r.map((x) => x.answer))} | ${cell(r.map((x) => x.longest))} | ${r.length ? `${med(r.map((x) => x.long))} (${Math.max(...r.map((x) => x.long))}), ${Math.max(...r.map((x) => x.longMax)).toFixed(0)}` : '—'} | ${cell(r.map((x) => x.cpuLongest))}, ${r.length ? `${med(r.map((x) => x.cpuLong))} (${Math.max(...r.map((x) => x.cpuLong))})` : '—'} | ${cell(r.map((x) => x.cpuLongestGc))} |`,
  );
}
if (configs.some((c) => c.part == 2)) {
  console.log(`\n2. The widget: a recent buyer's kikubari('open', { query }) → first answer painted, prebuilt or split index (${REPS} interleaved runs; median (min–max) ms). "Loaded before": an offer was shown first, and the run waited for its preview (the index had answered); "not": no offer, the index loads as the panel opens.\n`);
  console.log(`| set | articles | CPU | index${labelHead} | open → first answer ms | fetched in between: files, gzip KB | long tasks in between: median (most), longest ms | in thread time: longest task ms, tasks > 50 ms | garbage collection in the longest task ms |`);
  console.log(`|---|---:|---:|---${labelRule}|---:|---:|---:|---:|---:|`);
  for (const c of configs.filter((c) => c.part == 2)) {
    const r = results.get(c);
    console.log(
      `| ${c.lang} | ${c.n.toLocaleString('en')} | ${c.rate}× | ${c.kind}, ${c.preloaded ? 'loaded before' : 'not loaded'}${label(c)} | ${cell(r.map((x) => x.ms))} | ${got(r)} | ${r.length ? `${med(r.map((x) => x.count))} (${Math.max(...r.map((x) => x.count))}), ${Math.max(...r.map((x) => x.longest)).toFixed(0)}` : '—'} | ${cell(r.map((x) => x.cpuLongest))}, ${r.length ? `${med(r.map((x) => x.cpuLong))} (${Math.max(...r.map((x) => x.cpuLong))})` : '—'} | ${cell(r.map((x) => x.cpuLongestGc))} |`,
    );
  }
}
