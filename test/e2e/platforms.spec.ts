import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHostErrors, installClock, offer, panel, ready } from './helpers';

// Platform recipes (examples/platforms/), each run against a page shaped like the platform's own
// markup and objects. The kikubari files are served where the recipes say to self-host them.
const fixture = (name: string) => readFileSync(new URL('./fixtures/platforms/' + name, import.meta.url), 'utf8');

async function site(page: Page) {
  const cmp = fixture('wp-head.html');
  const pages: Record<string, string> = {
    '/checkout/order-received/1234/': fixture('woocommerce-order-received.html').replace('<!--CMP-->', cmp),
    '/docs/descale-aero-kettle/': fixture('wordpress-docs.html').replace('<!--CMP-->', cmp),
    '/contact/': '<!doctype html><title>Contact</title><h1>Contact us</h1>',
  };
  await page.route((url) => url.pathname in pages, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: pages[new URL(r.request().url()).pathname] }));
  await page.route('**/kikubari/0.1.0/*', (r) => r.fulfill({ path: 'dist/' + new URL(r.request().url()).pathname.split('/').pop(), contentType: 'text/javascript' }));
  await page.route('**/kb-index.json', (r) => r.fulfill({ path: 'test/e2e/fixtures/articles.json', contentType: 'application/json' }));
}

const kikubari = (page: Page) => page.evaluate(() => (window as any).kikubari('inspect'));

test.describe('WooCommerce through Google Tag Manager (GTM4WP dataLayer, consent mode)', () => {
  test('a purchase from the order-received page, an offer on the docs page, a hand-off to the contact form', async ({ page }) => {
    await installClock(page);
    await site(page);
    await page.goto('/checkout/order-received/1234/?key=wc_order_x1Y2z3');
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.consent).toBe('pending');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await kikubari(page)).consent).toBe('granted');
    await expect.poll(async () => (await kikubari(page)).purchases.map((o: any) => [o.orderId, o.items[0].sku, o.items[0].name])).toEqual([['1234', 'AK-1', 'Aero Kettle']]);
    expect((await kikubari(page)).page.type).toBe('checkout');
    // Consent came after the purchase: the order is written to IndexedDB (and the gate's hint set)
    // when consent is granted. Let that land before leaving (see the closing note: a navigation in
    // that moment is a known gap).
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kikubari:bought'))).not.toBeNull();

    await page.goto('/docs/descale-aero-kettle/');
    await ready(page);
    expect((await kikubari(page)).consent).toBe('granted');
    await page.mouse.move(200, 200);
    await page.clock.runFor(40_000);
    await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
    await offer(page).locator('[part="offer-accept"]').click();
    await panel(page).getByRole('button', { name: "It's not working" }).click();
    await panel(page).locator('[part="article"]').first().click();
    await panel(page).getByRole('button', { name: 'No' }).click();
    await panel(page).locator('[part~="handoff"]').click();
    await page.waitForURL(/\/contact\/\?your-message=/);
    const message = new URL(page.url()).searchParams.get('your-message')!;
    expect(message).toContain('Aero Kettle');
    expect(message).toContain('1234');
  });

  test('"Reject all" in the consent banner: nothing is kept, so no offer', async ({ page }) => {
    await installClock(page);
    await site(page);
    await page.goto('/checkout/order-received/1234/?key=wc_order_x1Y2z3');
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.consent).toBe('pending');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await kikubari(page)).consent).toBe('denied');
    await page.goto('/docs/descale-aero-kettle/');
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.consent).toBe('pending');
    expect((await kikubari(page)).purchases).toEqual([]);
    await page.clock.runFor(40_000);
    await expect(offer(page)).toHaveCount(0);
  });
});

/** Serve files of this repository, as a route handler would for another site's paths. */
const repoFile = (path: string) => ({ path: path.replace(/^\//, ''), contentType: path.endsWith('.json') ? 'application/json' : 'text/javascript' });

test.describe('Zendesk Guide (document_head.hbs, Guide URLs, the Help Center API export, the messaging Web Widget)', () => {
  // The help center is its own site; kikubari's files and the index are hosted on the shop's
  // site, as the recipe says (Guide renames theme assets), and served to the help center with CORS.
  const HC = 'https://help.nagomi.example';
  const SHOP = 'https://www.nagomi.example';
  const dir = mkdtempSync(join(tmpdir(), 'kikubari-zendesk-'));
  const index = join(dir, 'kb-index.json');
  let report = '';
  test.beforeAll(() => {
    // The index, built from the Help Center API export by the CLI exactly as the recipe says.
    const run = spawnSync(process.execPath, ['dist/cli.mjs', 'index', 'test/e2e/fixtures/platforms/zendesk/articles.json', '--out', index], { encoding: 'utf8' });
    report = run.stderr;
    if (run.status != 0) throw new Error('kikubari index failed: ' + run.stderr);
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const ARTICLE = '/hc/en-us/articles/4408824571601-How-to-descale-your-Aero-Kettle';
  const TITLES: Record<string, string> = {
    '/hc/en-us': 'Nagomi Kitchen Help Center',
    [ARTICLE]: 'How to descale your Aero Kettle',
  };
  async function helpCenter(page: Page) {
    const head = readFileSync('examples/platforms/zendesk/document_head.hbs', 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/, '');
    const layout = fixture('zendesk/guide-page.html');
    const articles = JSON.parse(fixture('zendesk/articles.json')).articles as { html_url: string; title: string; body: string }[];
    await page.route(HC + '/**', (r) => {
      const path = new URL(r.request().url()).pathname;
      const article = articles.find((a) => new URL(a.html_url).pathname == path);
      const title = article ? article.title : TITLES[path] || path.split('/').pop()!.replace(/^\d+-/, '').replace(/-/g, ' ');
      const body = layout
        .replace('{DOCUMENT_HEAD}', head)
        .replaceAll('{TITLE}', title)
        .replaceAll('{H1}', title)
        .replace('{PATH}', path)
        .replace('{BODY}', article ? article.body : '<p>' + 'Browse our help topics. '.repeat(30) + '</p>');
      return r.fulfill({ contentType: 'text/html; charset=utf-8', body });
    });
    const cors = { 'Access-Control-Allow-Origin': HC };
    await page.route(SHOP + '/kikubari/0.1.0/*', (r) => r.fulfill({ ...repoFile('dist/' + new URL(r.request().url()).pathname.split('/').pop()), headers: cors }));
    await page.route(SHOP + '/kikubari/kb-index.json', (r) => r.fulfill({ path: index, contentType: 'application/json', headers: cors }));
    await page.route('https://static.zdassets.com/ekr/snippet.js*', (r) => r.fulfill(repoFile('test/e2e/fixtures/platforms/zendesk/messenger-stub.js')));
    await page.route(/\/\/(static|theme)\.zdassets\.com\/(hc|theme_assets)\//, (r) => r.fulfill({ body: '' }));
  }
  /** The shop's "Questions about your order?" link: the order in the fragment. */
  const FROM_SHOP = HC + '/hc/en-us#kikubari-order=' + encodeURIComponent(JSON.stringify({ orderId: '1001', currency: 'GBP', items: [{ sku: 'AK-1', name: 'Aero Kettle', price: 79, quantity: 1 }] }));

  test('the CLI builds the index from the Help Center API export: drafts skipped, product: labels become SKUs', async () => {
    expect(report).toContain('6 articles');
    expect(report).toContain('1 draft skipped');
    const built = JSON.parse(readFileSync(index, 'utf8'));
    expect(built.find((a: any) => a.id == '4408824571602')).toMatchObject({
      title: 'Aero Kettle lid will not close',
      url: HC + '/hc/en-us/articles/4408824571602-Aero-Kettle-lid-will-not-close',
      products: ['AK-1'],
      tags: ['lid', 'troubleshooting'],
      locale: 'en-us',
    });
    expect(built.some((a: any) => /draft/i.test(a.title))).toBe(false);
  });

  test('a purchase from the shop\'s link, an offer on a Guide article, a hand-off to Zendesk messaging with the card', async ({ page }) => {
    await installClock(page);
    await helpCenter(page);
    await page.goto(FROM_SHOP);
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.purchases.map((o: any) => o.orderId)).toEqual(['1001']);
    expect(new URL(page.url()).hash).toBe(''); // the order is out of the address bar
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kikubari:bought'))).not.toBeNull();

    await page.goto(HC + ARTICLE);
    await ready(page);
    expect((await kikubari(page)).page.type).toBe('kb');
    await page.mouse.move(200, 200);
    await page.clock.runFor(40_000);
    await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
    await offer(page).locator('[part="offer-accept"]').click();
    // The articles come from the Zendesk export; the one on screen is never suggested.
    const titles = panel(page).locator('[part="article"]');
    await expect(titles.first()).toBeVisible();
    await expect(titles).not.toContainText(['How to descale your Aero Kettle']);
    await expect(panel(page)).toContainText('Aero Kettle lid will not close');
    await panel(page).getByRole('button', { name: "It's not working" }).click();
    await panel(page).locator('[part="article"]').first().click();
    await panel(page).getByRole('button', { name: 'No' }).click();
    await panel(page).locator('[part~="handoff"]').click();
    await expect(page.locator('iframe#webWidget')).toBeAttached();
    const calls = await page.evaluate(() => (window as any).__zE as unknown[][]);
    expect(calls).toContainEqual(['messenger:set', 'conversationTags', ['kikubari']]);
    const fields = calls.find((c) => c[1] == 'conversationFields') as [string, string, { id: string; value: string }[]];
    expect(fields[2][0]!.id).toBe('14523987');
    expect(fields[2][0]!.value).toContain('Aero Kettle');
    expect(fields[2][0]!.value).toContain('1001');
    expect(calls.at(-1)).toEqual(['messenger', 'open']);
    await expectNoHostErrors(page);
  });

  test('Guide URLs: articles, sections, categories, search and the home page are help pages; requests and the community are not', async ({ page }) => {
    await helpCenter(page);
    await page.goto(FROM_SHOP);
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.purchases.length).toBe(1);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kikubari:bought'))).not.toBeNull();
    const types: Record<string, string> = {};
    for (const path of [
      '/hc/en-us',
      '/hc/en-us/categories/4408800000001-Kettles',
      '/hc/en-us/sections/4408811110001-Aero-Kettle',
      '/hc/en-us/search?utf8=%E2%9C%93&query=descale',
      '/hc/ja/articles/4408824571602',
      '/hc/en-us/requests/new',
      '/hc/en-us/community/posts/4409000000001-Tips-for-green-tea',
    ]) {
      await page.goto(HC + path);
      await ready(page);
      types[path.split('?')[0]!] = (await kikubari(page)).page.type;
    }
    expect(types).toEqual({
      '/hc/en-us': 'kb',
      '/hc/en-us/categories/4408800000001-Kettles': 'kb',
      '/hc/en-us/sections/4408811110001-Aero-Kettle': 'kb',
      '/hc/en-us/search': 'kb',
      '/hc/ja/articles/4408824571602': 'kb',
      '/hc/en-us/requests/new': 'other',
      '/hc/en-us/community/posts/4409000000001-Tips-for-green-tea': 'other',
    });
  });

  test('document_head.hbs holds no "}}" outside its comment, which Curlybars would read as the end of an expression', () => {
    const code = readFileSync('examples/platforms/zendesk/document_head.hbs', 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/, '');
    expect(code).not.toMatch(/\{\{|\}\}/);
  });
});
