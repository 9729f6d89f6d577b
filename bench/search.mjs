#!/usr/bin/env node
// `npm run bench:search`: ranking quality and speed of kikubari's article search, side by side
// with MiniSearch (default tokenizer, and an Intl.Segmenter tokenizer), Fuse.js and FlexSearch,
// on real labelled Japanese retrieval sets nobody on this project wrote (../shared/data, BEIR
// format; see its README). One relevant article per query, so:
//   MRR@10    mean of 1/rank of the relevant article in the top 10 (0 when absent)
//   R@1, R@5  share of queries whose relevant article is first / in the top 5
//   build     index build time (ms, wall clock, one run after a warm-up build)
//   p50, p95  per-query latency (ms), over every query
// kikubari runs from dist/search.mjs when that is newer than its sources, else it is bundled
// from src/ on the fly (rollup + @rollup/plugin-typescript), so the figures are always for the
// code in the tree. The data stay in ../shared/data; nothing is copied into the package.
//
// Parameters were chosen on principle, not fitted to these sets (a separate English FAQ set
// and another Japanese split check that): see src/search/createArticleSearch.ts and
// src/search/tokenize.ts. `--ablation` adds rows for nearby ranking parameters (through
// createArticleSearch's options), to show the defaults are not a knife-edge optimum.
import { existsSync, readFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import FlexSearch from 'flexsearch';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--browser`: index load and first answer in Chromium at 1× and 4× CPU (bench/searchBrowser.mjs).
if (process.argv.includes('--browser')) {
  await import('./searchBrowser.mjs');
  process.exit(0);
}
const dataDir = join(root, '..', 'shared', 'data');
const SETS = ['jsquad-valid', 'jaquad-dev'];
// Fuse.js scans every document per query (Bitap, no index): 200–1,000 ms a query here. It
// gets FUSE_QUERIES queries spread evenly over each set, so the bench stays within a few minutes.
const FUSE_QUERIES = 60;

/** kikubari's search as shipped: the built file when it is current, else the sources bundled now. */
async function loadKikubari() {
  const dist = join(root, 'dist/search.mjs');
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
      0,
    );
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest(join(root, 'src'))) return { mod: await import(pathToFileURL(dist).href), from: 'dist/search.mjs' };
  const { rollup } = await import('rollup');
  const { default: typescript } = await import('@rollup/plugin-typescript');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const out = join(root, 'node_modules/.cache/kikubari-bench');
  mkdirSync(out, { recursive: true });
  const bundle = await rollup({
    input: join(root, 'src/entrypoints/search.ts'),
    plugins: [nodeResolve(), typescript({ tsconfig: join(root, 'tsconfig.json'), noEmit: false, declaration: false, outDir: undefined, sourceMap: false })],
    onwarn: () => {},
  });
  const file = join(out, 'search.mjs');
  await bundle.write({ file, format: 'es' });
  return { mod: await import(pathToFileURL(file).href), from: 'src/ (bundled now; run `npm run build` to use dist/)' };
}

function load(name) {
  const dir = join(dataDir, name);
  const lines = (f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean);
  const docs = lines('corpus.jsonl').map((l) => JSON.parse(l)).map((d) => ({ id: d._id, title: d.title, text: d.text }));
  const queries = lines('queries.jsonl').map((l) => JSON.parse(l));
  const relevant = new Map(lines('qrels.tsv').slice(1).map((l) => l.split('\t')));
  return { docs, queries: queries.filter((q) => relevant.has(q._id)), relevant };
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const segment = (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

/** Each engine: build(docs) → index; search(index, query) → ids of the top 10. */
const engines = (kikubari) => [
  {
    name: 'kikubari',
    build: (docs) => kikubari.createArticleSearch(docs.map((d) => ({ id: d.id, title: d.title, url: '/' + d.id, body: d.text }))),
    search: (s, q) => s.search(q, { limit: 10 }).map((r) => r.id),
  },
  ...(process.argv.includes('--ablation')
    ? [
        ['title 1', { weights: { title: 1 } }],
        ['title 2', { weights: { title: 2 } }],
        ['title 5', { weights: { title: 5 } }],
        ['k1 1.2', { k1: 1.2 }],
        ['k1 1.5', { k1: 1.5 }],
        ['b 0.5', { b: 0.5 }],
        ['b 0.9', { b: 0.9 }],
      ].map(([label, options]) => ({
        name: `  kikubari, ${label}`,
        build: (docs) => kikubari.createArticleSearch(docs.map((d) => ({ id: d.id, title: d.title, url: '/' + d.id, body: d.text })), options),
        search: (s, q) => s.search(q, { limit: 10 }).map((r) => r.id),
      }))
    : []),
  {
    name: 'MiniSearch (default tokenizer)',
    build: (docs) => {
      const ms = new MiniSearch({ fields: ['title', 'text'] });
      ms.addAll(docs);
      return ms;
    },
    search: (ms, q) => ms.search(q).slice(0, 10).map((r) => r.id),
  },
  {
    name: 'MiniSearch + Intl.Segmenter',
    build: (docs) => {
      const ms = new MiniSearch({ fields: ['title', 'text'], tokenize: segment });
      ms.addAll(docs);
      return ms;
    },
    search: (ms, q) => ms.search(q).slice(0, 10).map((r) => r.id),
  },
  {
    name: 'FlexSearch (CJK charset)',
    build: (docs) => {
      const ix = new FlexSearch.Index({ encoder: FlexSearch.Charset.CJK, tokenize: 'strict' });
      docs.forEach((d, i) => ix.add(i, d.title + '\n' + d.text));
      return { ix, docs };
    },
    search: ({ ix, docs }, q) => ix.search(q, { limit: 10, suggest: true }).map((i) => docs[i].id),
  },
  {
    name: 'FlexSearch + Intl.Segmenter',
    build: (docs) => {
      const ix = new FlexSearch.Index({ encode: (t) => segment(t.toLowerCase()), tokenize: 'strict' });
      docs.forEach((d, i) => ix.add(i, d.title + '\n' + d.text));
      return { ix, docs };
    },
    search: ({ ix, docs }, q) => ix.search(q, { limit: 10, suggest: true }).map((i) => docs[i].id),
  },
  {
    name: `Fuse.js (${FUSE_QUERIES} queries)`,
    sample: FUSE_QUERIES,
    build: (docs) => new Fuse(docs, { keys: ['title', 'text'], ignoreLocation: true }),
    search: (fuse, q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id),
  },
];

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

function evaluate(engine, { docs, queries, relevant }) {
  engine.build(docs); // warm-up: JIT and Intl data, so build time is the steady state
  const t0 = performance.now();
  const index = engine.build(docs);
  const build = performance.now() - t0;
  let rr = 0, r1 = 0, r5 = 0, n = 0;
  const times = [];
  const step = engine.sample ? queries.length / engine.sample : 1;
  for (let x = 0; x < queries.length; x += step) {
    const i = Math.floor(x);
    const q = queries[i];
    const t = performance.now();
    const ids = engine.search(index, q.text);
    times.push(performance.now() - t);
    const rank = ids.indexOf(relevant.get(q._id));
    n++;
    if (rank >= 0) {
      rr += 1 / (rank + 1);
      if (rank == 0) r1++;
      if (rank < 5) r5++;
    }
  }
  times.sort((a, b) => a - b);
  return { mrr: rr / n, r1: r1 / n, r5: r5 / n, build, p50: pct(times, 0.5), p95: pct(times, 0.95), n };
}

/** The 50 ms promise, measured: 5,000 articles built in slices, then the slowest query. */
async function longTasks(kikubari, sets) {
  const all = sets.flatMap((s) => s.docs);
  const articles = [];
  for (let i = 0; articles.length < 5000; i++) {
    const d = all[i % all.length];
    articles.push({ id: d.id + '#' + i, title: d.title, url: '/' + i, body: d.text });
  }
  // A 1 ms timer sees how long the thread was busy between ticks. Only CPU time this process
  // used counts: on a busy machine the OS may deschedule it, which is no long task of ours.
  let last = performance.now(), cpu = process.cpuUsage(), worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    worst = Math.max(worst, Math.min(now - last, (used.user + used.system) / 1000));
    last = now;
    cpu = process.cpuUsage();
  }, 1);
  const t0 = performance.now();
  const s = await kikubari.createArticleSearchAsync(articles);
  const total = performance.now() - t0;
  clearInterval(timer);
  let slowest = 0;
  for (const q of sets.flatMap((x) => x.queries).slice(0, 2000)) {
    const t = performance.now();
    s.search(q.text.slice(0, 1 + (q.text.length >> 1)), { limit: 10 }); // half-typed: exercises the prefix scan
    s.search(q.text, { limit: 10 });
    slowest = Math.max(slowest, (performance.now() - t) / 2);
  }
  return { total, worst, slowest };
}

const f = (x, d = 3) => x.toFixed(d);
const { mod: kikubari, from } = await loadKikubari();
console.log(`kikubari search from ${from}; Node ${process.version}; data ${dataDir}\n`);
const sets = SETS.map((name) => ({ name, ...load(name) }));
for (const set of sets) {
  console.log(`${set.name}: ${set.docs.length} documents, ${set.queries.length} queries`);
  console.log(`| ${'engine'.padEnd(32)} | MRR@10 |  R@1  |  R@5  | build ms | p50 ms | p95 ms |`);
  console.log(`|${'-'.repeat(34)}|--------|-------|-------|----------|--------|--------|`);
  for (const engine of engines(kikubari)) {
    const r = evaluate(engine, set);
    console.log(
      `| ${engine.name.padEnd(32)} | ${f(r.mrr).padStart(6)} | ${f(r.r1).padStart(5)} | ${f(r.r5).padStart(5)} | ${f(r.build, 0).padStart(8)} | ${f(r.p50, 2).padStart(6)} | ${f(r.p95, 2).padStart(6)} |`,
    );
  }
  console.log('');
}
const lt = await longTasks(kikubari, sets);
console.log(
  `Main thread, 5,000 articles: createArticleSearchAsync took ${f(lt.total, 0)} ms in slices; longest the thread was busy between pauses ${f(lt.worst, 1)} ms; slowest query ${f(lt.slowest, 2)} ms (budget: 50 ms).`,
);
