import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHostErrors, hostPage, installClock, offer, openPage, panel, ready, T0 } from './helpers';
import type { Article } from '../../src/types';

const INDEX = '/test/e2e/fixtures/helpcenter.json';
const HELP_CENTER: Article[] = JSON.parse(readFileSync('test/e2e/fixtures/helpcenter.json', 'utf8'));
const article = (id: string) => HELP_CENTER.find((a) => a.id == id)!;
const byTitle = (title: string) => HELP_CENTER.find((a) => a.title == title)!;

const PRODUCTS: Record<string, string> = { 'AK-1': 'Aero Kettle', 'PO-2': 'Kumo Pour-Over Set', 'GR-3': 'Kaze Burr Grinder', 'TS-4': 'Hoshi Toaster' };
const order = (sku: string, n = 1) => ({ orderId: 'O-' + sku, purchasedAt: T0.getTime() - n * 864e5, items: [{ sku, name: PRODUCTS[sku]!, category: 'home' }] });

interface Journey {
  name: string;
  bought: string[];
  /** The help article the visitor is stuck on. */
  on: string;
  /** Where the page is served, when not at the article's own URL. */
  path?: string;
  lang?: string;
  head?: string;
}

/** Open the help page, wait for the built-in offer and its preview, accept it; the first render of the panel is recorded. */
async function stuck(page: Page, j: Journey) {
  const a = article(j.on);
  const before = `kikubari('init', { articles: '${INDEX}' });` + j.bought.map((sku, i) => `kikubari('purchase', ${JSON.stringify(order(sku, i + 1))});`).join('');
  await openPage(page, j.path || a.url, hostPage({ lang: j.lang || a.locale, title: a.title, h1: a.title, head: j.head, before, body: '<p>' + a.body + '</p>' }));
  await ready(page);
  await page.clock.runFor(40_000);
  await expect(offer(page)).toBeVisible();
  // The articles are looked up while the offer is on screen; the bubble says how many.
  await expect(offer(page).locator('[part="offer-preview"]')).toBeVisible();
  // Record what the panel holds the first time it is drawn, before anything else can happen.
  await page.evaluate(() => {
    const root = document.querySelector('[data-kikubari]')!.shadowRoot!;
    const seen = new MutationObserver(() => {
      const p = root.querySelector('[part="panel"]');
      if (!p) return;
      (window as any).firstRender = Array.from(p.querySelectorAll('[part="article"] b')).map((b) => b.textContent);
      seen.disconnect();
    });
    seen.observe(root, { childList: true, subtree: true });
  });
  await offer(page).locator('[part="offer-accept"]').click();
  await expect(panel(page)).toBeVisible();
  const first: string[] = await page.evaluate(() => (window as any).firstRender);
  return { first, current: a };
}

function expectGoodFirstThree(first: string[], j: Journey, current: Article) {
  expect(first, 'three articles in the first render').toHaveLength(3);
  const shown = first.map((t) => byTitle(t));
  for (const s of shown) {
    expect(s.id, 'never the page the visitor is on').not.toBe(current.id);
    expect(!s.products || s.products.some((p) => j.bought.includes(p)), s.title + ' is about a purchase or general').toBe(true);
    expect(s.locale, s.title + ' is in the visitor’s language').toBe(j.lang || current.locale);
  }
}

const JOURNEYS: Journey[] = [
  { name: 'a kettle buyer stuck on "Aero Kettle is not working"', bought: ['AK-1'], on: '3002' },
  { name: 'a pour-over buyer on its cleaning guide', bought: ['PO-2'], on: '3103' },
  { name: 'a grinder buyer on its set-up guide', bought: ['GR-3'], on: '3201' },
  { name: 'a toaster buyer on "strange noise"', bought: ['TS-4'], on: '3306' },
  { name: 'a kettle buyer on the Japanese "not working" article', bought: ['AK-1'], on: '3052' },
  { name: 'a grinder buyer on the Japanese set-up article', bought: ['GR-3'], on: '3251' },
  { name: 'a buyer of a kettle and a toaster on the toaster warranty', bought: ['AK-1', 'TS-4'], on: '3304' },
  { name: 'a kettle buyer on a page whose canonical link is the cleaning article', bought: ['AK-1'], on: '3003', path: '/kb/kettle-care', head: '<link rel="canonical" href="/hc/en/articles/3003-kettle-cleaning">' },
  { name: 'a pour-over buyer on the returns article', bought: ['PO-2'], on: '3901' },
  { name: 'a toaster buyer on its "not working" page, reached with a query string', bought: ['TS-4'], on: '3302', path: '/hc/en/articles/3302-toaster-not-working/?from=search' },
];

test.describe('accepting the offer shows the right articles at once', () => {
  test.beforeEach(async ({ page }) => installClock(page));

  for (const j of JOURNEYS)
    test(j.name + ': the first three are about that purchase or general, none is the current page', async ({ page }) => {
      const { first, current } = await stuck(page, j);
      expectGoodFirstThree(first, j, current);
      await expectNoHostErrors(page);
    });

  test('the panel opens at the top of the conversation: the offer and the first article are in view, not scrolled past', async ({ page }) => {
    // A short window, so the conversation is taller than the panel's log.
    await page.setViewportSize({ width: 1280, height: 560 });
    await stuck(page, JOURNEYS[0]!);
    const log = panel(page).locator('.log');
    const inView = (sel: string) =>
      log.evaluate((el, sel) => {
        const box = el.getBoundingClientRect();
        const r = el.querySelector(sel)!.getBoundingClientRect();
        return { overflows: el.scrollHeight > el.clientHeight + 1, top: r.top >= box.top - 1 && r.top < box.bottom };
      }, sel);
    // (The log scrolls in the frame that draws a change: each position is polled until that frame.)
    await expect.poll(() => inView('p.m'), { message: 'the offer message' }).toEqual({ overflows: true, top: true });
    await expect.poll(async () => (await inView('[part="article"]')).top, { message: 'the first article' }).toBe(true);
    // A later message scrolls into view from its own top: the re-ranked list starts with its first article.
    await panel(page).locator('[part="quick-reply"]', { hasText: 'Returns & refunds' }).click();
    await expect(panel(page).locator('.arts')).toHaveCount(2);
    const second = () =>
      log.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const r = el.querySelectorAll('.arts')[1]!.querySelector('[part="article"]')!.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      });
    await expect.poll(second, { message: 'the first re-ranked article' }).toBe(true);
    // Back from reading an article, the conversation is where it ended, not at its start.
    await panel(page).locator('[part="article"]').last().click();
    await panel(page).getByRole('button', { name: 'Back to the conversation' }).click();
    const end = () => log.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
    await expect.poll(end, { message: 'the end of the conversation in view after Back' }).toBe(true);
  });

  test('each article shows a one-line snippet; the kinds of help sit below the list and re-rank it', async ({ page }) => {
    await stuck(page, JOURNEYS[0]!);
    const arts = panel(page).locator('[part="article"]');
    await expect(arts).toHaveCount(3);
    for (const a of await arts.all()) {
      const snippet = a.locator('span');
      await expect(snippet).not.toBeEmpty();
      const lines = await snippet.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      expect(lines).toBe(1);
    }
    const listBottom = (await panel(page).locator('.arts').last().boundingBox())!;
    const kinds = panel(page).locator('[part="quick-reply"]', { hasText: 'Returns & refunds' });
    expect((await kinds.boundingBox())!.y).toBeGreaterThan(listBottom.y + listBottom.height - 1);
    await kinds.click();
    await expect(panel(page).locator('.arts')).toHaveCount(2);
    await expect(panel(page).locator('.arts').last().locator('[part="article"] b').first()).toHaveText('Returns and refunds');
  });
});

test.describe('the built-in offer knows what the page is about', () => {
  test.beforeEach(async ({ page }) => installClock(page));
  const ld = (about: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'TechArticle', headline: 'x', about })}</script>`;
  const init = (sku: string) => `kikubari('init', { articles: '${INDEX}' }); kikubari('purchase', ${JSON.stringify(order(sku))});`;

  test('on a help article about a product the visitor did not buy, it stays quiet', async ({ page }) => {
    const a = article('3202');
    await openPage(page, a.url, hostPage({ title: a.title, h1: a.title, head: ld({ '@type': 'Product', sku: 'GR-3', name: 'Kaze Burr Grinder' }), before: init('AK-1') }));
    await ready(page);
    await page.clock.runFor(90_000);
    await expect(offer(page)).toHaveCount(0);
    const now = await page.evaluate(() => (window as any).kikubari('inspect'));
    expect(now.offers[0].conditions).toContainEqual(expect.objectContaining({ name: 'pageAboutOtherProduct', pass: false }));
  });

  test('with only a JSON-LD sku tying the page to the purchase, the offer names the product', async ({ page }) => {
    await openPage(page, '/guides/lid-help', hostPage({ title: 'Lid stuck? Read this', h1: 'Lid stuck?', head: ld({ '@type': 'Thing', sku: 'AK-1' }), before: init('AK-1') }));
    await ready(page);
    await page.clock.runFor(40_000);
    await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
    await expect(offer(page).locator('[part="offer-preview"]')).toHaveText('3 articles about Aero Kettle');
  });

  // A help article the page's markup says nothing about: no JSON-LD, no product name in the title.
  // Only the article index ties it to the kettle (its `products` for this URL).
  const LID: Article = { id: '3099', title: 'Lid stuck? Read this', url: '/hc/en/articles/3099-lid-stuck', locale: 'en', products: ['AK-1'], body: 'Press the button at the back of the lid until it clicks.' };
  const tiedByIndex = async (page: Page, sku: string) => {
    await page.route('**/kb-tie.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(HELP_CENTER.concat(LID)) }));
    await openPage(page, LID.url, hostPage({ title: LID.title, before: `kikubari('init', { articles: '/kb-tie.json' }); kikubari('purchase', ${JSON.stringify(order(sku))});` }));
    let asked = false;
    page.on('request', (r) => r.url().endsWith('/kb-tie.json') && (asked = true));
    await ready(page);
    // Time passes a second at a time, as for a reader, until the widget chunk, a few seconds
    // before the offer is due, asks the index about this page; the index answers over the real
    // network, however busy the machine, before the reader's clock moves on.
    for (let i = 0; i < 40 && !asked; i++) {
      await page.clock.runFor(1_000);
      // The request is reported a moment after the step that made it: wait for it before the next step.
      await expect.poll(() => asked, { timeout: 250 }).toBe(true).catch(() => {});
    }
    // The index ties this page to the lid's product, whatever the visitor bought.
    await expect.poll(async () => ((await page.evaluate(() => (window as any).kikubari('inspect'))).page.product || {}).sku).toBe(LID.products[0]);
    await page.clock.runFor(40_000);
  };

  test('with only the article index tying the page to the purchase, the offer names the product', async ({ page }) => {
    await tiedByIndex(page, 'AK-1');
    await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
    expect((await page.evaluate(() => (window as any).kikubari('inspect'))).page.product).toEqual({ sku: 'AK-1' });
  });

  test('a page the article index ties to a product the visitor did not buy gets no built-in offer', async ({ page }) => {
    await tiedByIndex(page, 'GR-3');
    await page.clock.runFor(50_000);
    await expect(offer(page)).toHaveCount(0);
    const now = await page.evaluate(() => (window as any).kikubari('inspect'));
    expect(now.offers[0].conditions).toContainEqual(expect.objectContaining({ name: 'pageAboutOtherProduct', pass: false }));
  });

  test('a Japanese question on an English page gets the Japanese articles', async ({ page }) => {
    await openPage(page, '/hc/en', hostPage({ title: 'Help Center', before: init('AK-1') }));
    await ready(page);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'Aero Kettleを返品したい' }));
    await expect(panel(page).locator('[part="source"]')).toHaveText('返品と返金について');
    await expect(panel(page).locator('[part="answer"]')).toContainText('30日以内');
  });
});

test.describe('a typed question gets a grounded answer', () => {
  test.beforeEach(async ({ page }) => installClock(page));
  const open = async (page: Page, lang: string, query: string) => {
    await openPage(page, lang == 'ja' ? '/hc/ja' : '/hc/en', hostPage({ lang, title: 'Help Center', before: `kikubari('init', { articles: '${INDEX}' }); kikubari('purchase', ${JSON.stringify(order('AK-1'))});` }));
    await ready(page);
    await page.evaluate((q) => (window as any).kikubari('open', { query: q }), query);
  };

  test('in English: the passage is quoted, with its article as the link', async ({ page }) => {
    await open(page, 'en', 'how do I return it');
    await expect(panel(page).locator('[part="answer"]')).toHaveText(/^You can return any product within 30 days of delivery for a full refund\./);
    await expect(panel(page).locator('[part="source"]')).toHaveText('Returns and refunds');
    await expect(panel(page).locator('[part="source"]')).toHaveAttribute('href', '/hc/en/articles/3901-returns');
    await expect(panel(page).locator('figcaption')).toHaveText('Source: Returns and refunds');
    await expectNoHostErrors(page);
  });

  test('the answer is followed by "Did this solve it?", which names its Yes and No', async ({ page }) => {
    await open(page, 'en', 'how do I return it');
    await expect(panel(page).locator('[part="answer"]')).toBeVisible();
    const ask = panel(page).getByRole('group', { name: 'Did this solve it?' });
    await expect(ask.locator('[part~="solved-yes"]')).toHaveText('Yes');
    await expect(ask.locator('[part~="solved-no"]')).toHaveText('No');
    await expect(panel(page).locator('.m.bot').last()).toHaveText(/Did this solve it\?$/);
  });

  test('in Japanese: whole sentences are quoted, with the Japanese article as the link', async ({ page }) => {
    await open(page, 'ja', 'エアロケトルの電源が入らない');
    await expect(panel(page).locator('[part="source"]')).toHaveText('エアロケトルが動かない');
    await expect(panel(page).locator('[part="answer"]')).toHaveText(/^エアロケトルの電源が入らないときは、.*。$/);
    // A full-width colon carries its own space: no Latin space after it.
    await expect(panel(page).locator('figcaption')).toHaveText('出典：エアロケトルが動かない');
  });

  test('a question about nothing in the help center gets an honest "no good match", no answer part, and a person', async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).kikubari = function () {
        ((window as any).kikubari.q = (window as any).kikubari.q || []).push(arguments);
      };
      (window as any).kikubari('init', { handoff: { type: 'callback', onHandoff: () => {} } });
    });
    await open(page, 'en', 'can I fly my kite to the moon');
    await expect(panel(page)).toContainText("I couldn't find a good match for that in our help articles.");
    await expect(panel(page).locator('[part="answer"]')).toHaveCount(0);
    await expect(panel(page)).not.toContainText('These articles may help');
    await expect(panel(page).locator('[part~="handoff"]')).toBeVisible();
  });
});

test.describe('"Did this solve it?"', () => {
  test.beforeEach(async ({ page }) => installClock(page));

  test('No after an article → the next best articles not yet shown → a person; Yes after an answer → conversation:resolved', async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).kikubari = function () {
        ((window as any).kikubari.q = (window as any).kikubari.q || []).push(arguments);
      };
      (window as any).resolved = [];
      (window as any).kikubari('init', { handoff: { type: 'callback', onHandoff: () => {} } });
      (window as any).kikubari('on', 'conversation:resolved', (e: unknown) => (window as any).resolved.push(e));
    });
    const { first } = await stuck(page, JOURNEYS[0]!);
    await panel(page).locator('[part="article"]').first().click();
    await panel(page).locator('[part="solved-no"]').click();
    await expect(panel(page)).toContainText('Sorry about that. These may fit better:');
    const more = await panel(page).locator('.arts').last().locator('[part="article"] b').allTextContents();
    expect(more.length).toBeGreaterThan(0);
    expect(more.filter((t) => first.includes(t))).toEqual([]);
    await expect(panel(page).locator('[part~="handoff"]')).toBeVisible();

    await panel(page).locator('[part="input"]').fill('how do I return it');
    await panel(page).locator('[part="input"]').press('Enter');
    await expect(panel(page).locator('[part="source"]')).toHaveText('Returns and refunds');
    await panel(page).locator('[part~="solved-yes"]').click();
    await expect(panel(page)).toContainText('Glad it helped!');
    expect(await page.evaluate(() => (window as any).resolved)).toEqual([{ by: 'answer', articleId: '3901' }]);
    await expectNoHostErrors(page);
  });
});
