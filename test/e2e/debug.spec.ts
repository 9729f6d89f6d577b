import { expect, test } from '@playwright/test';
import { hostPage, installClock, offer, openPage, ORDER, ready } from './helpers';

const overlay = (page: import('@playwright/test').Page) => page.locator('[data-kikubari] [part="debug"]');

test.describe('debug overlay', () => {
  test('?kikubari-debug shows the page, live figures and each offer’s conditions; "Fire now" makes the offer', async ({ page }) => {
    await installClock(page);
    const init = { offers: [{ id: 'late-help', when: { engagedSeconds: 600 }, message: 'Need a hand?' }] };
    await openPage(page, '/hc/en/articles/1001-descale?kikubari-debug', hostPage({ before: `kikubari('init', ${JSON.stringify(init)}); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await expect(overlay(page)).toBeVisible();
    await expect(overlay(page)).toContainText('kb');
    await expect(overlay(page)).toContainText('purchases (1)');
    await expect(overlay(page).locator('h3', { hasText: 'late-help' })).toContainText('✗');
    await expect(overlay(page)).toContainText("engagedSeconds");
    // Live: the idle figure moves with time, and focus stays on the button across refreshes.
    const fire = overlay(page).getByRole('button', { name: 'Fire now' }).last();
    await fire.focus();
    const idle = () => overlay(page).locator('dt:text-is("idle") + dd').textContent();
    const before = await idle();
    await page.clock.runFor(5_000);
    await expect.poll(idle).not.toBe(before);
    await expect(fire).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(offer(page)).toContainText('Need a hand?');
    await overlay(page).getByRole('button', { name: 'Close' }).click();
    await expect(overlay(page)).toHaveCount(0);
  });
});
