import { expect, test } from '@playwright/test';
import { BOUGHT, expectNoHostErrors, hostPage, installClock, loaded, offer, openPage, panel, ready } from './helpers';

/** Hold every response for `chunk` until `until()` is true (or 3 s pass); report whether it was. */
async function holdChunk(page: import('@playwright/test').Page, chunk: string, until: () => boolean) {
  const seen = { whileHeld: false };
  await page.route('**/dist/' + chunk, async (route) => {
    for (let i = 0; i < 60 && !until(); i++) await new Promise((r) => setTimeout(r, 50));
    seen.whileHeld = until();
    await route.continue();
  });
  return seen;
}

test.describe('what loads when', () => {
  test('open() fetches the widget chunk in parallel with the pipeline, not one round trip after it', async ({ page }) => {
    let widgetRequested = false;
    page.on('request', (r) => r.url().includes('/dist/widget.mjs') && (widgetRequested = true));
    const held = await holdChunk(page, 'pipeline.mjs', () => widgetRequested);
    await openPage(page, '/hc/en', hostPage());
    await loaded(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page)).toBeVisible();
    expect(held.whileHeld).toBe(true);
    await expectNoHostErrors(page);
  });

  test('the launcher also fetches both chunks at once', async ({ page }) => {
    let widgetRequested = false;
    page.on('request', (r) => r.url().includes('/dist/widget.mjs') && (widgetRequested = true));
    const held = await holdChunk(page, 'pipeline.mjs', () => widgetRequested);
    await openPage(page, '/hc/en', hostPage());
    await loaded(page);
    await page.locator('[data-kikubari] [part="launcher"]').click();
    await expect(panel(page)).toBeVisible();
    expect(held.whileHeld).toBe(true);
  });

  test('the widget chunk is fetched while the visitor still reads, a few seconds before the offer is due', async ({ page }) => {
    await installClock(page);
    const requested: number[] = [];
    // No launcher: where there is one, the chunk comes once the page is idle (below).
    await openPage(page, '/hc/en/articles/1001-descale', hostPage({ title: 'How to descale your Aero Kettle', before: `kikubari('init', { launcher: false }); ${BOUGHT}` }));
    await ready(page);
    page.on('request', (r) => r.url().includes('/dist/widget.mjs') && requested.push(1));
    // The built-in offer is due 20 s into the page (20 s engaged, then 15 s idle): nothing at 10 s …
    await page.clock.runFor(10_000);
    expect(requested).toEqual([]);
    // … the chunk by 16 s, before the offer …
    await page.clock.runFor(6_000);
    await expect.poll(() => requested.length).toBe(1);
    await expect(offer(page)).toBeHidden();
    // … and the offer on time.
    await page.clock.runFor(5_000);
    await expect(offer(page)).toBeVisible();
  });

  const chunks = (requests: string[]) => requests.filter((p) => p.startsWith('/dist/') && p.endsWith('.mjs'));
  const BOTH = ['/dist/pipeline.mjs', '/dist/widget.mjs'];

  /** A page kikubari cannot act on (no purchase, no offers), loaded: the chunks it has fetched since, in order of name. */
  async function nothingToOffer(page: import('@playwright/test').Page) {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await openPage(page, '/hc/en', hostPage());
    await loaded(page);
    return { fetched: () => chunks(requests).sort(), launcher: page.locator('[data-kikubari] [part="launcher"]') };
  }
  const engine = async (page: import('@playwright/test').Page) => (await page.evaluate(() => (window as any).kikubari('inspect'))).engine;

  test('where the pipeline runs, the widget is fetched once the page is idle: pressing the launcher then fetches nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // A purchase arriving: the pipeline runs; no offer can ever be due (proactive off), so only the idle prefetch fetches the widget.
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { proactive: false }); ${BOUGHT}` }));
    await ready(page);
    await expect.poll(() => chunks(requests)).toEqual(['/dist/pipeline.mjs', '/dist/widget.mjs']);
    const before = requests.length;
    await page.locator('[data-kikubari] [part="launcher"]').click();
    await expect(panel(page)).toBeVisible();
    expect(chunks(requests.slice(before))).toEqual([]);
    await expectNoHostErrors(page);
  });

  test('a page kikubari cannot act on fetches no chunk, however long it sits idle', async ({ page }) => {
    const { fetched } = await nothingToOffer(page);
    await page.waitForLoadState('load');
    // Two idle periods after load: the prefetch, where there is one, has been asked for by then.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))));
    expect(fetched()).toEqual([]);
    expect(await engine(page)).toBe('off');
  });

  test('without a launcher, the widget is not fetched at idle (an offer fetches it shortly before it is due)', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { launcher: false, proactive: false }); ${BOUGHT}` }));
    await ready(page);
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))));
    expect(chunks(requests)).toEqual(['/dist/pipeline.mjs']);
  });

  test('a press on the launcher starts kikubari as it begins (pointerdown): the widget is mounted before the press ends in a click, which only draws the panel', async ({ page }) => {
    const { fetched, launcher } = await nothingToOffer(page);
    // The press alone, without the pointer coming over the launcher first (a touch screen's tap).
    await launcher.dispatchEvent('pointerdown');
    await expect.poll(fetched).toEqual(BOTH);
    await expect.poll(() => engine(page)).toBe('on');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('[data-kikubari]')!.shadowRoot!.querySelector('.k'))).toBe(true);
    await expect(panel(page)).toHaveCount(0);
    expect(await drawnInTheClicksTask(page, () => launcher.dispatchEvent('click'))).toEqual({ mounted: true, panel: true });
    await expectNoHostErrors(page);
  });

  test('the pointer coming over the launcher fetches the chunks, and nothing starts until it is pressed', async ({ page }) => {
    const { fetched, launcher } = await nothingToOffer(page);
    expect(fetched()).toEqual([]);
    await launcher.hover();
    await expect.poll(fetched).toEqual(BOTH);
    // Fetched, not run: no pipeline (no page view recorded, no store opened) for a pointer passing by.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
    expect(await engine(page)).toBe('off');
    await expect(panel(page)).toHaveCount(0);
    await launcher.click();
    await expect(panel(page)).toBeVisible();
    await expectNoHostErrors(page);
  });

  test('keyboard focus on the launcher fetches the chunks before Enter is pressed', async ({ page }) => {
    const { fetched, launcher } = await nothingToOffer(page);
    await launcher.focus();
    await expect.poll(fetched).toEqual(BOTH);
    expect(await engine(page)).toBe('off');
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await expectNoHostErrors(page);
  });

  /**
   * Whether the panel was already drawn when a task queued as the click began ran (a message
   * posted from a capturing click listener: it runs after the click's task, before any task
   * kikubari queues in it), and whether the widget was mounted by then.
   */
  async function drawnInTheClicksTask(page: import('@playwright/test').Page, press = () => page.locator('[data-kikubari] [part="launcher"]').click()) {
    await page.evaluate(() => {
      const w = window as any;
      addEventListener('click', () => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const root = document.querySelector('[data-kikubari]')!.shadowRoot!;
          w.afterClick = { mounted: !!root.querySelector('.k'), panel: !!root.querySelector('[part="panel"]') };
        };
        ch.port2.postMessage(0);
      }, true);
    });
    await press();
    await expect(panel(page)).toBeVisible();
    return page.evaluate(() => (window as any).afterClick);
  }

  /**
   * A page kikubari cannot act on, its chunks fetched and evaluated (the pointer came over the
   * launcher): what a click leaves is work on the main thread. On a device far slower than this
   * machine, as the page's clock sees it: every stretch of work lasts 20 times as long (CPU
   * throttling is no use here: it lets short bursts run at full speed, and mounting is one, 1–2 ms
   * on this machine).
   */
  async function chunksInOnASlowDevice(page: import('@playwright/test').Page) {
    const { fetched, launcher } = await nothingToOffer(page);
    await launcher.hover();
    await expect.poll(fetched).toEqual(BOTH);
    await page.evaluate(() => Promise.all([import('/dist/pipeline.mjs'), import('/dist/widget.mjs')]));
    await page.evaluate(() => {
      const now = performance.now.bind(performance);
      performance.now = () => now() * 20;
    });
  }

  test('on a slow device, a click that starts kikubari mounts the widget in its task and draws the panel in the next: the page can respond in between', async ({ page }) => {
    await chunksInOnASlowDevice(page);
    // Enter on the focused launcher: a click with no press before it (a press would have started kikubari).
    const launcher = page.locator('[data-kikubari] [part="launcher"]');
    expect(await drawnInTheClicksTask(page, () => launcher.press('Enter'))).toEqual({ mounted: true, panel: false });
    await expectNoHostErrors(page);
  });

  test("on a slow device, the site's own button calling open() on a page where kikubari had not started draws the panel in a task after the mount", async ({ page }) => {
    await chunksInOnASlowDevice(page);
    await page.evaluate(() => {
      const b = document.body.appendChild(document.createElement('button'));
      b.id = 'contact';
      b.textContent = 'Contact us';
      b.onclick = () => (window as any).kikubari('open');
    });
    expect(await drawnInTheClicksTask(page, () => page.locator('#contact').click())).toEqual({ mounted: true, panel: false });
    await expectNoHostErrors(page);
  });

  test('where the widget is mounted already, the click draws the panel in its own task', async ({ page }) => {
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { proactive: false }); ${BOUGHT}` }));
    await ready(page);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('[data-kikubari]')!.shadowRoot!.querySelector('.k'))).toBe(true);
    expect(await drawnInTheClicksTask(page)).toEqual({ mounted: true, panel: true });
  });
});
