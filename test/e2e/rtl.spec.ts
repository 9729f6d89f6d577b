import { expect, test, type Page } from '@playwright/test';
import { hostPage, installClock, offer, openPage, ORDER, panel, ready } from './helpers';

/**
 * Where two characters of a visible string land on screen, left to right: the string is found in
 * the widget's shadow root and each character measured with a Range. This is what a reader sees,
 * whatever markup or CSS produced it.
 */
function glyphX(page: Page, text: string, chars: [string, string]) {
  return page.locator('[data-kikubari]').evaluate(
    (host, [t, a, b]) => {
      const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue!.indexOf(t!);
        if (i < 0) continue;
        const x = (c: string) => {
          const r = document.createRange();
          const at = i + t!.indexOf(c);
          r.setStart(n!, at);
          r.setEnd(n!, at + c.length);
          const box = r.getBoundingClientRect();
          return box.left + box.width / 2;
        };
        return [x(a!), x(b!)];
      }
      return null;
    },
    [text, ...chars],
  );
}

const textAlign = (page: Page, selector: string) =>
  page.locator('[data-kikubari]').evaluate((host, sel) => [...host.shadowRoot!.querySelectorAll(sel)].map((el) => getComputedStyle(el).textAlign), selector);

async function arabicPage(page: Page, strings?: object) {
  await installClock(page);
  const init = { articles: '/test/e2e/fixtures/articles.json', ...(strings ? { strings: { ar: strings } } : {}) };
  await openPage(page, '/hc/ar/articles/1001-descale', hostPage({ lang: 'ar', title: 'How to descale your Aero Kettle', before: `kikubari('init', ${JSON.stringify(init)}); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
  await ready(page);
  await page.clock.runFor(40_000);
  await expect(offer(page)).toBeVisible();
}

test.describe('right to left, with mixed text', () => {
  test('English fallback strings on an Arabic page keep their punctuation where English puts it', async ({ page }) => {
    await arabicPage(page);
    expect(await page.locator('[data-kikubari]').getAttribute('dir')).toBe('rtl');
    // "Why am I seeing this?": the question mark ends the sentence, to the right of "W".
    const [w, q] = (await glyphX(page, 'Why am I seeing this?', ['W', '?']))!;
    expect(q).toBeGreaterThan(w);
    await offer(page).locator('[part="why"]').click();
    await offer(page).locator('[part="offer-accept"]').click();
    await panel(page).locator('[part~="quick-reply"]').first().click();
    await expect(panel(page).locator('[part="article"]').first()).toBeVisible();
    const [t, colon] = (await glyphX(page, 'These articles fit best:', ['T', ':']))!;
    expect(colon).toBeGreaterThan(t);
    // Each string is its own isolate; the DOM says so on every text element.
    const isolated = await page.locator('[data-kikubari]').evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('.k p, .k h2, .k li, .k button, .k b')].filter((el) => el.textContent!.trim()).map((el) => getComputedStyle(el).unicodeBidi),
    );
    expect(isolated.length).toBeGreaterThan(5);
    expect(new Set(isolated)).toEqual(new Set(['plaintext']));
    await page.screenshot({ path: test.info().outputPath('ar-english-fallbacks.png') });
  });

  test('a message and its buttons line up on the same side in a right-to-left layout', async ({ page }) => {
    await arabicPage(page);
    expect(await textAlign(page, '[part="offer"] p')).toEqual(expect.arrayContaining(['right']));
    expect(new Set(await textAlign(page, '[part="offer"] p'))).toEqual(new Set(['right']));
    // The message's text starts at the bubble's right edge, where the row of buttons starts.
    const edges = await offer(page).evaluate((bubble) => {
      const msg = bubble.querySelector('.msg')!;
      const r = document.createRange();
      r.selectNodeContents(msg);
      const row = bubble.querySelector('.row')!.firstElementChild!.getBoundingClientRect();
      const rects = [...r.getClientRects()];
      return { text: Math.max(...rects.map((x) => x.right)), button: row.right };
    });
    expect(Math.abs(edges.text - edges.button)).toBeLessThan(3);
    await offer(page).locator('[part="offer-accept"]').click();
    await panel(page).locator('[part~="quick-reply"]').first().click();
    await expect(panel(page).locator('[part="article"]').first()).toBeVisible();
    expect(new Set(await textAlign(page, '[part="panel"] .log p, [part="article"] b'))).toEqual(new Set(['right']));
  });

  test('Arabic strings supplied by the site read right to left, product names inside them intact', async ({ page }) => {
    await arabicPage(page, { why: 'لماذا أرى هذا؟', title: 'مساعدة Aero', suggested: 'قد تساعدك هذه المقالات:' });
    // The Arabic question mark ends the sentence on the left.
    const [first, q] = (await glyphX(page, 'لماذا أرى هذا؟', ['ل', '؟']))!;
    expect(q).toBeLessThan(first);
    await offer(page).locator('[part="offer-accept"]').click();
    await expect(panel(page).locator('#k-title')).toHaveText('مساعدة Aero');
    // The Latin word sits at the end (left) of the right-to-left title.
    const [m, a] = (await glyphX(page, 'مساعدة Aero', ['م', 'A']))!;
    expect(a).toBeLessThan(m);
    await panel(page).locator('[part~="quick-reply"]').first().click();
    await expect(panel(page).locator('[part="article"]').first()).toBeVisible();
    const [q1, colon] = (await glyphX(page, 'قد تساعدك هذه المقالات:', ['ق', ':']))!;
    expect(colon).toBeLessThan(q1);
    await page.screenshot({ path: test.info().outputPath('ar-arabic-strings.png') });
  });

  test('a grounded answer in a right-to-left layout: "Source:" keeps its colon after the word, and a long snippet still ends in an ellipsis', async ({ page }) => {
    await arabicPage(page);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'how do I return it' }));
    await expect(panel(page).locator('[part="source"]')).toBeVisible();
    const [s, colon] = (await glyphX(page, 'Source:', ['S', ':']))!;
    expect(colon).toBeGreaterThan(s);
    // A one-line clamp (-webkit-line-clamp) drops its ellipsis on a right-aligned line in Chromium:
    // the cut snippet just stopped mid-word. text-overflow puts it at the end of the text's own line.
    const snippets = await page.locator('[data-kikubari]').evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('[part="article"] span')].map((el) => [getComputedStyle(el).whiteSpace, getComputedStyle(el).textOverflow].join(' ')),
    );
    expect(snippets.length).toBeGreaterThan(0);
    expect(new Set(snippets)).toEqual(new Set(['nowrap ellipsis']));
  });
});
