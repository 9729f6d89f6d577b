#!/usr/bin/env node
// A small endpoint for kikubari's beacon sink (config.beaconUrl): it appends the NDJSON the
// sink posts to a file that `npx kikubari report` reads. Node's standard library only.
//
//   node examples/collector/collector.mjs --port 8787 --out events.ndjson
//   npx kikubari report events.ndjson --html report.html
//
// Limits, because the endpoint is public: a body over MAX_BODY bytes is refused (413) without
// being read to the end; a client address over RATE requests per minute is refused (429); only
// lines that look like outcome events (JSON objects with v, type, at, visitor) are kept, each
// at most MAX_LINE characters; CORS allows any origin to POST (sendBeacon sends text/plain,
// which needs no preflight), and nothing is ever echoed back.
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

export const MAX_BODY = 64 * 1024; // 20 events a batch are ~4 KB: 16x headroom
export const MAX_LINE = 4096;
export const RATE = 120; // requests per client address per minute

/**
 * Start the collector. Resolves once it listens; `close()` stops it.
 * @param {{ port?: number, host?: string, out: string, maxBody?: number, rate?: number, now?: () => number }} o
 */
export function startCollector(o) {
  const maxBody = o.maxBody ?? MAX_BODY;
  const rate = o.rate ?? RATE;
  const now = o.now ?? Date.now;
  /** Per client address: [window start, requests in it]. Swept each minute so it cannot grow without end. */
  const seen = new Map();
  let writes = Promise.resolve();
  const sweep = setInterval(() => seen.clear(), 60_000).unref();

  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method == 'OPTIONS') return res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'content-type' }).end();
    if (req.method != 'POST') return res.writeHead(405, { Allow: 'POST' }).end();
    const ip = req.socket.remoteAddress || '?';
    const t = now();
    const w = seen.get(ip);
    if (w && t - w[0] < 60_000) {
      if (++w[1] > rate) return res.writeHead(429, { 'Retry-After': '60' }).end();
    } else seen.set(ip, [t, 1]);
    if (Number(req.headers['content-length'] || 0) > maxBody) return res.writeHead(413, { Connection: 'close' }).end(), req.destroy();
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > maxBody) {
        res.writeHead(413, { Connection: 'close' }).end();
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (size > maxBody) return;
      const lines = Buffer.concat(chunks)
        .toString('utf8')
        .split('\n')
        .filter((l) => l.length <= MAX_LINE && isEvent(l));
      // Appends are chained: two batches never interleave their lines.
      if (lines.length) writes = writes.then(() => appendFile(o.out, lines.join('\n') + '\n')).catch((e) => console.error('collector: ' + e.message));
      writes.then(() => res.writeHead(204).end());
    });
  });
  return new Promise((resolve) =>
    server.listen(o.port ?? 8787, o.host ?? '127.0.0.1', () =>
      resolve({ port: server.address().port, close: () => (clearInterval(sweep), new Promise((r) => server.close(r))) }),
    ),
  );
}

function isEvent(line) {
  try {
    const e = JSON.parse(line);
    return !!e && typeof e == 'object' && e.v === 1 && typeof e.type == 'string' && typeof e.at == 'number' && typeof e.visitor == 'string';
  } catch {
    return false;
  }
}

if (import.meta.url == pathToFileURL(process.argv[1]).href) {
  const arg = (name, d) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : d);
  const c = await startCollector({ port: Number(arg('--port', 8787)), host: arg('--host', '127.0.0.1'), out: arg('--out', 'events.ndjson') });
  console.log(`kikubari collector on http://127.0.0.1:${c.port}/ → ${arg('--out', 'events.ndjson')} (config: beaconUrl: "http://…:${c.port}/")`);
}
