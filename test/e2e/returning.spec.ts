import { expect, test } from '@playwright/test';
import { BOUGHT, expectNoHostErrors, hostPage, inspect, installClock, openPage, ORDER, ready, setHidden, T0 } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
const DAY = 864e5;
const visitor = async (page: import('@playwright/test').Page) => (await inspect(page)).visitor;

test.describe('returning visitors', () => {
  test.beforeEach(async ({ page }) => {
    await installClock(page);
  });

  test('a returning visitor’s visits survive a reload, and the next day is a second visit', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: BOUGHT }));
    await ready(page);
    await expect.poll(() => visitor(page)).toEqual({ visits: 1, firstSeenDays: 0, helpPagesViewedDays: 1 });
    await page.reload();
    await ready(page);
    await expect.poll(() => visitor(page)).toEqual({ visits: 1, firstSeenDays: 0, helpPagesViewedDays: 1 });
    await page.clock.setSystemTime(new Date(T0.getTime() + DAY));
    await page.reload();
    await ready(page);
    await expect.poll(() => visitor(page)).toEqual({ visits: 2, firstSeenDays: 1, helpPagesViewedDays: 2 });
    await expectNoHostErrors(page);
  });

  test('a page opened in a background tab counts no visit until it is shown', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    });
    await openPage(page, KB, hostPage({ before: BOUGHT }));
    await ready(page);
    await page.clock.runFor(2_000);
    expect(await visitor(page)).toEqual({ visits: 0, firstSeenDays: 0, helpPagesViewedDays: 0 });
    await setHidden(page, false);
    await expect.poll(() => visitor(page)).toEqual({ visits: 1, firstSeenDays: 0, helpPagesViewedDays: 1 });
  });

  test('without consent nothing is kept: every page is a first visit', async ({ page }) => {
    const pending = hostPage({ before: `kikubari('init', { consent: 'pending' }); kikubari('purchase', ${JSON.stringify(ORDER)});` });
    await openPage(page, KB, pending);
    await ready(page);
    await expect.poll(() => visitor(page)).toEqual({ visits: 1, firstSeenDays: 0, helpPagesViewedDays: 1 });
    await page.clock.setSystemTime(new Date(T0.getTime() + DAY));
    await page.reload();
    await ready(page);
    await expect.poll(() => visitor(page)).toEqual({ visits: 1, firstSeenDays: 0, helpPagesViewedDays: 1 });
  });
});
