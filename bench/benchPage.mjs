// One benchmark run's page: a fresh browser context at a CPU rate, serving one page, with the
// probe of bench/pageProbe.mjs installed; and the waits every run shares.
import { probe } from './pageProbe.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A fresh context and page at `rate`× CPU, serving `html` at `path`; off-origin requests refused. */
export async function openContext(browser, rate, path, html) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(probe);
  await context.route('**' + path, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await context.route(/^(https|wss?):/, (r) => r.abort()); // @botpress/webchat's cloud: there is no network here
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

/**
 * Until the network is quiet and the main thread has been idle twice in a row, with nothing
 * fetched meanwhile: a page that has sat idle for a while, as a visitor finds it (work a page
 * defers to idle time, such as prefetching, has started and finished).
 */
export async function settle(page, server) {
  for (let round = 0; round < 10; round++) {
    for (const end = Date.now() + 20_000; server.inflight() > 0 && Date.now() < end; ) await sleep(20);
    const fetched = server.requests();
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r, { timeout: 3000 }), { timeout: 3000 })));
    if (server.inflight() == 0 && server.requests() == fetched) return;
  }
}

export async function until(page, test, arg, what) {
  for (const end = Date.now() + 30_000; !(await page.evaluate(test, arg)); await sleep(25))
    if (Date.now() > end) throw new Error(`${what}: not ready after 30 s`);
}

/** Until kikubari's engine is `engine` ('on': the pipeline runs and has counted this page view). */
export const kikubariReady = (page, engine, what) =>
  until(
    page,
    (want) => {
      try {
        const k = window.kikubari('inspect');
        return k.engine == want && (want == 'off' || k.session.pageViews >= 1);
      } catch {
        return false;
      }
    },
    engine,
    what,
  );
