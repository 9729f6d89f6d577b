import { expect, test } from '@playwright/test';
import { BOUGHT, expectNoHostErrors, hostPage, installClock, inspect, offer, openPage, ready, setHidden } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
/** A long article: about eight screens at 1280×800. */
const LONG = '<article>' + '<p>Descale the kettle with citric acid, rinse twice, and dry the base. </p>'.repeat(400) + '</article>';
/**
 * Let the scroll land, then let the frames that measure it run. Chromium dispatches `scroll` in a
 * real rendering step (not on the fake clock), so one real frame passes first; the measuring
 * animation frames then run on the fake clock.
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
