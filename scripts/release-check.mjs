#!/usr/bin/env node
// The release check (a step of `npm test`): what a stranger gets from `npm pack`, used the
// three ways the README promises, in a fresh folder that shares nothing with this repo.
//
//   1. Pack after an `npm start`-style build (no type declarations in dist/): `npm pack` must
//      run the full build itself (`prepack`), whatever ran before, and ship every file that
//      package.json's `exports`, `types` and `bin` name, plus the lazily loaded chunks.
//   2. Install the tarball into an empty folder, offline: its runtime dependencies are packed
//      from this repo's node_modules, so no registry (and no npm cache) is needed.
//   3. Use it: the CLI through `npx kikubari index`; `import` in a TypeScript app type-checked in
//      strict mode (with this repo's tsc); and dist/kikubari.js served as-is from
//      node_modules/kikubari/dist/ to Chromium, which loads its chunks from beside it.
//
// `--no-prepack` skips step 1's rebuild (packs dist/ as it is) for a quick local re-run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const APP = mkdtempSync(join(tmpdir(), 'kikubari-release-'));
const started = Date.now();
let failures = 0;

const ok = (what) => console.log('  ✓ ' + what);
const fail = (what, detail = '') => {
  failures++;
  console.log('  ✗ ' + what + (detail ? '\n      ' + String(detail).trim().split('\n').join('\n      ') : ''));
};
const run = (cmd, args, cwd, env = {}) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', ...env } });

try {
  // 1. Pack, starting from what `npm start` leaves: JavaScript but no declarations.
  if (!process.argv.includes('--no-prepack')) {
    for (const f of readdirSync(join(ROOT, 'dist'), { withFileTypes: true }))
      if (f.name.endsWith('.d.ts') || f.name == 'types') rmSync(join(ROOT, 'dist', f.name), { recursive: true, force: true });
  }
  const packArgs = ['pack', '--json', '--pack-destination', APP, ...(process.argv.includes('--no-prepack') ? ['--ignore-scripts'] : [])];
  const packed = run('npm', packArgs, ROOT);
  if (packed.status !== 0) throw new Error('npm pack failed:\n' + packed.stderr);
  const [{ filename, files }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
  const shipped = new Set(files.map((f) => f.path));
  const named = new Set(['package.json', 'README.md', 'LICENSE', 'dist/pipeline.mjs', 'dist/widget.mjs']);
  const collect = (v) => (typeof v == 'string' ? named.add(v.replace(/^\.\//, '')) : v && Object.values(v).forEach(collect));
  collect(pkg.exports);
  collect(pkg.types);
  collect(pkg.bin);
  const missing = [...named].filter((f) => !shipped.has(f));
  // Every declaration file the entry declarations reach must ship too.
  const declarations = [...shipped].filter((f) => f.endsWith('.d.ts'));
  if (missing.length) fail('the package ships every file package.json names', 'missing: ' + missing.join(', '));
  else ok(`npm pack ships ${shipped.size} files: every file package.json names, the chunks, and ${declarations.length} declaration files`);

  // 2. Install into a fresh folder, offline. Runtime dependencies come packed from this repo.
  const deps = { kikubari: 'file:./' + filename };
  for (const name of Object.keys(pkg.dependencies)) {
    const r = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', APP, join(ROOT, 'node_modules', name)], ROOT);
    if (r.status !== 0) throw new Error('packing ' + name + ' failed:\n' + r.stderr);
    deps[name] = 'file:./' + JSON.parse(r.stdout.slice(r.stdout.indexOf('[')))[0].filename;
  }
  writeFileSync(join(APP, 'package.json'), JSON.stringify({ name: 'release-check-app', private: true, type: 'module', dependencies: deps }, null, 2));
  const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], APP);
  if (installed.status !== 0) throw new Error('npm install of the tarball failed:\n' + installed.stderr);
  ok('npm install ' + filename + ' in an empty folder, offline');

  // 3a. The CLI through npx.
  mkdirSync(join(APP, 'help/lamps'), { recursive: true });
  writeFileSync(join(APP, 'help/lamps/flicker.md'), '---\nproducts: [LM-1]\n---\n# Why does my lamp flicker?\n\nA loose bulb or a dimmer that does not suit LED bulbs.');
  const cli = run('npx', ['--offline', 'kikubari', 'index', 'help', '--base-url', 'https://lumen.example', '--out', 'public/kb-index.json'], APP);
  const index = existsSync(join(APP, 'public/kb-index.json')) ? JSON.parse(readFileSync(join(APP, 'public/kb-index.json'), 'utf8')) : [];
  if (cli.status === 0 && index[0]?.url == 'https://lumen.example/help/lamps/flicker') ok('npx kikubari index builds an index (' + index[0].url + ')');
  else fail('npx kikubari index builds an index', cli.stderr + cli.stdout);
  const check = run('npx', ['--offline', 'kikubari', 'index', '--check', 'public/kb-index.json'], APP);
  if (check.status === 0) ok('npx kikubari index --check accepts it');
  else fail('npx kikubari index --check accepts it', check.stderr);

  // 3b. A TypeScript app, strict, resolving the package the way bundlers and Node do.
  writeFileSync(
    join(APP, 'app.ts'),
    `import { createKikubari, type KikubariConfig } from 'kikubari';
import { createArticleSearch } from 'kikubari/search';

const config: KikubariConfig = { articles: '/kb-index.json', theme: { accent: '#1d6b4f' } };
const k = createKikubari(config);
const off: () => void = k.on('offer:shown', (e) => console.log(e.offerId.toUpperCase(), e.reasons.join(', ')));
off();
void k.purchase({ orderId: 'A-1', items: [{ sku: 'LM-1', name: 'Lumen lamp', price: 49, quantity: 1 }] });
const hits: { id: string; score: number }[] = createArticleSearch([{ id: '1', title: 'Flicker', url: '/flicker' }]).search('flicker');
export { hits };
// The declarations are real types, not \`any\`: each of these must be an error.
// @ts-expect-error  consent takes 'granted' | 'pending' | 'denied'
k.setConsent('yes');
// @ts-expect-error  an order needs items
void k.purchase({ orderId: 'A-2' });
`,
  );
  for (const moduleResolution of ['bundler', 'node16']) {
    writeFileSync(
      join(APP, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], module: moduleResolution == 'bundler' ? 'esnext' : 'node16', moduleResolution, types: [], skipLibCheck: false },
        files: ['app.ts'],
      }),
    );
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', APP], APP);
    if (tsc.status === 0) ok(`a strict TypeScript app type-checks against the installed package (moduleResolution ${moduleResolution})`);
    else fail(`a strict TypeScript app type-checks (moduleResolution ${moduleResolution})`, tsc.stdout + tsc.stderr);
  }
  // …and importing it in Node (SSR) touches no window.
  const ssr = run(process.execPath, ['--input-type=module', '-e', "const m = await import('kikubari'); const s = await import('kikubari/search'); if (typeof m.createKikubari != 'function' || typeof s.createArticleSearch != 'function') process.exit(1);"], APP);
  if (ssr.status === 0) ok('import in Node (SSR) works with no window');
  else fail('import in Node (SSR) works with no window', ssr.stderr);

  // 3c. The script-tag files, served as-is from node_modules/kikubari/dist/.
  await checkScriptTag();
} catch (e) {
  fail('release check', e.stack || e);
} finally {
  rmSync(APP, { recursive: true, force: true });
}
console.log(`release check: ${failures ? failures + ' failed' : 'all passed'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failures ? 1 : 0);

async function checkScriptTag() {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('./browser.mjs');
  const requested = [];
  const page = `<!doctype html><html lang="en"><head><title>Lamp help</title>
<script>window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};
kikubari('init', { articles: [{ id: 'flicker', title: 'Why does my lamp flicker?', url: '/help/flicker', body: 'A loose bulb.', products: ['LM-1'] }] });</script>
<script async src="/node_modules/kikubari/dist/kikubari.js"></script></head><body><h1>Lamp help</h1></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requested.push(path);
    if (path == '/favicon.ico') return res.writeHead(204).end();
    if (path == '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    const file = join(APP, path);
    if (!file.startsWith(join(APP, 'node_modules/kikubari/dist/')) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': extname(file) == '.html' ? 'text/html' : 'text/javascript' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    // Through the queue: works whether or not the file has loaded yet.
    await tab.evaluate(() => window.kikubari('open', { query: 'flicker' }));
    // A typed question is answered from the best article, linked as the source (or listed as an article).
    const article = tab.locator('[data-kikubari] [part~="article"], [data-kikubari] [part~="source"]').first();
    await article.waitFor({ timeout: 10000 });
    const title = await article.textContent();
    const chunks = requested.filter((p) => p.endsWith('.mjs'));
    if (title.includes('Why does my lamp flicker?') && chunks.includes('/node_modules/kikubari/dist/widget.mjs') && !errors.length)
      ok('dist/kikubari.js served from node_modules/kikubari/dist/ opens the widget in Chromium (chunks: ' + chunks.map((c) => c.split('/').pop()).join(', ') + ')');
    else fail('the script tag works from node_modules/kikubari/dist/', JSON.stringify({ title, chunks, errors }));
  } finally {
    await browser.close();
    server.close();
  }
}
