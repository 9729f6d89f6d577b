// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startCollector } from '../../../examples/collector/collector.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kikubari-collector-'));
const event = (type: string) => JSON.stringify({ v: 1, type, at: 1, visitor: 'v', decisionId: 'd', offerId: 'o', variant: null, group: 'offered' });
let stop: (() => Promise<unknown>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});
const start = async (o: object = {}) => {
  const out = join(dir, Math.random().toString(36).slice(2) + '.ndjson');
  const c = await startCollector({ port: 0, out, ...o });
  stop = c.close;
  const post = (body: string) => fetch('http://127.0.0.1:' + c.port + '/', { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8' } });
  return { out, post };
};

describe('example collector', () => {
  it('appends the beacon’s NDJSON events to the file, batch after batch, and drops lines that are not events', async () => {
    const { out, post } = await start();
    expect((await post(event('offer:shown') + '\n' + event('offer:accepted') + '\n')).status).toBe(204);
    expect((await post('not json\n{"v":1}\n' + event('handoff') + '\n')).status).toBe(204);
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).type)).toEqual(['offer:shown', 'offer:accepted', 'handoff']);
  });

  it('refuses a body over the size limit with 413, writing nothing', async () => {
    const { out, post } = await start({ maxBody: 1000 });
    expect((await post((event('track') + '\n').repeat(20))).status).toBe(413);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a client over the rate limit with 429 until the minute is over', async () => {
    let t = 0;
    const { out, post } = await start({ rate: 3, now: () => t });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await post(event('track') + '\n')).status);
    expect(codes).toEqual([204, 204, 204, 429, 429]);
    t = 60_000;
    expect((await post(event('track') + '\n')).status).toBe(204);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(4);
  });

  it('answers only POST (and the CORS preflight)', async () => {
    const c = await startCollector({ port: 0, out: join(dir, 'never.ndjson') });
    stop = c.close;
    expect((await fetch('http://127.0.0.1:' + c.port + '/')).status).toBe(405);
    expect((await fetch('http://127.0.0.1:' + c.port + '/', { method: 'OPTIONS' })).status).toBe(204);
  });
});

// (Not on process exit: vitest runs files in workers that outlive them, and the folders piled up in /tmp.)
afterAll(() => rmSync(dir, { recursive: true, force: true }));
