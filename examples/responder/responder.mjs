#!/usr/bin/env node
// A small server for kikubari's `responder`: it puts an OpenAI-compatible chat-completions endpoint
// behind the site's own origin, so the API key stays on the server. Node's standard library only.
//
//   OPENAI_API_KEY=sk-… node examples/responder/responder.mjs --port 8788
//   # optional: --base-url https://api.openai.com/v1 --model gpt-4o-mini (or RESPONDER_BASE_URL, RESPONDER_MODEL)
//   # your reverse proxy: POST https://shop.example/api/kikubari/responder → http://127.0.0.1:8788/api/kikubari/responder
//
// The browser posts what kikubari's responder receives ({ message, matches, purchases, page, locale });
// this server turns it into a prompt with the articles' passages, asks the model to answer only from
// them and to cite article ids, and answers { text, sources } — the shape the responder returns.
//
// What reaches the browser: the model's answer and the ids it cited (only ids it was given), or
// { error } with a fixed message. Never the key, never the upstream's own error text (a provider's
// "incorrect API key sk-…" message quotes part of the key). Limits, because the route is public and
// every call costs money: a body over MAX_BODY bytes is refused (413) unread; a client address over
// RATE requests per minute is refused (429); only POST with JSON; no CORS headers (same origin only).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

export const PATH = '/api/kikubari/responder';
export const MAX_BODY = 16 * 1024; // a question (≤ 500 characters in the widget) and three passages: ~3 KB
export const RATE = 20; // questions per client address per minute: a person types slower than that
export const UPSTREAM_TIMEOUT_MS = 12_000; // the widget gives a responder 15 s in all
const MAX_MESSAGE = 1000;
const MAX_MATCHES = 5;
const MAX_PASSAGE = 1200;

const str = (v, max) => (typeof v == 'string' ? v.slice(0, max) : '');

/**
 * The chat messages for one question: the rules, the articles (id, title, passage) and what the
 * visitor bought and is reading, then the question.
 * @param {{ message: string, matches?: { id: string, title: string, url?: string, passage?: string }[], purchases?: { items?: { name?: string, sku?: string }[] }[], page?: { title?: string, url?: string, product?: { name?: string, sku?: string } }, locale?: string }} p
 */
export function buildPrompt(p) {
  const matches = (Array.isArray(p.matches) ? p.matches : []).slice(0, MAX_MATCHES);
  const articles = matches.map((a) => `[${str(a.id, 80)}] ${str(a.title, 200)}\n${str(a.passage, MAX_PASSAGE)}`).join('\n\n');
  const bought = (Array.isArray(p.purchases) ? p.purchases : [])
    .flatMap((o) => (o && Array.isArray(o.items) ? o.items : []))
    .map((i) => str(i && i.name, 100))
    .filter(Boolean)
    .slice(0, 10);
  const page = p.page || {};
  const about = page.product && (str(page.product.name, 100) || str(page.product.sku, 60));
  const system = [
    'You answer a shop customer in the help widget of its website.',
    'Answer only from the help articles below. If they do not answer the question, say so in one sentence and suggest contacting a person; do not guess.',
    'Be brief: at most three sentences, plain text, no Markdown, no links.',
    `Answer in the customer's language${p.locale ? ` (their locale is ${str(p.locale, 20)})` : ''}.`,
    'Reply with JSON only: {"text": "your answer", "sources": ["id of each article you used"]}. Use only the ids in square brackets below.',
    '',
    'Help articles:',
    articles || '(none matched the question)',
    '',
    `The customer bought recently: ${bought.join(', ') || 'nothing we know of'}.`,
    `They are reading: ${str(page.title, 200) || 'an unknown page'}${about ? ` (about ${about})` : ''}.`,
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: str(p.message, MAX_MESSAGE) },
  ];
}

/**
 * The model's reply as `{ text, sources }`: JSON as asked (also inside a code fence), else the
 * whole reply as text with the `[id]` markers it used. Sources are only ids of the given articles.
 * @param {string} content @param {string[]} ids
 */
export function parseReply(content, ids) {
  const raw = String(content || '').trim();
  let text = raw;
  let cited = [];
  try {
    const json = JSON.parse(raw.replace(/^```(?:json)?\s*|\s*```$/g, ''));
    if (json && typeof json.text == 'string') (text = json.text), (cited = Array.isArray(json.sources) ? json.sources.map(String) : []);
  } catch {
    cited = [...raw.matchAll(/\[([^\]\s]{1,80})\]/g)].map((m) => m[1]);
    text = raw.replace(/\s*\[[^\]\s]{1,80}\]/g, '');
  }
  return { text: text.trim(), sources: [...new Set(cited)].filter((id) => ids.includes(id)).slice(0, 3) };
}

/**
 * The request handler, for a Node server of your own: `http.createServer(createHandler({ apiKey }))`.
 * @param {{ apiKey: string, baseUrl?: string, model?: string, path?: string, maxBody?: number, rate?: number, now?: () => number, fetch?: typeof fetch, log?: (m: string) => void }} o
 */
export function createHandler(o) {
  if (!o.apiKey) throw new Error('responder: set OPENAI_API_KEY (or pass apiKey)');
  const baseUrl = (o.baseUrl || 'https://api.openai.com/v1').replace(/\/+$/, '');
  const model = o.model || 'gpt-4o-mini';
  const maxBody = o.maxBody ?? MAX_BODY;
  const rate = o.rate ?? RATE;
  const now = o.now ?? Date.now;
  const log = o.log ?? ((m) => console.error('responder: ' + m));
  const seen = new Map();
  let swept = now();

  const send = (res, status, body) => res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));

  return (req, res) => {
    const path = (req.url || '').split('?')[0];
    if (path != (o.path || PATH)) return send(res, 404, { error: 'not found' });
    if (req.method != 'POST') return res.writeHead(405, { Allow: 'POST' }).end();
    if (!/^application\/json\b/i.test(req.headers['content-type'] || '')) return send(res, 415, { error: 'send JSON' });
    const t = now();
    if (t - swept > 60_000) (seen.clear(), (swept = t));
    const ip = req.socket.remoteAddress || '?';
    const w = seen.get(ip);
    if (w && t - w[0] < 60_000) {
      if (++w[1] > rate) return res.writeHead(429, { 'Retry-After': '60' }).end();
    } else seen.set(ip, [t, 1]);
    if (Number(req.headers['content-length'] || 0) > maxBody) return send(res, 413, { error: 'too large' }), req.destroy();
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > maxBody) send(res, 413, { error: 'too large' }), req.destroy();
      else chunks.push(c);
    });
    req.on('end', async () => {
      if (size > maxBody) return;
      let p;
      try {
        p = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { error: 'not JSON' });
      }
      if (!p || typeof p.message != 'string' || !p.message.trim()) return send(res, 400, { error: 'message must be a non-empty string' });
      const ids = (Array.isArray(p.matches) ? p.matches : []).slice(0, MAX_MATCHES).map((a) => String(a && a.id));
      try {
        const r = await (o.fetch || fetch)(baseUrl + '/chat/completions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + o.apiKey },
          body: JSON.stringify({ model, messages: buildPrompt(p), temperature: 0.2 }),
          signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
        });
        // The upstream's error text is logged here, never passed on: it may quote the key.
        if (!r.ok) throw new Error('the model endpoint answered HTTP ' + r.status);
        const json = await r.json();
        const content = json && json.choices && json.choices[0] && json.choices[0].message && json.choices[0].message.content;
        if (typeof content != 'string') throw new Error('the model endpoint sent no message');
        const reply = parseReply(content, ids);
        if (!reply.text) throw new Error('the model sent an empty answer');
        send(res, 200, reply);
      } catch (e) {
        log(e && e.name == 'TimeoutError' ? 'the model endpoint did not answer in time' : String((e && e.message) || e));
        send(res, 502, { error: 'the assistant is unavailable' });
      }
    });
  };
}

/**
 * Start the responder server. Resolves once it listens; `close()` stops it.
 * @param {Parameters<typeof createHandler>[0] & { port?: number, host?: string }} o
 */
export function startResponder(o) {
  const server = createServer(createHandler(o));
  return new Promise((resolve) =>
    server.listen(o.port ?? 8788, o.host ?? '127.0.0.1', () => resolve({ port: server.address().port, close: () => new Promise((r) => server.close(r)) })),
  );
}

if (import.meta.url == pathToFileURL(process.argv[1]).href) {
  const arg = (name, d) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : d);
  const r = await startResponder({
    apiKey: process.env.OPENAI_API_KEY,
    baseUrl: arg('--base-url', process.env.RESPONDER_BASE_URL),
    model: arg('--model', process.env.RESPONDER_MODEL),
    port: Number(arg('--port', 8788)),
    host: arg('--host', '127.0.0.1'),
  });
  console.log(`kikubari responder on http://127.0.0.1:${r.port}${PATH} (proxy ${PATH} on your site's origin here)`);
}
