import { expect, test, type Page } from '@playwright/test';
import { expectNoHostErrors, hostPage, installClock, inspect, loaded, offer, openPage, ORDER, panel, ready, T0 } from './helpers';

const ARTICLES = '/test/e2e/fixtures/articles.json';
const TWO_ORDERS = [
  { ...ORDER, purchasedAt: T0.getTime() - 2 * 864e5 },
  { orderId: 'A-1002', purchasedAt: T0.getTime() - 5 * 864e5, items: [{ sku: 'PO-2', name: 'Kumo Pour-Over Set', category: 'coffee' }] },
];

/** Focus as the visitor sees it: the element inside our shadow root, or on the page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-kikubari]');
    const el = (host && host.shadowRoot && host.shadowRoot.activeElement) || document.activeElement;
    return el ? (el.getAttribute('part') || el.tagName.toLowerCase()) + ':' + (el.textContent || (el as HTMLInputElement).placeholder || '').trim() : '';
  });

async function helpCenter(page: Page, init: object = {}, path = '/hc/en') {
  const before = `kikubari('init', ${JSON.stringify({ articles: ARTICLES, ...init })});
    ${TWO_ORDERS.map((o) => `kikubari('purchase', ${JSON.stringify(o)});`).join('')}
    window.cards = []; window.events = [];
    ['offer:shown','offer:accepted','offer:dismissed','article:opened','article:voted','handoff','chat:opened','chat:closed'].forEach(function (e) { kikubari('on', e, function (d) { window.events.push(e) }) });`;
  await openPage(page, path, hostPage({ title: 'Help Center', h1: 'How can we help?', before, body: '<p>Browse our guides.</p><a href="#top">Top</a>' }));
  await ready(page);
}

/** The journey by keyboard: offer → accept → articles → kind of help → article → "No" → a person. */
async function keyboardJourney(page: Page) {
  // The hand-off callback is a function: give it through the queue before load.
  await page.addInitScript(() => {
    (window as any).kikubari = function () {
      ((window as any).kikubari.q = (window as any).kikubari.q || []).push(arguments);
    };
    (window as any).kikubari('init', { handoff: { type: 'callback', onHandoff: (card: unknown) => (window as any).cards.push(card) } });
  });
  await helpCenter(page);
  await page.clock.runFor(40_000);
  await expect(offer(page)).toBeVisible();
  await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase?');
  // The offer does not take focus; the visitor reaches it with Tab from the page.
  expect(await focused(page)).toBe('body:' + (await page.evaluate(() => document.body.textContent!.trim())));
  for (let i = 0; i < 6 && !(await focused(page)).startsWith('offer-accept'); i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('offer-accept:Yes, help me');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  // The articles are there at once; focus moves into the dialog (in the frame that draws them), onto the first kind of help below them.
  await expect(panel(page).locator('[part="article"]').first()).toBeVisible();
  await expect.poll(() => focused(page)).toBe('quick-reply:Setting it up');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe("quick-reply:It's not working");
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('.arts')).toHaveCount(2);
  // Shift+Tab back from the question box to the first article, and open it.
  for (let i = 0; i < 10 && !(await focused(page)).startsWith('article:Aero Kettle lid'); i++) await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatch(/^article:Aero Kettle lid will not close/);
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('.reader h3')).toHaveText('Aero Kettle lid will not close');
  // (Focus moves once the frame that draws a change is painted: polled, as a visitor would wait for it.)
  await expect.poll(() => focused(page)).toMatch(/^h3:/);
  for (let i = 0; i < 10 && (await focused(page)) != 'button:No'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page).locator('[part~="handoff"]')).toBeVisible();
  await expect.poll(() => focused(page)).toBe('quick-reply handoff:Talk to a person');
  await page.keyboard.press('Enter');
  // The hand-off step: the card as it will be sent, in front of the visitor before it goes.
  await expect(panel(page).locator('[part="card"]')).toHaveValue(/Read: Aero Kettle lid will not close \(not helpful\)/);
  await expect.poll(() => focused(page)).toMatch(/^h3:/);
  for (let i = 0; i < 6 && (await focused(page)) != 'button:Send'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText("We've passed your question and what you've tried to our team.");
  const [card] = await page.evaluate(() => (window as any).cards);
  expect(card.purchases.map((o: any) => o.orderId)).toEqual(['A-1001', 'A-1002']);
  expect(card.articles).toContainEqual(expect.objectContaining({ id: '1002', title: 'Aero Kettle lid will not close', shown: true, opened: true, helpful: false }));
  expect(card.offers[0]).toMatchObject({ id: 'recent-purchase', outcome: 'accepted' });
  expect(card.text).toContain('Read: Aero Kettle lid will not close (not helpful)');
  expect(await page.evaluate(() => (window as any).events)).toEqual([
    'offer:shown',
    'offer:accepted',
    'chat:opened',
    'article:opened',
    'article:voted',
    'handoff',
  ]);
  // Escape closes the dialog and focus returns to the launcher.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  expect(await focused(page)).toBe('launcher:');
  await expectNoHostErrors(page);
}

test.describe('the widget', () => {
  test.beforeEach(async ({ page }) => installClock(page));

  test('the whole journey works by keyboard alone, and the card reaches the hand-off callback', async ({ page }) => {
    await keyboardJourney(page);
  });

  test('the same journey on a 375×667 phone, in a bottom sheet', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await keyboardJourney(page);
    await page.locator('[data-kikubari] [part="launcher"]').click();
    // Once the opening animation settles: full width, flush with the bottom of the screen.
    await expect
      .poll(async () => {
        const box = (await panel(page).boundingBox())!;
        return [Math.round(box.x), Math.round(box.width), Math.round(box.y + box.height)];
      })
      .toEqual([0, 375, 667]);
  });

  test('Tab stays inside the open panel; every control is at least 44×44 px', async ({ page }) => {
    await helpCenter(page);
    await page.locator('[data-kikubari] [part="launcher"]').click();
    await expect(panel(page)).toBeVisible();
    await expect.poll(() => focused(page)).not.toBe('launcher:'); // (opening moved focus into the panel)
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focused(page));
    }
    for (const f of seen) expect(f.startsWith('body') || f.startsWith('a:')).toBe(false);
    // Measure at rest: the panel's entrance animation scales it to 98% for a fifth of a second.
    await panel(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).filter((a) => a.effect!.getComputedTiming().endTime != Infinity).map((a) => a.finished.catch(() => {}))));
    for (const b of await panel(page).locator('button, input').all()) {
      const box = (await b.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
  });

  test('new messages are announced politely; the offer is announced without taking focus', async ({ page }) => {
    await helpCenter(page);
    await page.clock.runFor(40_000);
    await expect(page.getByRole('region', { name: 'Help offer' })).toBeVisible();
    // The live region arrives with the widget; the text follows once a screen reader has seen it.
    const live = page.locator('[data-kikubari] [aria-live="polite"]').first();
    await expect(live).toHaveText('');
    await page.clock.runFor(1000);
    await expect(live).toHaveText('Questions about your recent purchase?');
    await offer(page).locator('[part="offer-accept"]').click();
    await expect(panel(page).locator('[role="log"]')).toHaveAttribute('aria-live', 'polite');
    await expect(panel(page)).toHaveAttribute('aria-modal', 'true');
    await expect(panel(page)).toHaveAttribute('aria-labelledby', 'k-title');
  });

  test('Escape anywhere on the page puts the offer away, without moving focus', async ({ page }) => {
    await helpCenter(page);
    await page.clock.runFor(40_000);
    await expect(offer(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(offer(page)).toHaveCount(0);
    expect(await focused(page)).toMatch(/^body:/);
    expect(await page.evaluate(() => (window as any).events)).toEqual(['offer:shown', 'offer:dismissed']);
  });

  test('closing the panel returns focus to the page’s own button that opened it', async ({ page }) => {
    await helpCenter(page);
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'contact';
      b.textContent = 'Contact us';
      b.onclick = () => (window as any).kikubari('open');
      document.body.append(b);
    });
    await page.locator('#contact').focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await expect.poll(() => focused(page)).not.toMatch(/^button:Contact us/);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    expect(await focused(page)).toBe('button:Contact us');
  });

  test('answers arriving leave focus in the page’s own field the visitor moved to', async ({ page }) => {
    // The index answers only when let go: the visitor has moved on by then.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**' + ARTICLES, async (route) => (await held, route.continue()));
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { articles: '${ARTICLES}' }); kikubari('purchase', ${JSON.stringify(ORDER)});`, body: '<input id="site-search" aria-label="Search the site">' }));
    await ready(page);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'lid will not close' }));
    await expect(panel(page)).toBeVisible();
    await page.locator('#site-search').click();
    await page.keyboard.type('warr');
    release();
    await page.clock.runFor(2000);
    await expect(panel(page)).toContainText('Aero Kettle lid will not close');
    await page.keyboard.type('anty');
    await expect(page.locator('#site-search')).toHaveValue('warranty');
    expect(await page.evaluate(() => document.activeElement!.id)).toBe('site-search');
  });

  test('a reply pressed in the panel leaves focus in the panel at once, not on the page until the next frame', async ({ page }) => {
    await helpCenter(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page).locator('[part~="quick-reply"]').first()).toBeVisible();
    // Pressed, the reply is gone from the panel; where is focus in the very next task?
    const where = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const root = document.querySelector('[data-kikubari]')!.shadowRoot!;
          const reply = root.querySelector<HTMLElement>('[part~="quick-reply"]')!;
          reply.focus();
          reply.click();
          const c = new MessageChannel();
          c.port1.onmessage = () => done(((root.activeElement || document.activeElement)!.getAttribute('part') || document.activeElement!.tagName).toLowerCase());
          c.port2.postMessage(0);
        }),
    );
    expect(where).not.toBe('body');
    expect(where).toMatch(/quick-reply|input|panel/);
  });

  test('focus the visitor moves while the panel is being drawn stays where they put it', async ({ page }) => {
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { articles: '${ARTICLES}' }); kikubari('purchase', ${JSON.stringify(ORDER)});`, body: '<input id="site-search" aria-label="Search the site">' }));
    await ready(page);
    // The moment the panel is in the DOM (before the browser has drawn a frame of it), the visitor's
    // focus goes to the page's own field: the panel, which takes focus once drawn, must not take it back.
    await page.evaluate(() => {
      const root = document.querySelector('[data-kikubari]')!.shadowRoot!;
      const seen = new MutationObserver(() => {
        if (!root.querySelector('[part="panel"]')) return;
        seen.disconnect();
        (document.getElementById('site-search') as HTMLInputElement).focus();
      });
      seen.observe(root, { childList: true, subtree: true });
      (window as any).kikubari('open', { query: 'lid will not close' });
    });
    await expect(panel(page)).toContainText('Aero Kettle lid will not close');
    await page.keyboard.type('warranty');
    await expect(page.locator('#site-search')).toHaveValue('warranty');
    expect(await page.evaluate(() => document.activeElement!.id)).toBe('site-search');
  });

  test('"Don\'t show offers like this" silences the offer for good', async ({ page }) => {
    await helpCenter(page);
    await page.clock.runFor(40_000);
    await offer(page).locator('[part="why"]').click();
    await offer(page).getByText("Don't show offers like this").click();
    await expect(offer(page)).toHaveCount(0);
    await page.clock.fastForward(400 * 864e5);
    const now = await inspect(page);
    expect(now.offers[0].conditions.find((c: any) => c.name == 'etiquette.dismissDays').pass).toBe(false);
  });

  test('a typed question searches the articles; a Japanese question finds the Japanese article', async ({ page }) => {
    await helpCenter(page, { locale: 'ja' }, '/hc/ja');
    await page.evaluate(() => (window as any).kikubari('open'));
    await panel(page).locator('[part="input"]').fill('ふたが閉まらない');
    await panel(page).locator('[part="input"]').press('Enter');
    await expect(panel(page).locator('[part="message"]', { hasText: 'ふたが閉まらない' })).toBeVisible();
    await expect(panel(page).locator('[part="source"]').last()).toHaveText('エアロケトルのふたが閉まらない');
  });

  test('open({ query }) opens the panel with that question answered', async ({ page }) => {
    await helpCenter(page);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'lid will not close' }));
    await expect(panel(page).locator('[part="message"]').nth(1)).toContainText('lid will not close');
    await expect(panel(page).locator('[part="source"]')).toHaveText('Aero Kettle lid will not close');
  });

  test('a site responder answers free text, with a typing indicator; a slow or failing one gets a clear message', async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).kikubari = function () {
        ((window as any).kikubari.q = (window as any).kikubari.q || []).push(arguments);
      };
      (window as any).kikubari('init', {
        responder: (message: string, card: any) => (
          ((window as any).asked = message),
          message == 'never'
            ? new Promise(() => {})
            : new Promise((resolve) => setTimeout(() => resolve({ text: 'Bot: ' + message + ' (' + card.purchases.length + ' orders)' }), 2000))
        ),
      });
    });
    await helpCenter(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    await panel(page).locator('[part="input"]').fill('hello');
    await panel(page).locator('[part="input"]').press('Enter');
    await expect(panel(page).locator('.typing')).toBeVisible();
    // The responder is asked once the card is ready (its labels come with handoff.mjs, over the network).
    await page.waitForFunction(() => (window as any).asked == 'hello');
    await page.clock.runFor(2_100);
    // The reply, then "Did this solve it?" under it.
    await expect(panel(page).locator('[part="message"]').nth(-2)).toContainText('Bot: hello (2 orders)');
    await expect(panel(page).locator('[part="message"]').last()).toContainText('Did this solve it?');
    await panel(page).locator('[part="input"]').fill('never');
    await panel(page).locator('[part="input"]').press('Enter');
    await page.clock.runFor(15_100);
    await expect(panel(page).locator('[part="message"]').last()).toContainText("Sorry, I couldn't answer that just now.");
    await expectNoHostErrors(page);
  });

  test('an unreachable article index gives a clear message, a retry, and a way to a person', async ({ page }) => {
    let up = false;
    await page.route('**/kb-down.json', (r) => (up ? r.fulfill({ path: 'test/e2e/fixtures/articles.json' }) : r.fulfill({ status: 503 })));
    await page.addInitScript(() => {
      (window as any).kikubari = function () {
        ((window as any).kikubari.q = (window as any).kikubari.q || []).push(arguments);
      };
      (window as any).kikubari('init', { handoff: { type: 'url', url: '/contact?m={context}' } });
    });
    await helpCenter(page, { articles: '/kb-down.json' });
    await page.evaluate(() => (window as any).kikubari('open', { query: 'descale' }));
    await expect(panel(page)).toContainText("We couldn't load help articles right now.");
    await expect(panel(page).locator('[part~="handoff"]')).toBeVisible();
    up = true;
    await panel(page).getByRole('button', { name: 'Try again' }).click();
    await expect(panel(page).locator('[part="article"]').first()).toContainText('descale');
    await expectNoHostErrors(page);
  });

  test('no offer pops up over a panel the visitor already has open; it can come once they close it', async ({ page }) => {
    await helpCenter(page);
    await page.locator('[data-kikubari] [part="launcher"]').click();
    await expect(panel(page)).toBeVisible();
    await page.clock.runFor(60_000);
    await expect(offer(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).events)).toEqual(['chat:opened']);
    await panel(page).locator('[part="close"]').click();
    await page.clock.runFor(40_000);
    await expect(offer(page)).toBeVisible();
  });

  test('the launcher opens and closes the panel; chat events fire', async ({ page }) => {
    await helpCenter(page);
    const launcher = page.locator('[data-kikubari] [part="launcher"]');
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await launcher.click();
    await expect(panel(page)).toBeVisible();
    await expect(launcher).toHaveAttribute('aria-expanded', 'true');
    await panel(page).locator('[part="close"]').click();
    await expect(panel(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).events)).toEqual(['chat:opened', 'chat:closed']);
  });
});

test.describe('the widget: themes and languages', () => {
  test('designers theme it from the host page’s own CSS or from config', async ({ page }) => {
    const head = '<style>[data-kikubari]{--kikubari-accent:#8a2be2}</style>';
    await openPage(page, '/hc/en', hostPage({ head }));
    await loaded(page);
    const bg = () => page.locator('[data-kikubari] [part="launcher"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg()).toBe('rgb(138, 43, 226)');
    await openPage(page, '/hc/en/2', hostPage({ before: `kikubari('init', { theme: { accent: '#2f6f4f', position: 'bottom-left', launcherIcon: 'help', zIndex: 50 } });` }));
    await loaded(page);
    expect(await bg()).toBe('rgb(47, 111, 79)');
    const box = (await page.locator('[data-kikubari] [part="launcher"]').boundingBox())!;
    expect(box.x).toBeLessThan(100);
    expect(await page.locator('[data-kikubari]').evaluate((el) => getComputedStyle(el).zIndex)).toBe('50');
  });

  test('the dark preset, and auto following the visitor’s colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page, '/hc/en', hostPage());
    await loaded(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    const bg = () => panel(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(bg).toBe('rgb(28, 31, 36)');
    // The page hears of the new scheme in a `change` event of its own, after emulateMedia returns
    // (a read straight after it failed on a busy machine).
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(bg).toBe('rgb(255, 255, 255)');
  });

  test('speaks the page’s language from <html lang>; every string can be overridden', async ({ page }) => {
    await openPage(page, '/hc/ja', hostPage({ lang: 'ja', before: `kikubari('init', { strings: { ja: { title: 'なごみサポート' } } });` }));
    await loaded(page);
    await expect(page.locator('[data-kikubari] [part="launcher"]')).toHaveAttribute('aria-label', 'ヘルプを開く');
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page).locator('#k-title')).toHaveText('なごみサポート');
    await expect(panel(page).locator('[part="quick-reply"]').first()).toHaveText('使い方・初期設定');
  });

  test('a regional locale uses the strings given for its language, key by key, launcher included', async ({ page }) => {
    const strings = { 'ja-JP': { title: '東京サポート' }, ja: { launcher: 'サポートに相談' } };
    await openPage(page, '/hc/ja-jp', hostPage({ lang: 'ja-JP', before: `kikubari('init', { strings: ${JSON.stringify(strings)} });` }));
    await loaded(page);
    await expect(page.locator('[data-kikubari] [part="launcher"]')).toHaveAttribute('aria-label', 'サポートに相談');
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page).locator('#k-title')).toHaveText('東京サポート');
    await expect(panel(page).locator('[part="quick-reply"]').first()).toHaveText('使い方・初期設定');
  });

  test('a Japanese widget says it is Japanese and sets its text in Japanese fonts first, on an English page too; a designer’s font still wins', async ({ page }) => {
    const font = () => panel(page).evaluate((el) => getComputedStyle(el).fontFamily);
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { locale: 'ja' });` }));
    await loaded(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page).locator('#k-title')).toHaveText('ヘルプ');
    // Screen readers read it with a Japanese voice; each character is looked up in a Japanese font first.
    expect(await page.locator('[data-kikubari]').getAttribute('lang')).toBe('ja');
    expect(await font()).toMatch(/^"Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", IPAPGothic, Meiryo, system-ui, sans-serif$/);
    // An English widget keeps the system's own font first.
    await openPage(page, '/hc/en/2', hostPage());
    await loaded(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    expect(await page.locator('[data-kikubari]').getAttribute('lang')).toBe('en');
    expect(await font()).toMatch(/^system-ui, "Hiragino Sans"/);
    // The designer's --kikubari-font, Japanese or not.
    await openPage(page, '/hc/ja/3', hostPage({ lang: 'ja', head: '<style>[data-kikubari]{--kikubari-font:Georgia,serif}</style>' }));
    await loaded(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    expect(await font()).toBe('Georgia, serif');
  });

  test('right-to-left languages mirror the layout; text from data keeps its own direction', async ({ page }) => {
    const strings = { ar: { assistant: 'المساعد', greeting: 'مرحبا! كيف يمكننا مساعدتك؟', you: 'أنت' } };
    await openPage(page, '/hc/ar', hostPage({ lang: 'ar', before: `kikubari('init', { strings: ${JSON.stringify(strings)} });` }));
    await loaded(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    expect(await page.locator('[data-kikubari]').getAttribute('dir')).toBe('rtl');
    const box = (await panel(page).boundingBox())!;
    expect(box.x).toBeLessThan(100); // on the left
    const direction = (el: Element) => getComputedStyle(el).direction;
    await expect(panel(page).locator('.m.bot').first()).toContainText('مرحبا');
    expect(await panel(page).locator('.m.bot').first().evaluate(direction)).toBe('rtl');
    // An English question typed on an Arabic page reads left to right ("Hello?" not "?Hello").
    await panel(page).locator('input').fill('Where is my order?');
    expect(await panel(page).locator('input').evaluate(direction)).toBe('ltr'); // while typing, too
    await panel(page).locator('input').press('Enter');
    const mine = panel(page).locator('.m.me', { hasText: 'Where is my order?' });
    await expect(mine).toBeVisible();
    expect(await mine.locator('[dir="auto"]').evaluate(direction)).toBe('ltr');
  });

  test('reduced motion: no animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await installClock(page);
    await openPage(page, '/hc/en/articles/1001-descale-aero-kettle', hostPage({ title: 'How to descale your Aero Kettle', before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await page.clock.runFor(40_000);
    expect(await offer(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

test('a widget chunk that failed to load once is loaded again on the next press', async ({ page }) => {
  let fail = true;
  await page.route('**/dist/widget.mjs*', (r) => (fail ? r.abort() : r.continue()));
  await openPage(page, '/hc/en', hostPage());
  await loaded(page);
  const launcher = page.locator('[data-kikubari] [part="launcher"]');
  await launcher.click();
  await expect.poll(() => page.evaluate(() => (window as any).kikubari('inspect').engine)).toBe('on');
  await expect(panel(page)).toHaveCount(0);
  fail = false;
  await launcher.click();
  await expect(panel(page)).toBeVisible();
  await expectNoHostErrors(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, reducedMotion: 'reduce' });

  test('the panel is a bottom sheet 88% of the visible height from its first frame, and follows the visible height', async ({ page }) => {
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { proactive: false }); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    // The height in the first frame the panel is drawn in (the sizes are set as it renders).
    const first = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const frame = () => {
            const p = document.querySelector('[data-kikubari]')!.shadowRoot!.querySelector('[part="panel"]');
            if (p) resolve(p.getBoundingClientRect().height);
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
    );
    await page.locator('[data-kikubari] [part="launcher"]').click();
    expect(await first).toBeCloseTo(Math.round(667 * 0.88), 0);
    const box = (await panel(page).boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(667, 0); // at the bottom edge
    expect(box.width).toBe(375);
    await page.setViewportSize({ width: 375, height: 500 });
    await expect.poll(async () => (await panel(page).boundingBox())!.height).toBeCloseTo(Math.round(500 * 0.88), 0);
    await expectNoHostErrors(page);
  });
});
