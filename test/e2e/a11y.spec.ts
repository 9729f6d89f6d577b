import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hostPage, installClock, loaded, offer, openPage, ORDER, panel, ready } from './helpers';

/** axe-core over kikubari's own DOM (the shadow root included), WCAG 2.x A and AA. */
async function violations(page: Page) {
  await page.clock.resume(); // axe schedules its own work with timers
  const r = await new AxeBuilder({ page }).include('[data-kikubari]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
}

for (const lang of ['en', 'ja'])
  for (const scheme of ['light', 'dark'] as const)
    test(`zero axe violations on the offer, the panel, the article reader and the debug overlay (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await installClock(page);
      const init = { articles: '/test/e2e/fixtures/articles.json', debug: true, handoff: { type: 'url', url: '/contact?m={context}' } };
      const path = lang == 'ja' ? '/hc/ja/articles/2001-descale' : '/hc/en/articles/1001-descale';
      await openPage(page, path, hostPage({ lang, title: lang == 'ja' ? 'エアロケトルの湯あか取り' : 'How to descale your Aero Kettle', before: `kikubari('init', ${JSON.stringify(init)}); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
      await ready(page);
      await page.clock.runFor(40_000);
      await expect(offer(page)).toBeVisible();
      await expect(page.locator('[data-kikubari] [part="debug"]')).toBeVisible();
      await offer(page).locator('[part="why"]').click();
      expect(await violations(page)).toEqual([]);
      await offer(page).locator('[part="offer-accept"]').click();
      await panel(page).locator('[part="quick-reply"]').first().click();
      await expect(panel(page).locator('[part="article"]').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await panel(page).locator('[part="article"]').first().click();
      await expect(panel(page).locator('.reader')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

test('the check sees inside the shadow root: a designer’s unreadable colours are caught', async ({ page }) => {
  await openPage(page, '/hc/en', hostPage({ head: '<style>[data-kikubari]{--kikubari-fg:#f4f4f4;--kikubari-bubble:#ffffff}</style>' }));
  await loaded(page);
  await page.evaluate(() => (window as any).kikubari('open'));
  await expect(panel(page)).toBeVisible();
  expect((await violations(page)).join('\n')).toContain('color-contrast');
});

// The states issue 13 added: a grounded answer with its source and "Did this solve it?", the rating,
// the card shown before it goes, and the "Leave a message" form (with a refused email).
const LOOKS = [
  ...['en', 'ja'].flatMap((lang) => (['light', 'dark'] as const).map((scheme) => ({ lang, scheme, name: `${lang}, ${scheme}` }))),
  { lang: 'ar', scheme: 'light' as const, name: 'right to left, a phone’s bottom sheet', phone: true },
];
for (const { lang, scheme, name, phone } of LOOKS)
  test(`zero axe violations on the answer with its source, the solved buttons, the rating, the card preview and the leave-message form (${name})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    if (phone) await page.setViewportSize({ width: 375, height: 667 });
    await installClock(page);
    await page.addInitScript('window.away = false;');
    const handoff = `{ type: 'callback', available: function () { return !window.away; }, onHandoff: function () {} }`;
    const before = `kikubari('init', { articles: '/test/e2e/fixtures/helpcenter.json', handoff: ${handoff} }); kikubari('purchase', ${JSON.stringify(ORDER)});`;
    await openPage(page, `/hc/${lang}`, hostPage({ lang, title: lang == 'ja' ? 'ヘルプセンター' : 'Help Center', before }));
    await ready(page);
    const ask = (q: string) => page.evaluate((q) => (window as any).kikubari('open', { query: q }), q);
    await ask(lang == 'ja' ? 'エアロケトルの電源が入らない' : 'how do I return it');
    await expect(panel(page).locator('[part="answer"]')).toBeVisible();
    await expect(panel(page).locator('[part="source"]')).toBeVisible();
    await expect(panel(page).locator('[part~="solved-yes"]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await panel(page).locator('[part~="solved-yes"]').click();
    await expect(panel(page).locator('[part="csat"]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await ask(lang == 'ja' ? 'ふたが閉まらない' : 'lid will not close');
    await panel(page).locator('[part~="handoff"]').last().click();
    await expect(panel(page).locator('[part="card"]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.evaluate(() => ((window as any).away = true));
    await ask(lang == 'ja' ? 'ふたが閉まらない' : 'lid will not close');
    await panel(page).locator('[part~="handoff"]').last().click();
    const form = panel(page).locator('[part="leave-message"]');
    await expect(form).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await form.locator('input[type=email]').fill('ken@');
    await form.locator('[type=submit]').click();
    await expect(form.getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
