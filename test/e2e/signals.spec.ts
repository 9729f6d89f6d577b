import { expect, test } from '@playwright/test';
import { BOUGHT, expectNoHostErrors, hostPage, installClock, inspect, offer, openPage, ORDER, ready, setHidden } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
const s = (ms: number) => Math.round(ms / 1000);

test.describe('signals: dwell and idle', () => {
  test.beforeEach(async ({ page }) => {
    await installClock(page);
  });

  test('idle grows only while the page is visible; a hidden tab is away, not idle', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: BOUGHT }));
    await ready(page);
    await page.clock.runFor(5_000);
    expect(s((await inspect(page)).page.idleMs)).toBe(5);
    await setHidden(page, true);
    await page.clock.runFor(300_000);
    const away = await inspect(page);
    expect(s(away.page.idleMs)).toBe(5);
    expect(s(away.page.visibleMs)).toBe(5);
    await setHidden(page, false);
    await page.clock.runFor(3_000);
    expect(s((await inspect(page)).page.idleMs)).toBe(8);
    await expectNoHostErrors(page);
  });

  test('an offer never fires while the tab is hidden; it comes once the visitor is back long enough', async ({ page }) => {
    await openPage(page, KB, hostPage({ title: 'How to descale your Aero Kettle', before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await page.clock.runFor(12_000);
    await setHidden(page, true);
    await page.clock.runFor(600_000);
    expect((await inspect(page)).session.offers).toBe(0);
    await expect(offer(page)).toHaveCount(0);
    await setHidden(page, false);
    await page.clock.runFor(7_000); // 12 + 7 = 19 s visible
    const back = await inspect(page);
    expect([s(back.page.idleMs), back.session.offers]).toEqual([19, 0]);
    await expect(offer(page)).toHaveCount(0);
    await page.clock.runFor(2_000);
    await expect(offer(page)).toBeVisible();
  });

  test('engaged time stops after the engaged window without input (default 30 s, configurable)', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: BOUGHT }));
    await ready(page);
    await page.mouse.move(100, 100);
    await page.clock.runFor(60_000);
    let now = await inspect(page);
    expect([s(now.page.engagedMs), s(now.page.idleMs), s(now.page.visibleMs)]).toEqual([30, 60, 60]);
    await page.mouse.move(120, 100);
    await page.clock.runFor(5_000);
    now = await inspect(page);
    expect([s(now.page.engagedMs), s(now.page.idleMs)]).toEqual([35, 5]);
  });

  test('a shorter engaged window from config', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: `kikubari('init', { engagedWindowSeconds: 10 });` + BOUGHT }));
    await ready(page);
    await page.clock.runFor(40_000);
    expect(s((await inspect(page)).page.engagedMs)).toBe(10);
  });

  test('input inside a form field counts as typing for etiquette', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: BOUGHT, body: '<form><label>Email <input name=email></label></form>' }));
    await ready(page);
    await page.getByLabel('Email').fill('');
    await page.keyboard.type('me@');
    const now = await inspect(page);
    const typing = now.offers[0].conditions.find((c: any) => c.name == 'etiquette.typingQuietSeconds');
    expect(typing.pass).toBe(false);
  });
});

test.describe('signals: page views and navigation', () => {
  test.beforeEach(async ({ page }) => {
    await installClock(page);
  });

  test('a pushState route change starts a new page view; replaceState on the same path does not; back is back-and-forth', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: BOUGHT }));
    await ready(page);
    await page.clock.runFor(20_000);
    await page.evaluate(() => history.pushState({}, '', '/hc/en/articles/1002-lid-will-not-close'));
    await page.evaluate(() => {
      document.title = 'Lid will not close';
      document.querySelector('h1')!.textContent = 'Aero Kettle lid will not close';
    });
    await expect.poll(async () => (await inspect(page)).session.pageViews).toBe(2);
    let now = await inspect(page);
    expect(now.page.url).toMatch(/1002-lid-will-not-close$/);
    expect(now.page.heading).toBe('Aero Kettle lid will not close');
    expect(s(now.page.engagedMs) + s(now.page.idleMs)).toBe(0);
    expect(now.session.helpPagesViewed).toBe(2);

    await page.evaluate(() => history.replaceState({ scroll: 1 }, ''));
    await page.clock.runFor(1_000);
    expect((await inspect(page)).session.pageViews).toBe(2);

    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(async () => (await inspect(page)).session.pageViews).toBe(3);
    now = await inspect(page);
    expect(now.session.backAndForth).toBe(1);
    expect(now.session.helpPagesViewed).toBe(2);
  });

  test('the history wrappers keep other wrappers and the host’s return values', async ({ page }) => {
    const before = `
      var calls = window.calls = [];
      var orig = history.pushState;
      history.pushState = function () { calls.push('host-before'); orig.apply(this, arguments); return 'host-result'; };` + BOUGHT;
    await openPage(page, KB, hostPage({ before }));
    await ready(page);
    const result = await page.evaluate(() => {
      const mine = history.pushState;
      history.pushState = function (this: History, ...a: Parameters<History['pushState']>) {
        (window as any).calls.push('host-after');
        return mine.apply(this, a);
      };
      return history.pushState({}, '', '/hc/en/articles/1003-setup');
    });
    expect(result).toBe('host-result');
    expect(await page.evaluate(() => (window as any).calls)).toEqual(['host-after', 'host-before']);
    await expect.poll(async () => (await inspect(page)).session.pageViews).toBe(2);
    await expectNoHostErrors(page);
  });

  test('registers no unload handler (the page stays bfcache-eligible)', async ({ page }) => {
    const before = `window.__listened = []; var add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (t) { window.__listened.push(t); return add.apply(this, arguments); };` + BOUGHT;
    await openPage(page, KB, hostPage({ before }));
    await ready(page);
    const types: string[] = await page.evaluate(() => (window as any).__listened);
    expect(types).not.toContain('unload');
    expect(types).not.toContain('beforeunload');
    expect(types).toEqual(expect.arrayContaining(['visibilitychange', 'pointermove', 'keydown', 'scroll', 'popstate', 'pageshow']));
  });
});

test.describe('signals: page type', () => {
  test('inspect() reports the product from Product JSON-LD in @graph, and config globs win', async ({ page }) => {
    const head = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Kettle & Co"},{"@type":"Product","name":"Aero Kettle","sku":"AK-1","category":"kettles"}]}</script>
      <script type="application/ld+json">{ broken json, </script>`;
    await openPage(page, '/shop/aero', hostPage({ head, before: BOUGHT }));
    await ready(page);
    expect((await inspect(page)).page).toMatchObject({ type: 'product', product: { sku: 'AK-1', name: 'Aero Kettle', category: 'kettles' } });
    await openPage(page, '/shop/aero2', hostPage({ head, before: `kikubari('init', { pageTypes: { other: ['/shop/**'] } });` + BOUGHT }));
    await ready(page);
    expect((await inspect(page)).page.type).toBe('other');
    await expectNoHostErrors(page);
  });
});

test.describe('signals: frustration hints', () => {
  test('rage clicks, copying on a help page, KB searches from the search box and from track()', async ({ page }) => {
    await installClock(page);
    const body = '<p id=text>Descale with citric acid.</p><button id=dead>Download manual</button><form class=kb-search><input name=query aria-label=Search><button>Search</button></form>';
    await page.route('**/hc/en/search**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><p>results</p>' }));
    await openPage(page, KB, hostPage({ body, before: `kikubari('init', { searchSelector: '.kb-search input' }); document.addEventListener('submit', function (e) { e.preventDefault() });` + BOUGHT }));
    await ready(page);
    const box = (await page.locator('#dead').boundingBox())!;
    for (let i = 0; i < 3; i++) await page.mouse.click(box.x + 5 + i, box.y + 5);
    await page.locator('#text').selectText();
    await page.keyboard.press('Control+C');
    await page.getByLabel('Search').fill('descale');
    await page.getByLabel('Search').press('Enter');
    await page.evaluate(() => (window as any).kikubari('track', 'kb_search', { query: 'lid' }));
    await expect.poll(async () => (await inspect(page)).session.kbSearches).toBe(2);
    const now = await inspect(page);
    expect(now.page.rageClicks).toBe(1);
    expect(now.page.copies).toBe(1);
    expect(now.session.events.kb_search).toBe(2);
    expect(now.score).toBeGreaterThan(0);
  });
});
