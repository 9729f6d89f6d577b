/**
 * Host pages that changed the platform under us (issue 14). Each case: kikubari works, or
 * degrades with one logged code; never an error in the host page, never a lost order.
 */
import { expect, test } from '@playwright/test';
import { BOUGHT, expectNoHostErrors, hostPage, installClock, inspect, loaded, offer, openPage, ORDER, panel, ready } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
const ARTICLES = '/test/e2e/fixtures/articles.json';

/** Prototype.js 1.6: arrays encode themselves to a JSON string the native encoder then quotes. */
const PROTOTYPE_JS = `(function(){function enc(v){return v===null||typeof v!='object'?JSON.stringify(v):typeof v.toJSON=='function'?v.toJSON():'{'+Object.keys(v).filter(function(k){return enc(v[k])!==undefined}).map(function(k){return JSON.stringify(k)+': '+enc(v[k])}).join(', ')+'}'}
  Array.prototype.toJSON=function(){return '['+this.map(function(x){var s=enc(x);return s===undefined?'null':s}).join(', ')+']'};})();`;

/** The README's snippet, verbatim: it must cope with a page element named "kikubari". */
const README_SNIPPET = /<script>\s*(typeof kikubari[^<]*)<\/script>/;

test.describe('a hostile host page', () => {
  test('with Prototype.js, orders recorded right before a navigation are all kept (20 in a row)', async ({ page }) => {
    test.setTimeout(90_000);
    await page.route('**/confirm*', (r) => r.fulfill({ contentType: 'text/html', body: hostPage({ title: 'Thank you', head: `<script>${PROTOTYPE_JS}</script>` }) }));
    for (let n = 0; n < 20; n++) {
      await page.goto('/confirm?n=' + n);
      await loaded(page);
      await page.evaluate((n) => {
        (window as any).kikubari('purchase', { orderId: 'P-' + n, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
        location.href = '/confirm?n=' + (n + 1);
      }, n);
      await page.waitForURL('**/confirm?n=' + (n + 1));
    }
    await ready(page);
    await expect.poll(async () => (await inspect(page)).purchases.length).toBe(20);
    await expectNoHostErrors(page);
  });

  test('an element with id "kikubari" before the README snippet: the queued purchase is kept', async ({ page }) => {
    const readme = (await import('node:fs')).readFileSync('README.md', 'utf8');
    const snippet = README_SNIPPET.exec(readme);
    expect(snippet, 'the README snippet starts with typeof kikubari').not.toBeNull();
    const html = `<!doctype html><html><head><title>Help</title>
<script>window.__errors=[];window.onerror=function(m){window.__errors.push(String(m))};</script></head>
<body><div id="kikubari">The site's own element</div><h1>Help</h1>
<script>${snippet![1]!.replace("kikubari('init', { articles: '/kb-index.json' });", '')} ${BOUGHT}</script>
<script async src="/dist/kikubari.js"></script></body></html>`;
    await openPage(page, KB, html);
    await ready(page);
    await expect.poll(async () => (await inspect(page)).purchases.map((o: any) => o.orderId)).toEqual(['A-1001']);
    await expectNoHostErrors(page);
  });

  test('a script injected without document.currentScript still loads its chunks from its own folder', async ({ page }) => {
    const before = `Object.defineProperty(document, 'currentScript', { get: function () { return null } }); ${BOUGHT}`;
    await openPage(page, KB, hostPage({ before }));
    await ready(page);
    const card = await page.evaluate(() => (window as any).kikubari('context'));
    expect(card.purchases.map((o: any) => o.orderId)).toEqual(['A-1001']);
    await expectNoHostErrors(page);
  });

  for (const [name, replacement] of [
    ['throws', 'function () { throw new Error("no Symbol.for here") }'],
    ['returns a new symbol each time', 'function (k) { return Symbol(k) }'],
  ] as const) {
    test(`a page whose Symbol.for ${name}: open() still opens the panel`, async ({ page }) => {
      await openPage(page, KB, hostPage({ before: `Symbol.for = ${replacement}; kikubari('init', { articles: '${ARTICLES}' });` }));
      await loaded(page);
      await page.evaluate(() => (window as any).kikubari('open'));
      await expect(panel(page)).toBeVisible();
      await expectNoHostErrors(page);
    });
  }

  test('an offer message of 500 characters without a space leaves accept clickable at once', async ({ page }) => {
    await installClock(page);
    const message = 'W'.repeat(500);
    const before = `kikubari('init', { articles: '${ARTICLES}', offers: [{ id: 'long', when: { page: ['kb'], engagedSeconds: 5 }, message: '${message}' }], defaultOffer: false });`;
    await openPage(page, KB, hostPage({ before }));
    await ready(page);
    await page.mouse.move(10, 10);
    await page.clock.runFor(40_000);
    await expect(offer(page)).toBeVisible();
    await page.locator('[data-kikubari] [part="offer-accept"]').click({ timeout: 1000 });
    await expect(panel(page)).toBeVisible();
    await expectNoHostErrors(page);
  });

  test('an enumerable Object.prototype.extend leaves the config valid: the offer still comes', async ({ page }) => {
    await installClock(page);
    const before = `Object.prototype.extend = function () {}; kikubari('init', { articles: '${ARTICLES}', theme: { accent: '#123456' }, offers: [{ id: 'o', when: { page: ['kb'], engagedSeconds: 5 }, message: 'Need a hand?' }], defaultOffer: false });`;
    await openPage(page, KB, hostPage({ before }));
    await ready(page);
    await page.mouse.move(10, 10);
    await page.clock.runFor(40_000);
    await expect(offer(page)).toBeVisible();
    await expectNoHostErrors(page);
  });

  test('broken localStorage (every call throws) and a missing indexedDB: memory, no page error', async ({ page }) => {
    const before = `Object.defineProperty(window, 'localStorage', { get: function () { throw new Error('denied') } }); Object.defineProperty(window, 'indexedDB', { value: undefined }); ${BOUGHT}`;
    await openPage(page, KB, hostPage({ before }));
    await ready(page);
    expect((await inspect(page)).storage).toBe('memory');
    expect((await inspect(page)).purchases.map((o: any) => o.orderId)).toEqual([ORDER.orderId]);
    await expectNoHostErrors(page);
  });
});
