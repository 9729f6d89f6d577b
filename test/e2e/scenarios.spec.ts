/**
 * Visitor journeys, scripted in Chromium with a fake clock. Each states its expected outcome
 * before the steps: whether an offer appears, which one, and why.
 */
import { expect, test, type Page } from '@playwright/test';
import { hostPage, installClock, inspect, loaded, offer, openPage, ORDER, read, ready, setHidden, T0 } from './helpers';

const DAY = 864e5;
const ARTICLES = '/test/e2e/fixtures/articles.json';
const boughtDaysAgo = (days: number) => ({ ...ORDER, purchasedAt: T0.getTime() - days * DAY });

/** Open a page of the shop with kikubari: `init` config and calls queued before load. */
async function visit(page: Page, path: string, o: { title?: string; h1?: string; lang?: string; body?: string; head?: string; init?: object; calls?: string; buyer?: boolean } = {}) {
  const before = `kikubari('init', ${JSON.stringify({ articles: ARTICLES, ...o.init })}); window.events = [];
    ['offer:shown','offer:held-out','offer:dismissed'].forEach(function (e) { kikubari('on', e, function (d) { window.events.push([e, d]) }) });
    ${o.calls || ''}`;
  await openPage(page, path, hostPage({ title: o.title, h1: o.h1, lang: o.lang, body: o.body, head: o.head, before }));
  // A page with a purchase (now or stored earlier) or site offers runs the engine: wait for it.
  await (o.calls || o.buyer || (o.init && 'offers' in o.init) ? ready(page) : loaded(page));
}
const events = (page: Page) => page.evaluate(() => (window as any).events as [string, any][]);
const purchase = (days: number) => `kikubari('purchase', ${JSON.stringify(boughtDaysAgo(days))});`;
const noOffer = async (page: Page) => {
  expect((await inspect(page)).session.offers).toBe(0);
  await expect(offer(page)).toHaveCount(0);
};

test.beforeEach(async ({ page }) => installClock(page));

test('1. a confused recent buyer on a setup article gets the default offer naming the product', async ({ page }) => {
  // Expect: "Questions about your recent purchase of Aero Kettle?" after reading then 15 s idle;
  // reasons: reading a help article, bought Aero Kettle 3 days ago.
  await visit(page, '/hc/en/articles/1003-aero-kettle-setup', { title: 'Setting up your Aero Kettle for the first time', calls: purchase(3) });
  await read(page, 24);
  await page.clock.runFor(16_000);
  await expect(offer(page)).toBeVisible();
  await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
  const [[name, d]] = await events(page);
  expect(name).toBe('offer:shown');
  expect(d).toMatchObject({ offerId: 'recent-purchase', product: { sku: 'AK-1', name: 'Aero Kettle' } });
  expect(d.reasons).toEqual(["You've been on this help page for a while", 'You bought Aero Kettle 3 days ago']);
  await offer(page).locator('[part="why"]').click();
  await expect(offer(page).locator('.why li')).toHaveText(d.reasons);
});

test('2. a shopper browsing products with no purchase gets no offer — and kikubari stays idle', async ({ page }) => {
  // Expect: nothing, however long they linger on product pages; nothing beyond the small script runs.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  for (const slug of ['aero-kettle', 'shizuku-pour-over-set', 'kamado-rice-cooker']) {
    await visit(page, '/products/' + slug, { title: slug });
    await read(page, 20);
    await page.clock.runFor(60_000);
    expect((await inspect(page)).engine).toBe('off');
  }
  await expect(offer(page)).toHaveCount(0);
  expect(requests.filter((r) => r.startsWith('/dist/'))).toEqual(['/dist/kikubari.js', '/dist/kikubari.js', '/dist/kikubari.js']);
});

test('3. a fast reader who never goes idle gets no offer', async ({ page }) => {
  // Expect: nothing while the visitor keeps scrolling for three minutes.
  await visit(page, '/hc/en/articles/1001-descale-aero-kettle', { title: 'How to descale your Aero Kettle', calls: purchase(2) });
  for (let i = 0; i < 36; i++) {
    await page.mouse.wheel(0, 200);
    await page.clock.runFor(5_000);
  }
  await noOffer(page);
});

test('4. a visitor who switches tabs for five minutes is not interrupted while away, and gets the offer once back and idle', async ({ page }) => {
  // Expect: no offer during the five minutes away; the offer 8 s after coming back (12 + 8 = 20 s visible).
  await visit(page, '/hc/en/articles/1001-descale-aero-kettle', { title: 'How to descale your Aero Kettle', calls: purchase(2) });
  await page.clock.runFor(12_000);
  await setHidden(page, true);
  await page.clock.runFor(300_000);
  await noOffer(page);
  await setHidden(page, false);
  await page.clock.runFor(7_000);
  await noOffer(page);
  await page.clock.runFor(1_500);
  await expect(offer(page)).toBeVisible();
});

test('5. someone typing in a contact form is not interrupted, even while pausing in the field', async ({ page }) => {
  // Expect: no offer while focus is in the form or within 10 s of typing; the offer after they leave the field.
  const body = '<form><label>Your message <textarea name=m></textarea></label><button type=button>Send</button></form>';
  await visit(page, '/hc/en/articles/1002-aero-kettle-lid', { title: 'Aero Kettle lid will not close', body, calls: purchase(1) });
  await page.getByLabel('Your message').click();
  await page.keyboard.type('My kettle lid will not');
  await page.clock.runFor(60_000);
  await noOffer(page);
  expect((await inspect(page)).offers[0].conditions.find((c: any) => c.name == 'etiquette.typingQuietSeconds').detail).toContain('typing');
  await page.keyboard.press('Tab'); // on to the Send button: out of the field
  await page.clock.runFor(20_000);
  await expect(offer(page)).toBeVisible();
});

test('6. a visitor who dismissed the offer yesterday is left alone; two weeks later they may see it again', async ({ page }) => {
  // Expect: no offer today (dismissed 1 day ago, quiet for 14 days); an offer 15 days after dismissing.
  await visit(page, '/hc/en/articles/1001-descale-aero-kettle', { title: 'How to descale your Aero Kettle', calls: purchase(1) });
  await page.clock.runFor(40_000);
  await offer(page).locator('[part="offer-dismiss"]').click();
  await expect(offer(page)).toHaveCount(0);
  await page.clock.fastForward(DAY);
  await visit(page, '/hc/en/articles/1002-aero-kettle-lid', { title: 'Aero Kettle lid will not close', buyer: true });
  await page.clock.runFor(60_000);
  await noOffer(page);
  expect((await inspect(page)).offers[0].conditions.find((c: any) => c.name == 'etiquette.dismissDays').pass).toBe(false);
  await page.clock.fastForward(14 * DAY);
  await visit(page, '/hc/en/articles/1002-aero-kettle-lid', { title: 'Aero Kettle lid will not close', calls: purchase(0) });
  await page.clock.runFor(40_000);
  await expect(offer(page)).toBeVisible();
});

test('7. with two tabs open, only one of them makes the offer', async ({ context }) => {
  // Expect: both tabs qualify at the same moment; exactly one shows the offer, the other stands down.
  // The fake clock belongs to the browser context: both tabs share it.
  const tabs: Page[] = [await context.newPage(), await context.newPage()];
  for (const [i, tab] of tabs.entries()) await visit(tab, '/hc/en/articles/100' + (i + 1), { title: 'Aero Kettle help ' + i, calls: purchase(2) });
  await context.clock.runFor(40_000);
  await expect.poll(async () => (await Promise.all(tabs.map((t) => offer(t).count()))).reduce((a, b) => a + b)).toBe(1);
  await context.clock.runFor(60_000);
  expect((await Promise.all(tabs.map((t) => offer(t).count()))).reduce((a, b) => a + b)).toBe(1);
  expect((await inspect(tabs[0]!)).session.offers).toBe(1);
});

test('8. a Japanese buyer at 23:00, outside business hours, gets the after-hours offer in Japanese', async ({ page }) => {
  // Expect: the "after hours" offer (not the default one, lower priority) in Japanese, with Japanese reasons.
  await page.clock.setSystemTime(new Date('2026-11-19T23:00:00'));
  const afterHours = {
    id: 'after-hours',
    when: { page: 'kb', locale: 'ja', businessHours: { open: false, timeZone: 'UTC', hours: [9, 18] }, purchasedWithinDays: 30, idleSeconds: 12 },
    message: { en: 'Our team is offline — can these articles help?', ja: 'ただいま営業時間外です。こちらの記事がお役に立つかもしれません。' },
    priority: 5,
  };
  await visit(page, '/hc/ja/articles/2002-lid', { lang: 'ja', title: 'エアロケトルのふたが閉まらない', init: { offers: [afterHours] }, calls: purchase(4) });
  await page.clock.runFor(13_000);
  await expect(offer(page)).toBeVisible();
  await expect(offer(page).locator('[part="message"]')).toHaveText('ただいま営業時間外です。こちらの記事がお役に立つかもしれません。');
  const [[, d]] = await events(page);
  expect(d.offerId).toBe('after-hours');
  expect(d.reasons).toEqual(['このヘルプページをしばらくご覧になっています', '4日前にAero Kettleをご購入いただきました']);
  await expect(offer(page).locator('[part="offer-accept"]')).toHaveText('はい、お願いします');
});

test('9. in an SPA help center, going back and forth between articles raises the stuck score into a score offer', async ({ page }) => {
  // Expect: after three help pages and a return to the first, with a pause, the score offer (≥ 0.45) with those reasons.
  const stuck = { id: 'stuck', when: { page: 'kb', score: 0.45 }, message: 'Going round in circles? Let us help.', priority: 3 };
  await visit(page, '/hc/en/articles/1001-descale', { title: 'Descaling', init: { offers: [stuck], defaultOffer: false } });
  for (const path of ['/hc/en/articles/1002-lid', '/hc/en/articles/1003-setup', '/hc/en/articles/1001-descale']) {
    await read(page, 8);
    await page.evaluate((p) => history.pushState({}, '', p), path);
  }
  await read(page, 20);
  await page.clock.runFor(30_000);
  await expect(offer(page)).toBeVisible();
  const [[, d]] = await events(page);
  expect(d.offerId).toBe('stuck');
  expect(d.score).toBeGreaterThanOrEqual(0.45);
  expect(d.reasons).toEqual(expect.arrayContaining(["You've looked at 3 help pages", 'You went back and forth between help pages']));
});

test('10. never on the checkout page, however long the recent buyer waits there', async ({ page }) => {
  await visit(page, '/checkout', { title: 'Checkout', calls: purchase(0) });
  await page.clock.runFor(300_000);
  await noOffer(page);
});

test('11. a visitor in the holdout group: the decision is made and reported, nothing is shown', async ({ page }) => {
  // Expect: offer:held-out with its reasons; no bubble; the session's offer is used up all the same.
  await visit(page, '/hc/en/articles/1001-descale-aero-kettle', { title: 'How to descale your Aero Kettle', init: { holdout: 1 }, calls: purchase(2) });
  await page.clock.runFor(40_000);
  await expect.poll(async () => (await events(page)).map(([e]) => e)).toEqual(['offer:held-out']);
  const [[, d]] = await events(page);
  expect(d.reasons).toContain('You bought Aero Kettle 2 days ago');
  await expect(offer(page)).toHaveCount(0);
  expect((await inspect(page)).holdout).toBe(true);
});

test('12. a visitor who keeps searching the help center gets the search offer', async ({ page }) => {
  // Expect: after the third search, with a pause, "Can't find what you need?".
  const searcher = { id: 'searcher', when: { kbSearches: 3, idleSeconds: 8 }, message: "Can't find what you need?", topics: ['search'] };
  await visit(page, '/hc/en', { title: 'Help Center', init: { offers: [searcher] } });
  for (const q of ['lid', 'lid stuck', 'lid will not close']) await page.evaluate((q) => (window as any).kikubari('track', 'kb_search', { query: q }), q);
  // The visit's count is written in a real IndexedDB transaction: let it land before moving the paused clock.
  await expect.poll(async () => (await inspect(page)).session.kbSearches).toBe(3);
  await page.clock.runFor(12_000);
  await expect(offer(page).locator('[part="message"]')).toHaveText("Can't find what you need?");
  expect((await events(page))[0]![1].reasons).toEqual(["You've been on this help page for a while", 'You searched the help center 3 times']);
});

test('13. nothing in the first seconds of a visit, even for an offer that wants only 3 s of idle', async ({ page }) => {
  // Expect: no offer at 3 s (quiet start is 10 s); the offer at 10 s.
  const quick = { id: 'quick', when: { idleSeconds: 3 }, message: 'Hello!' };
  await visit(page, '/hc/en', { title: 'Help Center', init: { offers: [quick] } });
  await page.clock.runFor(9_000);
  await noOffer(page);
  await page.clock.runFor(1_500);
  await expect(offer(page)).toBeVisible();
});

test('14. one proactive offer per visit: after dismissing, no second offer on the next help page', async ({ page }) => {
  await visit(page, '/hc/en/articles/1001-descale-aero-kettle', { title: 'How to descale your Aero Kettle', calls: purchase(2) });
  await page.clock.runFor(40_000);
  await offer(page).locator('[part="offer-dismiss"]').click();
  const other = { id: 'other', when: { page: 'kb', idleSeconds: 5 }, message: 'Anything else?' };
  await visit(page, '/hc/en/articles/1002-aero-kettle-lid', { title: 'Aero Kettle lid will not close', init: { offers: [other] } });
  await page.clock.runFor(120_000);
  await expect(offer(page)).toHaveCount(0);
  expect((await events(page)).filter(([e]) => e == 'offer:shown')).toEqual([]);
  expect((await inspect(page)).offers.find((o: any) => o.id == 'other').conditions.find((c: any) => c.name == 'etiquette.perSession').pass).toBe(false);
});

test('15. on the page of a product they own, the offer names it; on another product’s page the built-in offer stays quiet', async ({ page, browser }) => {
  const productLd = (sku: string, name: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', sku, name })}</script>`;
  await visit(page, '/products/aero-kettle', { title: 'Aero Kettle – Nagomi', head: productLd('AK-1', 'Aero Kettle'), calls: purchase(5) });
  await page.clock.runFor(40_000);
  await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
  // Another visitor (another browser profile) who bought the kettle, looking at a different product.
  const other = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await installClock(other);
  await visit(other, '/products/shizuku', { title: 'Shizuku Pour-Over Set', head: productLd('SZ-2', 'Shizuku Pour-Over Set'), calls: purchase(5) });
  await other.clock.runFor(40_000);
  // "Your recent purchase" would be about something other than what they are looking at.
  await expect(offer(other)).toHaveCount(0);
  expect((await inspect(other)).offers[0].conditions).toContainEqual(expect.objectContaining({ name: 'pageAboutOtherProduct', pass: false }));
  await other.context().close();
});
