import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startCollector } from '../../examples/collector/collector.mjs';
import { main } from '../../src/cli/main';
import { hostPage, installClock, offer, openPage, ORDER, ready, setHidden } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';

test.beforeEach(async ({ page }) => installClock(page));

test("a journey's beacon lands in the example collector, and the report reads it", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kikubari-e2e-'));
  const out = join(dir, 'events.ndjson');
  const c = await startCollector({ port: 0, out });
  try {
    // The site's reverse proxy, as the collector's README advises: /collect on the site's origin is
    // passed to the collector (a page may not post to a loopback address of another origin).
    await page.route('**/collect', async (r) => r.fulfill({ response: await r.fetch({ url: 'http://127.0.0.1:' + c.port + '/' }) }));
    const init = { beaconUrl: '/collect' };
    await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before: `kikubari('init', ${JSON.stringify(init)}); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await page.clock.runFor(40_000);
    await offer(page).locator('[part="offer-accept"]').click();
    await page.evaluate(() => (window as any).kikubari('track', 'contact'));
    await setHidden(page, true);
    await expect.poll(() => existsSync(out) && readFileSync(out, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(3);

    const events = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['offer:shown', 'offer:accepted', 'track']));
    const shown = events.find((e) => e.type == 'offer:shown');
    expect(events.find((e) => e.type == 'track')).toMatchObject({ name: 'contact', visitor: shown.visitor, decisionId: shown.decisionId });

    let json = '';
    expect(await main(['report', out, '--json'], { cwd: dir, stdout: (t) => void (json += t), stderr: () => {} })).toBe(0);
    expect(JSON.parse(json).offers[0]).toMatchObject({ offerId: 'recent-purchase', variant: null, decisions: 1, heldOut: 0, shown: 1, accepted: 1, contactRate: { offered: 1, heldOut: null }, avoidedPer1000: null });
  } finally {
    await c.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a message variant is shown as configured (never one of weight 0) and named in every beacon event', async ({ page }) => {
  const lines: any[] = [];
  await page.route('**/collect', (r) => {
    lines.push(...(r.request().postData() || '').trim().split('\n').map((l) => JSON.parse(l)));
    return r.fulfill({ status: 204 });
  });
  // One variant of weight 1 and one of weight 0: every visitor gets "only", whatever their id.
  const init = { beaconUrl: '/collect', defaultOffer: false, offers: [{ id: 'descale', when: { page: 'kb', engagedSeconds: 5 }, variants: [{ id: 'never', message: 'Never shown', weight: 0 }, { id: 'only', message: 'Descaling trouble with "{page}"?' }] }] };
  await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before: `kikubari('init', ${JSON.stringify(init)});` }));
  await ready(page);
  await page.mouse.move(10, 10);
  for (let i = 0; i < 8; i++) {
    await page.mouse.move(20 + i, 20);
    await page.clock.runFor(2_000);
  }
  await expect(offer(page)).toContainText('Descaling trouble with "How to descale your Aero Kettle"?');
  await offer(page).locator('[part="offer-dismiss"]').click();
  await setHidden(page, true);
  await expect.poll(() => lines.map((e) => e.type)).toEqual(['offer:shown', 'offer:dismissed']);
  expect(lines.every((e) => e.variant == 'only' && e.offerId == 'descale' && e.group == 'offered' && e.decisionId == lines[0].decisionId)).toBe(true);
});
