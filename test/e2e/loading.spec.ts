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
    await openPage(page, '/hc/en/articles/1001-descale', hostPage({ title: 'How to descale your Aero Kettle', before: BOUGHT }));
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
});
