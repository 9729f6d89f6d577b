import { expect, test, type Page } from '@playwright/test';
import { hostPage, installClock, loaded, offer, openPage, ORDER, panel, ready } from './helpers';

/** What a hostile host page does: a real CSS framework, then resets that hit everything. */
const HOSTILE = `<link rel="stylesheet" href="/vendor/bootstrap.min.css"><style>
  html { font-size: 40px !important; }
  * { margin: 7px !important; padding: 3px !important; font-family: "Comic Sans MS", cursive !important; color: #c00 !important;
      line-height: 3 !important; letter-spacing: 2px !important; text-transform: uppercase !important; box-sizing: content-box !important;
      border-radius: 0 !important; font-size: 22px !important; }
  div { display: block !important; position: static !important; z-index: 0 !important; opacity: .6 !important; transform: rotate(3deg) !important; filter: blur(1px) !important; width: 50% !important; }
  button { all: unset !important; background: lime !important; }
  svg { width: 300px !important; height: 300px !important; }
  p, li, h2, h3 { display: none !important; }
  [role=dialog] { display: none !important; }
</style>`;

async function shoot(page: Page, head: string) {
  await openPage(page, '/hc/en/articles/1001-descale-aero-kettle', hostPage({ title: 'How to descale your Aero Kettle', head, before: `kikubari('init', { articles: '/test/e2e/fixtures/articles.json' }); kikubari('purchase', ${JSON.stringify(ORDER)});`, body: '<p>Text</p>' }));
  await ready(page);
  await page.clock.runFor(40_000);
  await expect(offer(page)).toBeVisible();
  await expect(offer(page).locator('[part="offer-preview"]')).toBeVisible();
  const bubble = await offer(page).screenshot({ animations: 'disabled' });
  await offer(page).locator('[part="offer-accept"]').click();
  await panel(page).locator('[part="quick-reply"]').first().click();
  await expect(panel(page).locator('.arts')).toHaveCount(2);
  // Two: the third match is about a product this visitor did not buy, so it is not suggested (issue 13).
  await expect(panel(page).locator('.arts').last().locator('[part="article"]')).toHaveCount(2);
  await page.mouse.move(0, 0);
  const chat = await panel(page).screenshot({ animations: 'disabled' });
  const launcher = await page.locator('[data-kikubari] [part="launcher"]').screenshot();
  const heading = await page.screenshot({ clip: { x: 0, y: 0, width: 300, height: 200 } });
  await page.evaluate(() => (window as any).kikubari('forget')); // the next page is a new visitor
  return { bubble, chat, launcher, heading };
}

/** Share of pixels that differ by more than a little between two same-sized PNGs, measured in the browser. */
function diff(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const load = (src: string) => new Promise<HTMLImageElement>((ok) => Object.assign(new Image(), { onload(this: HTMLImageElement) { ok(this); }, src }));
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width != y.width || x.height != y.height) return 1;
      const px = (img: HTMLImageElement) => {
        const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height }).getContext('2d')!;
        c.drawImage(img, 0, 0);
        return c.getImageData(0, 0, img.width, img.height).data;
      };
      const p = px(x);
      const q = px(y);
      let off = 0;
      for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) > 48) off++;
      return off / (p.length / 4);
    },
    ['data:image/png;base64,' + a.toString('base64'), 'data:image/png;base64,' + b.toString('base64')],
  );
}

test('the widget looks the same on a bare page and on a page with Bootstrap and hostile global resets', async ({ page }) => {
  await page.route('**/vendor/bootstrap.min.css', (r) => r.fulfill({ path: 'node_modules/bootstrap/dist/css/bootstrap.min.css', contentType: 'text/css' }));
  await installClock(page);
  const bare = await shoot(page, '');
  const hostile = await shoot(page, HOSTILE);
  // The host page itself really is restyled (and the comparison notices)…
  expect(await diff(page, bare.heading, hostile.heading)).toBeGreaterThan(0.05);
  // …while kikubari is not.
  for (const part of ['bubble', 'chat', 'launcher'] as const) {
    const d = await diff(page, bare[part], hostile[part]);
    // Only the rounded corners show the (different) page behind them.
    expect(d, part).toBeLessThan(0.01);
  }
});

test('the host page’s own elements are unchanged by kikubari', async ({ page }) => {
  const body = '<nav><a href="#">Home</a></nav><h2>Title</h2><p>Text <button>Go</button> <input value="x"></p><ul><li>One</li></ul><div class="box">Box</div>';
  const head = '<style>.box{padding:12px;border:1px solid #999}</style>';
  const styles = () =>
    page.evaluate(() =>
      ['body', 'main', 'h1', 'h2', 'p', 'button', 'input', 'a', 'ul', 'li', '.box'].map((sel) => {
        const cs = getComputedStyle(document.querySelector(sel)!);
        return [sel, cs.font, cs.color, cs.backgroundColor, cs.margin, cs.padding, cs.display, cs.position, cs.boxSizing, cs.lineHeight, cs.zIndex].join('|');
      }),
    );
  await openPage(page, '/hc/en/plain', hostPage({ noScript: true, body, head }));
  const without = await styles();
  await openPage(page, '/hc/en/with', hostPage({ body, head }));
  await loaded(page);
  await page.evaluate(() => (window as any).kikubari('open'));
  await expect(panel(page)).toBeVisible();
  expect(await styles()).toEqual(without);
  // Nothing was added to the document's own stylesheets either.
  expect(await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length)).toBe(1);
});
