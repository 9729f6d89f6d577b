import { expect, test } from '@playwright/test';
import { hostPage, installClock, offer, openPage, ORDER, ready, setHidden } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
const before = (init: object) => `kikubari('init', ${JSON.stringify(init)}); kikubari('purchase', ${JSON.stringify(ORDER)});`;

test.beforeEach(async ({ page }) => installClock(page));

test('no network request is made unless configured: only the script and, when needed, its chunks', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
  await ready(page);
  await page.clock.runFor(40_000);
  await expect(offer(page)).toBeVisible();
  await setHidden(page, true);
  expect(requests).toEqual([KB, '/dist/kikubari.js', '/dist/pipeline.mjs', '/dist/widget.mjs']);
});

test('events go to dataLayer as kikubari_* when pushDataLayer is on', async ({ page }) => {
  await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before: before({ pushDataLayer: true }) }));
  await ready(page);
  await page.clock.runFor(40_000);
  await offer(page).locator('[part="offer-accept"]').click();
  const pushed = await page.evaluate(() => ((window as any).dataLayer as any[]).filter((e) => String(e.event).startsWith('kikubari_')));
  expect(pushed.map((e) => e.event)).toEqual(['kikubari_offer_shown', 'kikubari_offer_accepted', 'kikubari_chat_opened']);
  // Outcome schema v1 (schema/outcome.v1.json): the decision, the stored visitor, never the message or product.
  expect(pushed[0].kikubari).toMatchObject({ v: 1, type: 'offer:shown', offerId: 'recent-purchase', variant: null, group: 'offered', decisionId: expect.any(String), visitor: expect.any(String) });
  expect(pushed[1].kikubari.decisionId).toBe(pushed[0].kikubari.decisionId);
  expect(pushed[0].kikubari).not.toHaveProperty('product');
});

test('events are batched to the beacon endpoint and sent when the page is hidden', async ({ page }) => {
  const beacons: any[] = [];
  await page.route('**/collect', (r) => {
    beacons.push((r.request().postData() || '').trim().split('\n').map((l) => JSON.parse(l)));
    return r.fulfill({ status: 204 });
  });
  await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before: before({ beaconUrl: '/collect' }) }));
  await ready(page);
  await page.clock.runFor(40_000);
  await offer(page).locator('[part="offer-dismiss"]').click();
  expect(beacons).toEqual([]); // batched: nothing sent while the visitor is here
  await setHidden(page, true);
  await expect.poll(() => beacons.length).toBe(1);
  // NDJSON, one outcome event per line.
  expect(beacons[0].map((e: any) => e.type)).toEqual(['offer:shown', 'offer:dismissed']);
  expect(beacons[0][1]).toMatchObject({ v: 1, offerId: 'recent-purchase', decisionId: beacons[0][0].decisionId, visitor: beacons[0][0].visitor });
});

test('on() returns an unsubscribe function; off() removes a handler; a throwing handler breaks nothing', async ({ page }) => {
  const init = `kikubari('init', {}); kikubari('purchase', ${JSON.stringify(ORDER)});
    window.got = [];
    var stop = kikubari('on', 'offer:shown', function () { window.got.push('a') });
    kikubari('on', 'offer:shown', function () { throw new Error('host bug') });
    function b() { window.got.push('b') } kikubari('on', 'offer:shown', b);
    kikubari('on', 'offer:shown', function () { window.got.push('c') });`;
  await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before: init }));
  await ready(page);
  await page.evaluate(() => {
    const k = (window as any).kikubari;
    // The queue returns nothing before load; now that the instance exists, on() returns its unsubscribe.
    k('off', 'offer:shown', (window as any).b);
    const unsubscribe = k('on', 'offer:shown', () => (window as any).got.push('d'));
    unsubscribe();
  });
  await page.clock.runFor(40_000);
  await expect(offer(page)).toBeVisible();
  expect(await page.evaluate(() => (window as any).got)).toEqual(['a', 'c']);
  expect(await page.evaluate(() => (window as any).__errors)).toEqual([]);
});
