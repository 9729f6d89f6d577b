import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** Read, pause: the built-in offer names the purchase; accept it. */
async function acceptTheOffer(page: Page) {
  await page.mouse.move(200, 200);
  await page.clock.runFor(40_000);
  await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
  await offer(page).locator('[part="offer-accept"]').click();
}

/** In the panel: "It's not working", read the first article, "No" — then "Talk to a person". */
async function askForAPerson(page: Page) {
  await panel(page).getByRole('button', { name: "It's not working" }).click();
  await panel(page).locator('[part="article"]').first().click();
  await panel(page).getByRole('button', { name: 'No' }).click();
  await panel(page).locator('[part~="handoff"]').click();
  // The card is shown before it goes; the visitor sends it.
  await panel(page).locator('form.hand [type=submit]').click();
}

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
    await acceptTheOffer(page);
    await askForAPerson(page);
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
  let dir = '';
  let index = '';
  let report = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kikubari-zendesk-'));
    index = join(dir, 'kb-index.json');
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
  async function helpCenter(page: Page, classic = false) {
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
    await page.route('https://static.zdassets.com/ekr/snippet.js*', (r) =>
      r.fulfill({ contentType: 'text/javascript', body: (classic ? 'window.__zendeskClassic = true;\n' : '') + fixture('zendesk/widget-stub.js') }),
    );
    await page.route(/\/\/(static|theme)\.zdassets\.com\/(hc|theme_assets)\//, (r) => r.fulfill({ body: '' }));
  }
  /** The shop's "Questions about your order?" link: the order in the fragment. */
  const FROM_SHOP = HC + '/hc/en-us#kikubari-order=' + encodeURIComponent(JSON.stringify({ orderId: '1001', currency: 'GBP', items: [{ sku: 'AK-1', name: 'Aero Kettle', price: 79, quantity: 1 }] }));

  /** The visitor follows the shop's link, reads the descaling article, pauses, and accepts the offer. */
  async function fromTheShopToTheArticle(page: Page) {
    await page.goto(FROM_SHOP);
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.purchases.map((o: any) => o.orderId)).toEqual(['1001']);
    expect(new URL(page.url()).hash).toBe(''); // the order is out of the address bar
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kikubari:bought'))).not.toBeNull();
    await page.goto(HC + ARTICLE);
    await ready(page);
    expect((await kikubari(page)).page.type).toBe('kb');
    await acceptTheOffer(page);
  }

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
    await fromTheShopToTheArticle(page);
    // The articles come from the Zendesk export; the one on screen is never suggested.
    const titles = panel(page).locator('[part="article"]');
    await expect(titles.first()).toBeVisible();
    await expect(titles).not.toContainText(['How to descale your Aero Kettle']);
    await expect(panel(page)).toContainText('Aero Kettle lid will not close');
    await askForAPerson(page);
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

  test('with the Web Widget (Classic) on the help center, the hand-off puts the card in its contact form and opens it', async ({ page }) => {
    await installClock(page);
    await helpCenter(page, true);
    await fromTheShopToTheArticle(page);
    await askForAPerson(page);
    await expect(page.locator('iframe#webWidget')).toBeAttached();
    const calls = await page.evaluate(() => (window as any).__zE as unknown[][]);
    expect(calls).toEqual([
      ['webWidget', 'updateSettings', { webWidget: { contactForm: { fields: [{ id: 'description', prefill: { '*': expect.stringContaining('Aero Kettle') } }] } } }],
      ['webWidget', 'open'],
    ]);
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

test.describe('Shopify (custom pixel, Shopify.checkout on the order status page, the theme snippet)', () => {
  const SHOP = 'https://nagomi.example';
  const ASSETS = '/cdn/shop/t/1/assets/';
  /** What Shopify's Liquid makes of the snippet: the comment goes, asset_url gives the theme's asset folder. */
  const liquid = (src: string) => {
    const out = src
      .replace(/\{%-? comment -?%\}[\s\S]*?\{%-? endcomment -?%\}/g, '')
      .replace(/\{\{ '([\w.-]+)' \| asset_url \| json \}\}/g, (_, f) => JSON.stringify(ASSETS + f + '?v=1731000000'))
      .replace(/\{\{ '([\w.-]+)' \| asset_url \}\}/g, (_, f) => ASSETS + f + '?v=1731000000');
    if (/\{\{|\{%/.test(out)) throw new Error('Liquid left unrendered: ' + out);
    return out;
  };
  const snippet = () => liquid(readFileSync('examples/platforms/shopify/kikubari.liquid', 'utf8'));
  async function store(page: Page) {
    const pages: Record<string, string> = {
      '/checkouts/cn/hWN5tQv2nXcPq8RzLk3mYb7s/thank-you': fixture('shopify/thank-you.html'),
      '/61234567/checkouts/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/thank_you': fixture('shopify/order-status-legacy.html')
        .replace('{LEGACY_CHECKOUT}', fixture('shopify/legacy-checkout.json').trim())
        .replace('ADDITIONAL_SCRIPTS', readFileSync('examples/platforms/shopify/order-status-additional-scripts.html', 'utf8')),
      '/products/aero-kettle': fixture('shopify/product.html').replace('THEME_SNIPPET', snippet()),
      '/pages/contact': fixture('shopify/contact.html').replace('THEME_SNIPPET', snippet()),
    };
    await page.route(SHOP + '/**', (r) => {
      const path = new URL(r.request().url()).pathname;
      if (path in pages) return r.fulfill({ contentType: 'text/html; charset=utf-8', body: pages[path] });
      if (path == ASSETS + 'kb-index.json') return r.fulfill(repoFile('test/e2e/fixtures/articles.json'));
      if (path.startsWith(ASSETS)) return r.fulfill(repoFile('dist/' + path.slice(ASSETS.length)));
      if (path.startsWith('/test/') || path.startsWith('/examples/')) return r.fulfill(repoFile(path));
      return r.fulfill({ status: 404, body: '' });
    });
  }

  async function offerOnProductPageThenContact(page: Page) {
    await page.goto(SHOP + '/products/aero-kettle');
    await ready(page);
    const now = await kikubari(page);
    expect(now.page.type).toBe('product');
    expect(now.page.product.name).toBe('Aero Kettle');
    await acceptTheOffer(page);
    await askForAPerson(page);
    await page.waitForURL(/\/pages\/contact\?kikubari=/);
    const message = page.locator('#ContactForm-body');
    await expect(message).toHaveValue(/Aero Kettle/);
    await expect(message).toHaveValue(/6012345678901/);
    await expectNoHostErrors(page);
  }

  test('checkout_completed in a sandboxed custom pixel → the store\'s localStorage → the theme snippet records it; offer on the product page; hand-off to the contact form', async ({ page }) => {
    await installClock(page);
    await store(page);
    await page.goto(SHOP + '/checkouts/cn/hWN5tQv2nXcPq8RzLk3mYb7s/thank-you');
    await expect.poll(() => page.evaluate(() => (window as any).__pixel?.writes)).toEqual(['kikubari:shopify-order']);
    // The pixel ran where Shopify runs it: it could not reach the page (so not kikubari either).
    expect(await page.evaluate(() => (window as any).__pixel.pageReachable)).toBe(false);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('kikubari:shopify-order')))!)).toMatchObject({
      orderId: '6012345678901',
      currency: 'GBP',
      items: [
        { sku: 'AK-1-BLK', name: 'Aero Kettle', category: 'Kettles', price: 79, quantity: 1 },
        { sku: '44012345670002', name: 'Descaling Tablets', price: 6.5, quantity: 2 }, // no SKU: the variant id
      ],
    });

    await page.goto(SHOP + '/products/aero-kettle');
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.purchases.map((o: any) => [o.orderId, o.items.map((i: any) => i.sku)])).toEqual([
      ['6012345678901', ['AK-1-BLK', '44012345670002']],
    ]);
    expect(await page.evaluate(() => localStorage.getItem('kikubari:shopify-order'))).toBeNull(); // handed over once
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kikubari:bought'))).not.toBeNull();
    await offerOnProductPageThenContact(page);
  });

  test('the legacy order status page: Additional scripts read Shopify.checkout; offer and hand-off on the storefront', async ({ page }) => {
    await installClock(page);
    await store(page);
    await page.goto(SHOP + '/61234567/checkouts/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/thank_you');
    await expect.poll(async () => (await kikubari(page).catch(() => null))?.purchases.map((o: any) => o.items.map((i: any) => [i.sku, i.name, i.price, i.quantity]))).toEqual([
      [['AK-1-BLK', 'Aero Kettle', 79, 1], ['44012345670002', 'Descaling Tablets', 6.5, 2]],
    ]);
    const now = await kikubari(page);
    expect(now.purchases[0].orderId).toBe('6012345678901');
    expect(now.page.type).toBe('checkout'); // no offer ever shows here
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kikubari:bought'))).not.toBeNull();
    await offerOnProductPageThenContact(page);
  });
});

test.describe('Next.js App Router (examples/platforms/nextjs, built with this repository\'s React 17 and rollup)', () => {
  // Next.js is not installed: the example's components are type-checked with its own tsconfig
  // (strict) and bundled by rollup, with React 17, into an app that stands in for the App Router.
  let out = '';
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    out = mkdtempSync(join(tmpdir(), 'kikubari-nextjs-'));
    const [{ rollup }, { default: typescript }, { nodeResolve }, { default: commonjs }, { default: replace }] = await Promise.all([
      import('rollup'),
      import('@rollup/plugin-typescript'),
      import('@rollup/plugin-node-resolve'),
      import('@rollup/plugin-commonjs'),
      import('@rollup/plugin-replace'),
    ]);
    const bundle = await rollup({
      input: 'test/e2e/fixtures/platforms/nextjs/app-router.js',
      onwarn(w) {
        if (w.code == 'PLUGIN_WARNING' || w.code == 'UNRESOLVED_IMPORT') throw new Error(w.message);
      },
      plugins: [
        // In an app, `kikubari` is the package in node_modules; here it is this repository's build.
        { name: 'kikubari', resolveId: (id: string) => (id == 'kikubari' ? resolve('dist/index.mjs') : null) },
        typescript({
          tsconfig: 'examples/platforms/nextjs/tsconfig.json',
          include: ['examples/platforms/nextjs/**/*.{ts,tsx}'],
          compilerOptions: { jsx: 'react-jsx', noEmit: false, noEmitOnError: true, incremental: false, plugins: [], outDir: out, baseUrl: '.', paths: { kikubari: ['dist/index.d.ts'] } },
        }),
        replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
        nodeResolve({ browser: true }),
        commonjs(),
      ],
    });
    await bundle.write({ dir: out, format: 'es', entryFileNames: 'app.js' });
    await bundle.close();
  });
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  const inspectApp = (page: Page) => page.evaluate(() => (window as any).__inspect());

  async function app(page: Page) {
    const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nagomi Kitchen</title><script>window.__errors=[];window.onerror=function(m){window.__errors.push(String(m))};</script></head><body><div id="__next"></div><script type="module" src="/_next/static/app.js"></script></body></html>';
    await page.route((url) => url.pathname.startsWith('/orders/') || url.pathname.startsWith('/help/'), (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.route('**/_next/static/*', (r) => r.fulfill({ path: join(out, new URL(r.request().url()).pathname.split('/').pop()!), contentType: 'text/javascript' }));
    await page.route('**/kb-index.json', (r) => r.fulfill(repoFile('test/e2e/fixtures/articles.json')));
    await page.route('**/contact?*', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Contact</title><h1>Contact us</h1>' }));
  }

  test('one instance through StrictMode\'s double effects; the purchase from the server\'s order; a route change is a page view; an offer; a hand-off', async ({ page }) => {
    await installClock(page);
    await app(page);
    await page.goto('/orders/1001/thank-you');
    // RecordPurchase's effect ran twice (mount, remount): one order. One kikubari on the page.
    await expect.poll(async () => (await inspectApp(page).catch(() => null))?.purchases.map((o: any) => o.orderId)).toEqual(['1001']);
    await expect(page.locator('[data-kikubari]')).toHaveCount(1);
    expect((await inspectApp(page)).session.pageViews).toBe(1);

    await page.getByRole('link', { name: 'How to descale your Aero Kettle' }).click();
    await expect(page).toHaveURL(/\/help\/descale-aero-kettle$/);
    await expect.poll(async () => (await inspectApp(page)).session.pageViews).toBe(2);
    const now = await inspectApp(page);
    expect(now.page.type).toBe('kb');
    expect(now.page.title).toBe('How to descale your Aero Kettle – Nagomi Kitchen');
    await acceptTheOffer(page);
    await expect(page.locator('[data-kikubari]')).toHaveCount(1);
    await askForAPerson(page);
    await page.waitForURL(/\/contact\?message=/);
    const message = new URL(page.url()).searchParams.get('message')!;
    expect(message).toContain('Aero Kettle');
    expect(message).toContain('1001');
  });
});
