import { expect, test } from '@playwright/test';
import { expectNoHostErrors, hostPage, installClock, inspect, loaded, offer, openPage, ORDER, panel, read, ready } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
const ARTICLES = '/test/e2e/fixtures/articles.json';

test.describe('the script tag', () => {
  test('calls queued before the script loaded are applied in order, with init first', async ({ page }) => {
    await installClock(page);
    const before = `
      kikubari('track', 'first');
      kikubari('setConsent', 'pending');
      kikubari('purchase', ${JSON.stringify(ORDER)});
      kikubari('purchase', ${JSON.stringify({ ...ORDER, items: [{ sku: 'XX-9', name: 'Not the first' }] })});
      kikubari('setConsent', 'granted');
      kikubari('init', { articles: '${ARTICLES}' });
      kikubari('track', 'second');`;
    await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before }));
    await ready(page);
    await expect.poll(async () => (await inspect(page)).storage).toBe('indexeddb');
    const now = await inspect(page);
    expect(now.consent).toBe('granted');
    // The same order id twice is stored once: the first call's items, so the calls ran in order.
    expect(now.purchases.map((o: any) => o.items[0].sku)).toEqual(['AK-1']);
    expect(now.session.events).toMatchObject({ first: 1, second: 1 });
    await expectNoHostErrors(page);
  });

  test('loading the script twice makes one instance and one widget', async ({ page }) => {
    await installClock(page);
    const before = `kikubari('init', { articles: '${ARTICLES}' }); window.shown = 0; kikubari('on', 'offer:shown', function () { window.shown++ });
      kikubari('purchase', ${JSON.stringify(ORDER)});`;
    await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before, head: '<script async src="/dist/kikubari.js"></script>' }));
    await ready(page);
    await page.clock.runFor(40_000);
    await expect(offer(page)).toBeVisible();
    await expect(page.locator('[data-kikubari]')).toHaveCount(1);
    expect(await page.evaluate(() => (window as any).shown)).toBe(1);
    await expectNoHostErrors(page);
  });

  test('no offer while the visitor reads; the offer once they have read and then gone idle', async ({ page }) => {
    await installClock(page);
    const before = `kikubari('init', { articles: '${ARTICLES}' }); kikubari('purchase', ${JSON.stringify(ORDER)});`;
    await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before }));
    await ready(page);
    await read(page, 30); // engaged the whole time: no offer
    await page.mouse.move(20, 20); // the last input: idle counts from here
    await expect(offer(page)).toHaveCount(0);
    await page.clock.runFor(14_000); // idle 14 s: still none
    await expect(offer(page)).toHaveCount(0);
    await page.clock.runFor(2_000); // idle 16 s
    await expect(offer(page)).toBeVisible();
    await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
    const now = await inspect(page);
    expect(now.page.type).toBe('kb');
    expect(now.page.idleMs).toBeGreaterThanOrEqual(15_000);
    expect(now.page.engagedMs).toBeGreaterThanOrEqual(20_000);

    await offer(page).locator('[part="offer-accept"]').click();
    await expect(panel(page)).toBeVisible();
    await panel(page).locator('[part="quick-reply"]', { hasText: 'Setting it up' }).click();
    const titles = panel(page).locator('[part="article"] b');
    await expect(titles.first()).toBeVisible();
    // Articles about the purchased kettle come first.
    expect(await titles.allTextContents()).toContain('Setting up your Aero Kettle for the first time');
    await expectNoHostErrors(page);
  });

  test('HTML in a product name or an article title is shown as text and never runs', async ({ page }) => {
    await installClock(page);
    const evil = '<img src=x onerror="window.__xss=1">Kettle';
    await page.route('**/evil-articles.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify([{ id: 'x1', title: '<img src=x onerror="window.__xss=2">Kettle care', url: '/x', body: 'Kettle care <script>window.__xss=3</script>', products: ['EV-1'] }]) }),
    );
    const order = { orderId: 'E-1', items: [{ sku: 'EV-1', name: evil }] };
    const before = `kikubari('init', { articles: '/evil-articles.json' }); kikubari('purchase', ${JSON.stringify(order)});`;
    await openPage(page, '/hc/en/articles/9-kettle', hostPage({ title: 'About the ' + 'Kettle', h1: 'Kettle care', before }));
    await ready(page);
    await page.clock.runFor(40_000);
    await expect(offer(page)).toBeVisible();
    await offer(page).locator('[part="offer-accept"]').click();
    await panel(page).locator('[part="quick-reply"]').first().click();
    await expect(panel(page).locator('[part="article"]').first()).toContainText('<img src=x onerror="window.__xss=2">Kettle care');
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('[data-kikubari] img').count()).toBe(0);
    await expectNoHostErrors(page);
  });

  test('a config error is logged once and leaves the page untouched', async ({ page }) => {
    const logs: string[] = [];
    page.on('console', (m) => m.type() == 'error' && logs.push(m.text()));
    await openPage(page, KB, hostPage({ before: `kikubari('init', { ofers: [] }); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await expect.poll(() => logs.length).toBe(1);
    expect(logs[0]).toContain('config.ofers is not an option; did you mean "offers"?');
    await expect(page.locator('[data-kikubari]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).kikubari('inspect'))).toBeUndefined();
    await expectNoHostErrors(page);
  });

  test('an invalid offer condition is logged once, and kikubari goes inert', async ({ page }) => {
    const logs: string[] = [];
    page.on('console', (m) => m.type() == 'error' && logs.push(m.text()));
    const offers = [{ id: 'stuck', when: { idleSecs: 15 }, message: 'Need a hand?' }];
    await openPage(page, KB, hostPage({ before: `kikubari('init', { offers: ${JSON.stringify(offers)} });` }));
    await expect.poll(() => logs).toEqual(['kikubari: config.offers[0].when.idleSecs is not an option; did you mean "idleSeconds"?']);
    await expect(page.locator('[data-kikubari]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).kikubari('inspect'))).toMatchObject({ engine: 'off' });
    await expectNoHostErrors(page);
  });

  test('an unknown method, even one every object has, is named in an error and does nothing', async ({ page }) => {
    const logs: string[] = [];
    page.on('console', (m) => m.type() == 'error' && logs.push(m.text()));
    await openPage(page, KB, hostPage({ before: `kikubari('purchse', {}); kikubari('toString');` }));
    await loaded(page);
    await expect.poll(() => logs).toEqual([
      'kikubari: unknown method "purchse"',
      'kikubari: unknown method "toString"',
    ]);
    expect(await page.evaluate(() => (window as any).kikubari('inspect').engine)).toBe('off');
    await expectNoHostErrors(page);
  });

  test('data-config supplies the config; init values win over the file', async ({ page }) => {
    await page.route('**/site-config.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ locale: 'ja', launcher: false }) }));
    await openPage(page, KB, hostPage({ before: `kikubari('init', { locale: 'en' });`, scriptAttrs: 'data-config="/site-config.json"' }));
    await loaded(page);
    expect((await inspect(page)).locale).toBe('en');
    await expect(page.locator('[data-kikubari] [part="launcher"]')).toHaveCount(0);
    await expectNoHostErrors(page);
  });
});

test('after destroy(), kikubari leaves the page as it found it and nothing comes back', async ({ page }) => {
  await installClock(page);
  await openPage(page, '/hc/en/articles/1001-descale-aero-kettle', hostPage({ title: 'How to descale your Aero Kettle', before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
  await ready(page);
  await page.evaluate(() => (window as any).kikubari('destroy'));
  await expect(page.locator('[data-kikubari]')).toHaveCount(0);
  await page.clock.runFor(120_000);
  await page.evaluate(() => (window as any).kikubari('open').catch(() => {}));
  await page.evaluate(() => history.pushState({}, '', '/hc/en/articles/1002-lid'));
  await page.clock.runFor(60_000);
  await expect(page.locator('[data-kikubari]')).toHaveCount(0);
  await expectNoHostErrors(page);
});
