// The browser benchmarks' server: every response gzip -9 encoded (Content-Encoding: gzip, as a
// CDN would send it), so the bytes it counts are the bytes a visitor downloads. Serves dist/
// under /dist/ and anything the benchmark puts in `files` (built bundles, generated article
// indexes: kept in memory, nothing written into the repo); the page itself is served by the
// benchmark (Playwright route) and not counted.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { root } from './ensure-dist.mjs';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** `files`: path → { body, type }. Returns { origin, bytes(), reset(), inflight(), requests() (answered so far), close() }. */
export async function serveBench({ port = 0, files = {} } = {}) {
  const gzipped = new Map();
  let bytes = 0;
  let inflight = 0;
  let requests = 0;
  const find = (path) => {
    if (files[path]) return files[path];
    if (!path.startsWith('/dist/')) return undefined;
    const file = join(root, 'dist', normalize(path.slice(6)).replace(/^(\.\.[/\\])+/, ''));
    return existsSync(file) ? { body: readFileSync(file), type: TYPES[extname(file)] } : undefined;
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const f = find(path);
    if (!f) return res.writeHead(404).end();
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(f.body, { level: 9 }));
    const body = gzipped.get(path);
    inflight++;
    requests++;
    res.on('close', () => inflight--);
    res.writeHead(200, { 'content-type': f.type || 'application/octet-stream', 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-cache' });
    bytes += body.length;
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    bytes: () => bytes,
    reset: () => void (bytes = 0),
    inflight: () => inflight,
    requests: () => requests,
    close: () => new Promise((ok) => (server.closeAllConnections(), server.close(ok))),
  };
}
