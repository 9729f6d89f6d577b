import { expect, type Page } from '@playwright/test';

/** The snippet from the README: the queue stub, before the script loads. */
export const SNIPPET = 'typeof kikubari=="function"||(window.kikubari=function(){(kikubari.q=kikubari.q||[]).push(arguments)});';

export const ORDER = {
  orderId: 'A-1001',
  items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'kettles', price: 79, quantity: 1 }],
};

/** Queue a recent purchase: the visitor kikubari acts for (its pipeline runs for them). */
export const BOUGHT = `kikubari('purchase', ${JSON.stringify(ORDER)});`;

/** A start time with no surprises: a Thursday morning, local time. */
export const T0 = new Date('2026-11-19T10:00:00');

export interface PageOptions {
  lang?: string;
  title?: string;
  h1?: string;
  head?: string;
  body?: string;
  /** Inline script run before kikubari.js loads (after the snippet). */
  before?: string;
  /** Extra attributes on the kikubari script tag, e.g. `data-config="/x.json"`. */
  scriptAttrs?: string;
  /** Omit the kikubari script entirely. */
  noScript?: boolean;
}

/** A host page: the snippet, optional calls queued before load, and the async script tag. */
export function hostPage(o: PageOptions = {}): string {
  return `<!doctype html><html lang="${o.lang || 'en'}"><head><meta charset="utf-8"><title>${o.title || 'Help Center'}</title>
<script>window.__errors=[];window.onerror=function(m){window.__errors.push(String(m))};window.addEventListener('unhandledrejection',function(e){window.__errors.push('unhandled: '+(e.reason&&e.reason.message||e.reason))});</script>
<script>${SNIPPET}${o.before || ''}</script>
${o.noScript ? '' : `<script async src="/dist/kikubari.js" ${o.scriptAttrs || ''}></script>`}
${o.head || ''}</head><body><main><h1>${o.h1 || o.title || 'Help Center'}</h1>${o.body || '<p>' + 'Some helpful text. '.repeat(40) + '</p>'}</main></body></html>`;
}

/** Serve `html` at `path` on the test server's origin (the rest of the origin is the real server). */
export async function openPage(page: Page, path: string, html: string, headers: Record<string, string> = {}) {
  await page.route((url) => url.pathname === path.split('?')[0], (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }),
  );
  await page.goto(path);
}

/** Install a paused fake clock before the page runs, so tests move time with `runFor`. */
export async function installClock(page: Page, at: Date = T0) {
  // Installed a minute early: pausing must be in the clock's future.
  await page.clock.install({ time: new Date(at.getTime() - 60_000) });
  await page.clock.pauseAt(at);
}

/** Wait until kikubari's pipeline runs on this page and has counted this page view. */
export async function ready(page: Page) {
  await page.waitForFunction(() => {
    const k = (window as any).kikubari;
    try {
      const now = k && k('inspect');
      return now && now.engine == 'on' && now.session.pageViews >= 1;
    } catch {
      return false;
    }
  });
}

/** Wait until the always-loaded script has started (the pipeline may or may not run). */
export async function loaded(page: Page) {
  await page.waitForFunction(() => {
    const k = (window as any).kikubari;
    try {
      return !!(k && k('inspect'));
    } catch {
      return false;
    }
  });
}

export const inspect = (page: Page) => page.evaluate(() => (window as any).kikubari('inspect'));

/**
 * Headless Chromium keeps every tab "visible", so tests emulate a tab switch: the document
 * reports hidden/visible and fires `visibilitychange`, as the browser does.
 */
export async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** Read for `seconds`, moving the mouse a little every few seconds (engaged), then stop. */
export async function read(page: Page, seconds: number) {
  for (let t = 0; t < seconds; t += 4) {
    await page.mouse.move(200 + (t % 40), 300 + (t % 7));
    await page.clock.runFor(Math.min(4, seconds - t) * 1000);
  }
}

/** Errors the host page saw: `window.onerror` and unhandled rejections. */
export const hostErrors = (page: Page) => page.evaluate(() => (window as any).__errors as string[]);

export const offer = (page: Page) => page.locator('[data-kikubari] [part="offer"]');
export const panel = (page: Page) => page.locator('[data-kikubari] [part="panel"]');

export async function expectNoHostErrors(page: Page) {
  expect(await hostErrors(page)).toEqual([]);
}
