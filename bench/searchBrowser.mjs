#!/usr/bin/env node
// `npm run bench:search -- --browser`: what a visitor waits for with a large help center, in
// Chromium, at 1× and 4× CPU throttling (DevTools' Emulation.setCPUThrottlingRate): the index
// loaded (fetched, parsed and built in slices, as the widget does when the panel opens), then
// the first question answered — English and Japanese, 1,000 and 10,000 articles, from the plain
// article list and from `kikubari index --prebuilt`. For each: median and range of the load and
// the first answer, the longest stretch kikubari's code ran between its pauses, and the long
// tasks (> 50 ms) Chromium reported. Runs interleaved (every configuration once, then again).
//
// Data: Japanese from ../shared/data (JSQuAD valid + JaQuAD dev, 2,576 paragraphs; 10,000 by
// repeating them under new ids — the same words, so the build's dictionary does not grow the
// way a real 10,000-article centre's would); English generated from the demo store's
// vocabulary with Zipf-like word frequencies (no public English help-centre set is at hand).
// A figure, not a test: on a shared machine one run can be stretched by the OS.
//   --reps N   repetitions (default 3)     --sizes 1000,10000     --rates 1,4
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const REPS = +arg('reps', 3);
const SIZES = arg('sizes', '1000,10000').split(',').map(Number);
const RATES = arg('rates', '1,4').split(',').map(Number);
const QUERY = { en: 'kettle lid will not close after descaling', ja: '日本で最初の鉄道はいつ開業しましたか' };

const { formatIndex, formatPrebuiltIndex } = await loadFormats();

async function loadFormats() {
  // The CLI's writers, bundled from src/ (they are not part of the published API).
  const { rollup } = await import('rollup');
  const { default: typescript } = await import('@rollup/plugin-typescript');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const out = join(root, 'node_modules/.cache/kikubari-bench');
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'formats.ts');
  writeFileSync(entry, `export { formatIndex } from '${join(root, 'src/cli/formatIndex')}';\nexport { formatPrebuiltIndex } from '${join(root, 'src/cli/formatPrebuiltIndex')}';\n`);
  const bundle = await rollup({ input: entry, plugins: [nodeResolve(), typescript({ tsconfig: join(root, 'tsconfig.json'), include: [join(root, 'src/**/*'), entry], noEmit: false, declaration: false, outDir: undefined, sourceMap: false })], onwarn: () => {} });
  const file = join(out, 'formats.mjs');
  await bundle.write({ file, format: 'es' });
  return import(pathToFileURL(file).href);
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
const files = new Map();
for (const lang of ['en', 'ja'])
  for (const n of SIZES) {
    const articles = lang == 'ja' ? japanese(n) : english(n);
    files.set(`/${lang}-${n}-plain.json`, formatIndex(articles));
    files.set(`/${lang}-${n}-prebuilt.json`, formatPrebuiltIndex(articles));
  }
const page = `<!doctype html><meta charset="utf-8"><script type="module">
import { createArticleProvider } from '/search.mjs';
window.measure = async (url, query) => {
  const spans = [], long = [];
  let resumed;
  const suspend = () => resumed !== undefined && spans.push(performance.now() - resumed);
  const resume = (v) => ((resumed = performance.now()), v);
  const y = scheduler.yield.bind(scheduler);
  scheduler.yield = () => (suspend(), y().then(resume));
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
const server = createServer((req, res) => {
  const body = req.url == '/' ? page : req.url == '/search.mjs' ? readFileSync(join(root, 'dist/search.mjs')) : files.get(req.url);
  res.writeHead(body === undefined ? 404 : 200, { 'content-type': req.url.endsWith('.mjs') ? 'text/javascript' : req.url == '/' ? 'text/html' : 'application/octet-stream' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = 'http://127.0.0.1:' + server.address().port;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || undefined });

const configs = [];
for (const lang of ['en', 'ja']) for (const n of SIZES) for (const rate of RATES) for (const kind of ['plain', 'prebuilt']) configs.push({ lang, n, rate, kind });
const results = new Map(configs.map((c) => [c, []]));
for (let rep = 0; rep < REPS; rep++)
  for (const c of configs) {
    const tab = await browser.newPage();
    await tab.goto(origin + '/');
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.rate });
    await tab.waitForFunction(() => 'measure' in window);
    results.get(c).push(await tab.evaluate(([u, q]) => window.measure(u, q), [`/${c.lang}-${c.n}-${c.kind}.json`, QUERY[c.lang]]));
    await tab.close();
    process.stderr.write('.');
  }
process.stderr.write('\n');
await browser.close();
server.close();

const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cell = (xs) => `${med(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const { gzipSync } = await import('node:zlib');
const gz = (s) => gzipSync(s, { level: 9 }).length;
console.log(`Index load and first answer in Chromium (${REPS} interleaved runs; median (min–max) ms). The longest stretch is kikubari's code between two pauses; long tasks are Chromium's (> 50 ms, any cause).\n`);
console.log('| set | articles | CPU | index | gzip KB | load ms | first answer ms | longest stretch ms | long tasks (max ms) |');
console.log('|---|---:|---:|---|---:|---:|---:|---:|---:|');
for (const c of configs) {
  const r = results.get(c);
  const file = files.get(`/${c.lang}-${c.n}-${c.kind}.json`);
  console.log(
    `| ${c.lang} | ${c.n.toLocaleString('en')} | ${c.rate}× | ${c.kind} | ${(gz(file) / 1024).toFixed(0)} | ${cell(r.map((x) => x.load))} | ${cell(r.map((x) => x.answer))} | ${cell(r.map((x) => x.longest))} | ${med(r.map((x) => x.long))} (${Math.max(...r.map((x) => x.longMax)).toFixed(0)}) |`,
  );
}
