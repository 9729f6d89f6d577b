import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { installClock, offer, panel, ready } from './helpers';

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
    await page.mouse.move(200, 200);
    await page.clock.runFor(40_000);
    await expect(offer(page).locator('[part="message"]')).toHaveText('Questions about your recent purchase of Aero Kettle?');
    await offer(page).locator('[part="offer-accept"]').click();
    await panel(page).getByRole('button', { name: "It's not working" }).click();
    await panel(page).locator('[part="article"]').first().click();
    await panel(page).getByRole('button', { name: 'No' }).click();
    await panel(page).locator('[part~="handoff"]').click();
    await panel(page).locator('form.hand [type=submit]').click();
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
