import { expect, test } from '@playwright/test';
import { installClock, inspect, offer, openPage, panel, ready } from './helpers';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to descale your Aero Kettle</title>
<script src="/test/e2e/fixtures/csp-page.js"></script><script async src="/dist/kikubari.js"></script></head>
<body><main><h1>How to descale your Aero Kettle</h1><p>Fill the kettle with citric acid solution.</p></main></body></html>`;

test('under a strict CSP and Trusted Types the widget works and the console shows no violation', async ({ page: p }) => {
  const console: string[] = [];
  p.on('console', (m) => console.push(m.type() + ': ' + m.text()));
  p.on('pageerror', (e) => console.push('pageerror: ' + e.message));
  await installClock(p);
  await openPage(p, '/hc/en/articles/1001-descale-aero-kettle', page, { 'Content-Security-Policy': STRICT });
  await ready(p);
  await p.clock.runFor(40_000);
  await expect(offer(p)).toBeVisible();
  await offer(p).locator('[part="offer-accept"]').click();
  await panel(p).locator('[part="quick-reply"]').first().click();
  await expect(panel(p).locator('[part="article"]').first()).toBeVisible();
  await panel(p).locator('[part="article"]').first().click();
  await expect(panel(p).locator('.reader h3')).toBeVisible();
  expect((await inspect(p)).storage).toBe('indexeddb');
  // Styles applied (constructable stylesheets are allowed under style-src 'self').
  expect(await panel(p).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(await p.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(console.filter((l) => /Content Security Policy|Trusted|Refused/.test(l))).toEqual([]);
  // The policy really is in force: a string-to-HTML sink is refused and reported.
  expect(await p.evaluate(() => { try { document.body.innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'blocked'; } })).toBe('blocked');
  await expect.poll(() => p.evaluate(() => (window as any).__violations)).toEqual(['require-trusted-types-for trusted-types-sink']);
});
