import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hostPage, loaded, openPage, panel } from './helpers';

const ARTICLES = '/test/e2e/fixtures/articles.json';

/** Open the panel: quick replies and the text field visible. */
async function openPanel(page: Page, theme: object, o: { head?: string; path?: string } = {}) {
  await openPage(page, o.path || '/hc/en', hostPage({ head: o.head, before: `kikubari('init', ${JSON.stringify({ articles: ARTICLES, theme })});` }));
  await loaded(page);
  await page.evaluate(() => (window as any).kikubari('open'));
  await expect(panel(page).locator('[part~="quick-reply"]').first()).toBeVisible();
}

/** Choose the first quick reply: articles (links) appear. */
async function showArticles(page: Page) {
  await panel(page).locator('[part~="quick-reply"]').first().click();
  await expect(panel(page).locator('[part="article"]').first()).toBeVisible();
}

const style = (page: Page, selector: string, prop: string) =>
  page.locator('[data-kikubari]').evaluate((host, [sel, p]) => {
    const el = host.shadowRoot!.querySelector(sel!);
    return el ? getComputedStyle(el).getPropertyValue(p!) : 'no ' + sel;
  }, [selector, prop]);

/** WCAG relative-luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

test.describe('theming that holds', () => {
  test('a number is pixels where a length is meant, and every rounded control follows the radius', async ({ page }) => {
    await openPanel(page, { radius: 8, offsetX: 30 });
    for (const sel of ['.panel', '[part~="quick-reply"]', '[part="input"]', '.send', '[part="close"]']) expect(await style(page, sel, 'border-top-left-radius'), sel).toBe('8px');
    await showArticles(page);
    expect(await style(page, '[part="article"]', 'border-top-left-radius')).toBe('4px'); // cards nest at radius − 4
    expect(await page.locator('[data-kikubari] [part="launcher"]').evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('8px');
    const box = (await page.locator('[data-kikubari] [part="launcher"]').boundingBox())!;
    expect(page.viewportSize()!.width - (box.x + box.width)).toBe(30);
  });

  test('unset, cards are rounded and controls stay pills', async ({ page }) => {
    await openPanel(page, {});
    expect(await style(page, '.panel', 'border-top-left-radius')).toBe('14px');
    expect(await style(page, '[part~="quick-reply"]', 'border-top-left-radius')).toBe('999px');
    expect(await style(page, '[part="input"]', 'border-top-left-radius')).toBe('999px');
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`the focus ring is the accent with a halo that keeps ≥ 3:1 on the ${scheme} preset`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openPanel(page, { accent: '#2f6f4f' });
      const reply = panel(page).locator('[part~="quick-reply"]').first();
      await reply.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await reply.evaluate((el) => {
        const s = getComputedStyle(el);
        return { outline: s.outlineColor, style: s.outlineStyle, shadow: s.boxShadow, bg: getComputedStyle(el.closest('.panel')!).backgroundColor, visible: el.matches(':focus-visible') };
      });
      expect(ring.visible).toBe(true);
      expect(ring.style).toBe('solid');
      expect(ring.outline).toBe('rgb(47, 111, 79)');
      const halo = ring.shadow.match(/rgba?\([^)]*\)/)![0];
      expect(contrast(halo, ring.bg)).toBeGreaterThanOrEqual(3);
    });

  test('--kikubari-focus, when set, wins over the accent', async ({ page }) => {
    await openPanel(page, { accent: '#2f6f4f', vars: { '--kikubari-focus': '#b3261e' } });
    const reply = panel(page).locator('[part~="quick-reply"]').first();
    await reply.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await reply.evaluate((el) => getComputedStyle(el).outlineColor)).toBe('rgb(179, 38, 30)');
  });

  test('the launcher’s focus ring follows the accent', async ({ page }) => {
    await openPage(page, '/hc/en', hostPage({ before: `kikubari('init', { theme: { accent: '#2f6f4f' } });`, body: '<p><a href="#x">first</a></p>' }));
    await loaded(page);
    await page.locator('a').focus();
    await page.keyboard.press('Tab');
    const launcher = page.locator('[data-kikubari] [part="launcher"]');
    expect(await launcher.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineColor)).toBe('rgb(47, 111, 79)');
  });

  test('an unknown --kikubari-* name is reported once, with the nearest name', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
    await openPanel(page, { vars: { '--kikubari-acent': '#2f6f4f', '--kikubari-link': '#2f6f4f', '--kikubari-sparkle': '1' } });
    await page.evaluate(() => (window as any).kikubari('close'));
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page)).toBeVisible();
    // Worded by the debug chunk, which arrives a moment after the widget.
    await expect.poll(() => warnings.filter((w) => w.includes('theme.vars')).length).toBe(1);
    const ours = warnings.filter((w) => w.includes('theme.vars'));
    expect(ours).toEqual([
      'kikubari: theme.vars: "--kikubari-acent" is not a property kikubari reads (did you mean "--kikubari-accent"?); "--kikubari-sparkle" is not a property kikubari reads. See README "Theming" for the list. [theme-vars]',
    ]);
  });

  const bg = (page: Page) => panel(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(28, 31, 36)';
  const cases: [string, 'light' | 'dark', string, object, string][] = [
    ['a light-only page (meta) on a dark OS gets a light widget', 'dark', '<meta name="color-scheme" content="light">', {}, WHITE],
    ['a light-only page (CSS on :root) on a dark OS gets a light widget', 'dark', '<style>:root{color-scheme:only light}</style>', {}, WHITE],
    ['a dark-only page on a light OS gets a dark widget', 'light', '<meta name="color-scheme" content="dark">', {}, DARK],
    ['the page’s CSS wins over its meta, as in the browser', 'light', '<meta name="color-scheme" content="light"><style>:root{color-scheme:dark}</style>', {}, DARK],
    ['a page that allows both follows the OS', 'dark', '<meta name="color-scheme" content="light dark">', {}, DARK],
    ['a page that declares nothing follows the OS', 'dark', '', {}, DARK],
    ['an explicit preset wins over the page and the OS', 'dark', '<meta name="color-scheme" content="dark">', { preset: 'light' }, WHITE],
  ];
  for (const [name, os, head, theme, expected] of cases)
    test(`auto: ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: os });
      await openPanel(page, theme, { head });
      expect(await bg(page)).toBe(expected);
      expect(await page.locator('[data-kikubari]').getAttribute('data-scheme')).toBe(expected == WHITE ? 'light' : 'dark');
    });

  test('auto on a page that declares nothing follows the OS setting live', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPanel(page, {});
    expect(await bg(page)).toBe(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => bg(page)).toBe(WHITE);
  });

  // The README's own theming advice, read from the README so the two cannot drift apart.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = readme.slice(readme.indexOf('<!-- theme-examples'));
  const examples: { theme: object; css?: string }[] = JSON.parse(block.slice(block.indexOf('```json') + 7, block.indexOf('```', block.indexOf('```json') + 7)));
  examples.forEach((example, i) => {
    for (const scheme of ['light', 'dark'] as const)
      test(`README theming example ${i + 1} passes axe (contrast included) in the ${scheme} scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openPanel(page, example.theme, { head: example.css ? `<style>${example.css}</style>` : '' });
        await showArticles(page);
        const r = await new AxeBuilder({ page }).include('[data-kikubari]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        expect(r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
      });
  });

  test('the old advice (a dark link colour under auto on a dark OS) is what axe catches', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPanel(page, { vars: { '--kikubari-link': '#2f6f4f' } });
    await showArticles(page);
    const r = await new AxeBuilder({ page }).include('[data-kikubari]').withTags(['wcag2aa']).analyze();
    expect(r.violations.map((v) => v.id)).toContain('color-contrast');
  });
});
