#!/usr/bin/env node
// A tiny static server (no dependencies) for the demo store, the examples and the e2e
// fixtures. Routes:  /dist/* → dist/   /test/* → test/   /npm/* → examples/npm/
//                    /playground/* → examples/playground/   /examples/* → examples/
//                    everything else → the demo store.
// A file `page.html.headers.json` next to `page.html` adds response headers (CSP test pages).
// `pages`, a Map of path → { body, headers }, serves pages a test made (test/engines/, bench/).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};
const MOUNTS = [
  ['/dist/', 'dist'],
  ['/test/', 'test'],
  ['/npm/', 'examples/npm'],
  ['/playground/', 'examples/playground'],
  ['/examples/', 'examples'],
  ['/', 'build/store'],
];

async function find(path) {
  for (const candidate of [path, path + '.html', join(path, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {}
  }
  return undefined;
}

export function serve({ port = Number(process.env.PORT) || 8080, host = '127.0.0.1', quiet = false, pages = new Map() } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const made = pages.get(url.pathname);
    if (made) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...made.headers });
      return res.end(made.body);
    }
    const [prefix, dir] = MOUNTS.find(([p]) => url.pathname.startsWith(p));
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    const file = await find(join(ROOT, dir, rel));
    if (!file || !file.startsWith(join(ROOT, dir))) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      const notFound = await find(join(ROOT, dir, '404'));
      return res.end(notFound ? await readFile(notFound) : 'Not found');
    }
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
    try {
      Object.assign(headers, JSON.parse(await readFile(file + '.headers.json', 'utf8')));
    } catch {}
    res.writeHead(200, headers);
    res.end(await readFile(file));
  });
  return new Promise((ok) =>
    server.listen(port, host, () => {
      if (!quiet) console.log(`kikubari demo: http://localhost:${server.address().port}/`);
      ok(server);
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve();
