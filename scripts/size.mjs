#!/usr/bin/env node
// Prints the gzip -9 size of every dist file and fails over the budgets (SPEC §7), one per chunk
// a page loads: the always-loaded script ≤ 6 KB, the pipeline (signals, store, engine,
// idb-keyval) ≤ 13 KB, the lazy widget chunk (with Preact and search) ≤ 25 KB.
// Then what a page actually loads in each situation (see ARCHITECTURE.md "What loads when").
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGETS = {
  'kikubari.js': { limit: 6 * 1024, what: 'always-loaded script: loader, config check, launcher, events, gate' },
  'pipeline.mjs': { limit: 13 * 1024, what: 'pipeline chunk: signals, context store, engine, idb-keyval' },
  'sinks.mjs': { limit: 3 * 1024, what: 'event sinks (dataLayer, beacon), only where configured' },
  'widget.mjs': { limit: 25 * 1024, what: 'lazy widget chunk (Preact + widget + search)' },
  'handoff.mjs': { limit: 4 * 1024, what: 'hand-off adapters, availability and the customer info card with its labels, loaded by the widget on the way to a person and for the card' },
  'debug.mjs': { limit: 2 * 1024, what: 'debug overlay (debug on) and the theme.vars typo warning, loaded by the widget' },
  'prebuilt.mjs': { limit: 3 * 1024, what: 'prebuilt index reader, loaded by the widget only for a `kikubari index --prebuilt` index' },
  'split.mjs': { limit: 5 * 1024, what: 'split index reader, loaded by the widget only for a `kikubari index --split` index' },
  'mapping.mjs': { limit: 1024, what: "a search service's answer mapped by the URL template's fragment (Algolia, Elasticsearch/OpenSearch), loaded by the widget only for such a template" },
  'zendesk.mjs': { limit: 2 * 1024, what: 'Zendesk Help Center articles (an export, the search API) as articles, loaded by the widget only for an answer that holds them' },
};

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

if (!existsSync('dist')) {
  console.error('size: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
let failed = false;
console.log('file'.padEnd(16), 'bytes'.padStart(8), 'gzip -9'.padStart(9), '  budget');
for (const f of readdirSync('dist').filter((f) => /\.(m?js|css)$/.test(f)).sort()) {
  const buf = readFileSync(join('dist', f));
  const size = gz(buf);
  const b = BUDGETS[f];
  const over = b && size > b.limit;
  failed ||= !!over;
  console.log(
    f.padEnd(16),
    String(buf.length).padStart(8),
    String(size).padStart(9),
    b ? `  ${over ? 'OVER' : 'ok  '} ≤ ${b.limit} (${(size / b.limit * 100).toFixed(0)}%) ${b.what}` : '',
  );
}
for (const f of Object.keys(BUDGETS)) if (!existsSync(join('dist', f))) (failed = true), console.log(f, 'MISSING');
const size = (f) => (existsSync(join('dist', f)) ? gz(readFileSync(join('dist', f))) : NaN);
const [core, pipeline, widget] = ['kikubari.js', 'pipeline.mjs', 'widget.mjs'].map(size);
console.log(`
what a page loads (script tag, gzip -9):
  a visitor kikubari cannot help (no recent purchase, no site offers)   ${core} B
  a recent buyer, or a site with its own offers (pipeline runs)         ${core + pipeline} B
  … with the widget: once idle where the launcher is shown, else once   ${core + pipeline + widget} B
    an offer is near or the launcher is pressed
  for scale: open-source chat widgets on npm weigh 120–240 KB gzip (SPEC §7)`);
if (failed) {
  console.error('\nsize: over budget (or missing). Budgets live in scripts/size.mjs and SPEC.md §7.');
  process.exit(1);
}
