import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.mjs';
import { BOUGHT, hostPage, inspect, openPage, ready } from './helpers';

// Playwright turns the back/forward cache off by default; this file turns it back on.
test.use({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

const KB = '/hc/en/articles/1001-descale-aero-kettle';

test.describe('signals: bfcache', () => {
  test('a back/forward-cache restore starts a new page view with fresh metrics', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: BOUGHT, body: '<a href="/hc/en/articles/1101-returns">Returns</a>' }));
    await page.route('**/hc/en/articles/1101-returns', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Returns</title><h1>Returns</h1>' }));
    await ready(page);
    await page.evaluate(() => ((window as any).marker = 'same document'));
    await page.getByText('Returns').click();
    await page.waitForURL(/1101-returns/);
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as any).marker)).toBe('same document');
    await expect.poll(async () => (await inspect(page)).session.pageViews).toBe(2);
    expect((await inspect(page)).page.visibleMs).toBeLessThan(2_000);
  });
});

