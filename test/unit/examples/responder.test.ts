// @vitest-environment node
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPrompt, parseReply, startResponder } from '../../../examples/responder/responder.mjs';

const KEY = 'sk-test-0123456789abcdef';
const MATCHES = [
  { id: '3002', title: 'Aero Kettle is not working', url: '/hc/en/articles/3002', passage: 'If the light stays off, press the lid until it clicks.' },
  { id: '3901', title: 'Returns and refunds', url: '/hc/en/articles/3901', passage: 'You can return any product within 30 days.' },
];
const PAYLOAD = {
  message: 'the light stays off',
  matches: MATCHES,
  purchases: [{ orderId: 'A-1', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] }],
  page: { url: 'https://shop.example/hc/en/articles/3001', title: 'Setting up your Aero Kettle', type: 'kb', product: { sku: 'AK-1', name: 'Aero Kettle' } },
  locale: 'en',
};

/** A local OpenAI-compatible chat-completions endpoint that answers `reply` (or a status) and records what it got. */
async function fakeModel(answer: { status?: number; body: unknown }) {
  const got: { headers: IncomingMessage['headers']; url?: string; body: any }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ headers: req.headers, url: req.url, body: JSON.parse(body) });
      res.writeHead(answer.status || 200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { baseUrl: 'http://127.0.0.1:' + (server.address() as AddressInfo).port + '/v1', got, close: () => new Promise((r) => server.close(r)) };
}
const completion = (content: string) => ({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });

const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function setup(answer: { status?: number; body: unknown }, o: object = {}) {
  const model = await fakeModel(answer);
  stops.push(model.close);
  const logs: string[] = [];
  const r = await startResponder({ apiKey: KEY, baseUrl: model.baseUrl, port: 0, log: (m: string) => logs.push(m), ...o });
  stops.push(r.close);
  const ask = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch('http://127.0.0.1:' + r.port + '/api/kikubari/responder', { method: 'POST', headers, body: typeof body == 'string' ? body : JSON.stringify(body) });
  return { model, ask, logs };
}

describe('example responder', () => {
  it('asks the model with the passages, the purchase and the page, and answers { text, sources } with the ids it cited', async () => {
    const { model, ask } = await setup({ body: completion('{"text":"Press the lid until it clicks.","sources":["3002"]}') });
    const res = await ask(PAYLOAD);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ text: 'Press the lid until it clicks.', sources: ['3002'] });
    const sent = model.got[0]!;
    expect(sent.url).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer ' + KEY);
    expect(sent.body.model).toBe('gpt-4o-mini');
    const [system, user] = sent.body.messages;
    expect(system.content).toContain('[3002] Aero Kettle is not working\nIf the light stays off, press the lid until it clicks.');
    expect(system.content).toContain('[3901] Returns and refunds');
    expect(system.content).toContain('bought recently: Aero Kettle');
    expect(system.content).toContain('Setting up your Aero Kettle (about Aero Kettle)');
    expect(user).toEqual({ role: 'user', content: 'the light stays off' });
  });

  it('keeps only ids of the articles it was given: a made-up citation is dropped', async () => {
    const { ask } = await setup({ body: completion('```json\n{"text":"See the guide.","sources":["3002","9999","3002"]}\n```') });
    expect(await (await ask(PAYLOAD)).json()).toEqual({ text: 'See the guide.', sources: ['3002'] });
  });

  it('the key never reaches the client, even when the upstream error quotes it', async () => {
    const { ask, logs } = await setup({ status: 401, body: { error: { message: 'Incorrect API key provided: ' + KEY } } });
    const res = await ask(PAYLOAD);
    const text = await res.text();
    expect(res.status).toBe(502);
    expect(text).toBe('{"error":"the assistant is unavailable"}');
    expect(JSON.stringify([...res.headers])).not.toContain(KEY.slice(3, 12));
    expect(logs).toEqual(['the model endpoint answered HTTP 401']);
  });

  it('refuses what is not a question: wrong method, not JSON, no message, too large, too many', async () => {
    let t = 0;
    const { ask, model } = await setup({ body: completion('{"text":"ok","sources":[]}') }, { rate: 3, now: () => t, maxBody: 2000 });
    expect((await fetch((await ask(PAYLOAD)).url, { method: 'GET' })).status).toBe(405);
    expect((await ask('not json')).status).toBe(400);
    expect((await ask(PAYLOAD, { 'content-type': 'text/plain' })).status).toBe(415);
    t = 60_001;
    expect((await ask({ message: '' })).status).toBe(400);
    expect((await ask({ ...PAYLOAD, message: 'x'.repeat(3000) })).status).toBe(413);
    expect((await ask(PAYLOAD)).status).toBe(200);
    expect((await ask(PAYLOAD)).status).toBe(429);
    expect(model.got.length).toBe(2); // only the two questions it answered reached the model
  });
});

describe('buildPrompt and parseReply', () => {
  it('says when no article matched, and caps what a client can put into the prompt', () => {
    const [system, user] = buildPrompt({ message: 'x'.repeat(5000), matches: [], locale: 'ja' });
    expect(system!.content).toContain('(none matched the question)');
    expect(system!.content).toContain('their locale is ja');
    expect(user!.content).toHaveLength(1000);
  });

  it('a reply that is not JSON is the text, with its [id] markers as the sources', () => {
    expect(parseReply('Press the lid until it clicks [3002]. Returns take 30 days [3901] [x].', ['3002', '3901'])).toEqual({
      text: 'Press the lid until it clicks. Returns take 30 days.',
      sources: ['3002', '3901'],
    });
  });
});
