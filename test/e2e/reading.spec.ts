import { expect, test } from '@playwright/test';
import { BOUGHT, expectNoHostErrors, hostPage, installClock, inspect, offer, openPage, ready, setHidden } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
/** A long article: about eight screens at 1280×800. */
const LONG = '<article>' + '<p>Descale the kettle with citric acid, rinse twice, and dry the base. </p>'.repeat(400) + '</article>';
/**
 * Let the scroll land, then let the read that measures it run. Chromium dispatches `scroll` in a
 * real rendering step (not on the fake clock), so one real frame passes first; the reading
 * watcher's timer (100 ms after a scroll) then runs on the fake clock.
 */
const frames = async (page: import('@playwright/test').Page) => {
  await page.waitForTimeout(50);
  await page.clock.runFor(100);
};

test.describe('reading signals', () => {
  test.beforeEach(async ({ page }) => {
    await installClock(page);
  });

  test('reading depth follows the furthest point read on a long article, and never goes back down', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPage(page, KB, hostPage({ before: BOUGHT, body: LONG }));
    await ready(page);
    await frames(page);
    const start = (await inspect(page)).page.scrollDepth;
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(0.1);
    await page.mouse.move(600, 400);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400), await frames(page);
    const deep = (await inspect(page)).page.scrollDepth;
    expect(deep).toBeGreaterThan(start + 0.25); // 4,000 px into a ~14,000 px article
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -400), await frames(page);
    expect((await inspect(page)).page.scrollDepth).toBe(deep);
    await expectNoHostErrors(page);
  });

  test('scrolling back up over what was read counts one re-read per upward run; nothing is counted while hidden', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPage(page, KB, hostPage({ before: BOUGHT, body: LONG }));
    await ready(page);
    await page.mouse.move(600, 400);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 300), await frames(page);
    for (let run = 0; run < 2; run++) {
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300), await frames(page); // 900 px up: one re-read
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 300), await frames(page);
    }
    expect((await inspect(page)).page.rereads).toBe(2);
    // A small look back (under half a screen) is not a re-read.
    await page.mouse.wheel(0, -200), await frames(page);
    expect((await inspect(page)).page.rereads).toBe(2);
    await setHidden(page, true);
    await page.evaluate(() => window.scrollBy(0, -1500));
    await frames(page);
    await page.evaluate(() => window.scrollBy(0, 3000));
    await frames(page);
    await page.evaluate(() => window.scrollBy(0, -1500));
    await frames(page);
    expect((await inspect(page)).page.rereads).toBe(2);
    await expectNoHostErrors(page);
  });

  test('desktop: the pointer leaving through the top after reading makes an exit-intent offer at once', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const offers = { offers: [{ id: 'before-you-go', when: { exitIntent: true }, message: 'Did this article answer your question?' }] };
    await openPage(page, KB, hostPage({ before: `kikubari('init', ${JSON.stringify(offers)});`, body: LONG }));
    await ready(page);
    await page.mouse.move(600, 400);
    // Leaving before any reading is not exit intent.
    await page.mouse.move(600, 5);
    await page.mouse.move(600, -20);
    await frames(page);
    expect((await inspect(page)).page.exitIntent).toBe(false);
    for (let i = 0; i < 12; i++) await page.mouse.move(600, 300 + i * 10), await page.clock.runFor(1_000);
    await page.mouse.move(600, 5);
    await page.mouse.move(600, -20);
    expect((await inspect(page)).page.exitIntent).toBe(true);
    await page.clock.runFor(100);
    await expect(offer(page)).toContainText('Did this article answer your question?');
    await expectNoHostErrors(page);
  });
});

/**
 * A phone: 375×667 CSS px, touch, mobile viewport (the page's `<meta name="viewport">` makes the
 * layout viewport the screen's width, not 980 px). Input is real touch through CDP
 * `Input.dispatchTouchEvent`: Chromium turns it into a gesture scroll on the compositor, with its
 * own momentum when the finger leaves the screen still moving. (`Input.synthesizeScrollGesture`
 * with `gestureSourceType: 'touch'` sends touchstart and touchend but never scrolls in this
 * Chromium, puppeteer#7928.) The touch events carry their timestamps, so the speed Chromium
 * sees is the same however busy the machine is.
 */
test.describe('reading signals on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  test.setTimeout(90_000); // dozens of real touch gestures, each waited for
  type Page = import('@playwright/test').Page;
  const SCREEN = 667;
  const EXIT_ONLY = { offers: [{ id: 'before-you-go', when: { exitIntent: true }, message: 'Did this article answer your question?' }] };
  const phonePage = () =>
    hostPage({ before: `kikubari('init', ${JSON.stringify(EXIT_ONLY)});`, head: '<meta name="viewport" content="width=device-width">', body: LONG });

  /** One finger: down at `y0`, moved to `y1` in `steps` moves 16 ms apart, then lifted — after resting (`rest`), or still moving (a flick). */
  const sessions = new WeakMap<Page, import('@playwright/test').CDPSession>();
  async function swipe(page: Page, y0: number, y1: number, o: { steps: number; rest: boolean }) {
    if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
    const cdp = sessions.get(page)!;
    let at = Date.now() / 1000;
    const touch = (type: string, y?: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y == null ? [] : [{ x: 180, y }], timestamp: at });
    await touch('touchStart', y0);
    for (let i = 1; i <= o.steps; i++) (at += 0.016), await touch('touchMove', y0 + ((y1 - y0) * i) / o.steps);
    if (o.rest) (at += 0.2), await touch('touchMove', y1); // no speed left when it lifts: no momentum
    await touch('touchEnd');
  }
  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
  /** Read on: 500 px at a time (the finger rests before it lifts), two seconds a step on the fake clock. */
  async function readDown(page: Page, steps: number) {
    for (let i = 0; i < steps; i++) {
      await swipe(page, 600, 100, { steps: 10, rest: true });
      await frames(page);
      await page.clock.runFor(2_000);
    }
  }
  /**
   * Flick up until the top, the next flick once the page has travelled a screen since the last.
   * The momentum runs on the compositor's own clock, in real time, so the page's fake clock runs
   * at real speed meanwhile (resumed, then paused again once the page has stopped moving).
   */
  async function flickToTop(page: Page) {
    await page.clock.resume();
    for (let i = 0; i < 40 && (await scrollY(page)) > 0; i++) {
      const from = await scrollY(page);
      await swipe(page, 200, 600, { steps: 4, rest: false });
      await expect.poll(async () => { const y = await scrollY(page); return y == 0 || from - y >= SCREEN; }, { intervals: [20] }).toBe(true);
    }
    let last = NaN;
    await expect.poll(async () => last == (last = await scrollY(page)), { intervals: [100] }).toBe(true);
    await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1_000));
    await frames(page);
  }
  /** Back up to the top slowly: half a screen at a time, the finger resting before it lifts, a second apart. */
  async function slowlyToTop(page: Page) {
    for (let i = 0; i < 60 && (await scrollY(page)) > 0; i++) {
      await swipe(page, 200, 200 + SCREEN / 2, { steps: 20, rest: true });
      await frames(page);
      await page.clock.runFor(1_000);
    }
  }
  const countShown = (page: Page) =>
    page.evaluate(() => {
      (window as any).shown = 0;
      (window as any).kikubari('on', 'offer:shown', () => (window as any).shown++);
    });

  test('a fast flick back to the top after reading a long article makes an exit-intent offer, once per page view', async ({ page }) => {
    await installClock(page);
    await openPage(page, KB, phonePage());
    await ready(page);
    expect(await page.evaluate(() => [innerWidth, innerHeight, (window as any).kikubari('inspect').page.type])).toEqual([375, 667, 'kb']);
    await countShown(page);
    await readDown(page, 30); // 22 screens down a 31-screen article
    expect(await scrollY(page)).toBeGreaterThan(20 * SCREEN);
    expect((await inspect(page)).page.exitIntent).toBe(false);
    await flickToTop(page);
    expect(await scrollY(page)).toBe(0);
    expect((await inspect(page)).page.exitIntent).toBe(true);
    await expect(offer(page)).toContainText('Did this article answer your question?');
    // Once per page view: reading on and flicking back again changes nothing.
    await readDown(page, 6);
    await flickToTop(page);
    await page.clock.runFor(2_000);
    expect(await page.evaluate(() => (window as any).shown)).toBe(1);
    await expectNoHostErrors(page);
  });

  test('a slow scroll back up to the top is not exit intent, nor is a fast one while the tab is hidden', async ({ page }) => {
    await installClock(page);
    await openPage(page, KB, phonePage());
    await ready(page);
    await countShown(page);
    await readDown(page, 6);
    await slowlyToTop(page);
    expect(await scrollY(page)).toBe(0);
    expect((await inspect(page)).page.exitIntent).toBe(false);
    await readDown(page, 6);
    await setHidden(page, true);
    await flickToTop(page);
    await setHidden(page, false);
    // Back, the visitor nudges the page at the top: what moved while hidden is not counted now either.
    await swipe(page, 400, 350, { steps: 4, rest: true });
    await frames(page);
    expect(await scrollY(page)).toBeLessThan(60);
    expect((await inspect(page)).page.exitIntent).toBe(false);
    // The same flick with the tab shown is exit intent: the two above were not missed by accident.
    await readDown(page, 6);
    await flickToTop(page);
    expect((await inspect(page)).page.exitIntent).toBe(true);
    await page.clock.runFor(2_000);
    expect(await page.evaluate(() => (window as any).shown)).toBe(1);
    await expectNoHostErrors(page);
  });
});
