#!/usr/bin/env node
// `npm run screenshots`: the widget in every look that matters — light, dark, Japanese, mobile,
// right-to-left; offer bubble, "why", open panel with articles, article reader, the "Leave a
// message" form with the card (and a refused email), debug overlay —
// written to screenshots/ (git-ignored). Needs a build (`npm run build`).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { serve } from './serve.mjs';

const OUT = process.argv[2] || 'screenshots';
mkdirSync(OUT, { recursive: true });
const server = await serve({ port: 0, quiet: true });
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium({ install: true }), args: CHROMIUM_ARGS });

const ORDERS = [
  { orderId: 'A-1001', purchasedAt: Date.now() - 3 * 864e5, items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'kettles' }] },
  { orderId: 'A-1002', purchasedAt: Date.now() - 9 * 864e5, items: [{ sku: 'PO-2', name: 'Kumo Pour-Over Set', category: 'coffee' }] },
];

const page = (lang, title, init, head = '') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}
<title>${title}</title><style>body{font:16px/1.6 Georgia,serif;margin:0;background:#f6f2ea;color:#222}main{max-width:720px;margin:40px auto;padding:0 20px}</style>
<script>window.kikubari=window.kikubari||function(){(kikubari.q=kikubari.q||[]).push(arguments)};
kikubari('init', ${JSON.stringify(init)}); ${ORDERS.map((o) => `kikubari('purchase', ${JSON.stringify(o)});`).join('')}</script>
<script async src="/dist/kikubari.js"></script></head><body><main><h1>${title}</h1>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>'.repeat(8)}</main></body></html>`;

const LOOKS = [
  { name: 'light', lang: 'en', title: 'How to descale your Aero Kettle', theme: { preset: 'light' } },
  { name: 'dark', lang: 'en', title: 'How to descale your Aero Kettle', theme: { preset: 'dark' }, dark: true },
  { name: 'japanese', lang: 'ja', title: 'エアロケトルの湯あか取り', theme: {} },
  { name: 'mobile', lang: 'en', title: 'How to descale your Aero Kettle', theme: {}, viewport: { width: 375, height: 667 } },
  { name: 'rtl', lang: 'ar', title: 'كيفية إزالة الترسبات', theme: {}, strings: { ar: { accept: 'نعم، ساعدني', dismiss: 'لا شكرًا', why: 'لماذا أرى هذا؟' } } },
  { name: 'rtl-english-fallbacks', lang: 'ar', title: 'How to descale your Aero Kettle', theme: {} },
  { name: 'light-site-dark-os', lang: 'en', title: 'How to descale your Aero Kettle', theme: {}, dark: true, head: '<meta name="color-scheme" content="light">' },
  { name: 'themed', lang: 'en', title: 'How to descale your Aero Kettle', theme: { accent: '#2f6f4f', radius: 4, font: 'Georgia, serif', title: 'Nagomi help', launcherIcon: 'help', position: 'bottom-left' } },
];

for (const look of LOOKS) {
  const ctx = await browser.newContext({ viewport: look.viewport || { width: 1280, height: 800 }, colorScheme: look.dark ? 'dark' : 'light', locale: look.lang });
  const p = await ctx.newPage();
  await p.clock.install();
  const path = `/hc/${look.lang}/articles/1001-look-${look.name}`;
  // Nobody is ever there (hours [0, 0]): the hand-off is the "Leave a message" form with the card.
  const handoff = { type: 'url', url: '/contact?m={context}', businessHours: { hours: [0, 0] } };
  const init = { articles: '/test/e2e/fixtures/articles.json', locale: look.lang, theme: look.theme, strings: look.strings, etiquette: { quietStartSeconds: 0 }, handoff };
  await p.route(base + path, (r) => r.fulfill({ contentType: 'text/html', body: page(look.lang, look.title, init, look.head) }));
  await p.goto(base + path);
  await p.waitForFunction(() => window.kikubari && window.kikubari('inspect') && window.kikubari('inspect').session.pageViews > 0);
  await p.clock.runFor(40_000);
  const offer = p.locator('[data-kikubari] [part="offer"]');
  await offer.waitFor();
  // Let the bubble's entrance animation finish (it runs on the real clock, not page.clock).
  await offer.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished.catch(() => {}))));
  await p.screenshot({ path: `${OUT}/${look.name}-offer.png` });
  await p.locator('[data-kikubari] [part="why"]').click();
  await p.screenshot({ path: `${OUT}/${look.name}-why.png`, animations: 'disabled' });
  await p.locator('[data-kikubari] [part="offer-accept"]').click();
  // Answer the guided questions (which purchase, what kind of help) until articles show.
  const articles = p.locator('[data-kikubari] [part="article"]');
  while (!(await articles.count())) {
    await p.locator('[data-kikubari] [part~="quick-reply"]').nth(1).click();
    await p.waitForTimeout(100);
  }
  await p.screenshot({ path: `${OUT}/${look.name}-panel.png`, animations: 'disabled' });
  await p.locator('[data-kikubari] [part="article"]').first().click();
  await p.screenshot({ path: `${OUT}/${look.name}-article.png`, animations: 'disabled' });
  // The hand-off step when nobody is there: the message form with the card to read and edit.
  await p.locator('[data-kikubari] .reader .link').click();
  await p.locator('[data-kikubari] [part~="handoff"]').last().click();
  await p.locator('[data-kikubari] [part="leave-message"]').waitFor();
  await p.screenshot({ path: `${OUT}/${look.name}-leave-message.png`, animations: 'disabled' });
  // A bad email, then the rating after a message (the URL hand-off is kept on the page).
  await p.route('**/contact?*', (r) => r.fulfill({ contentType: 'text/html', body: 'ok' }));
  await p.locator('[data-kikubari] #k-email').fill('ken@');
  await p.locator('[data-kikubari] form.hand [type=submit]').click();
  await p.screenshot({ path: `${OUT}/${look.name}-leave-message-invalid.png`, animations: 'disabled' });
  await ctx.close();
}

const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const p = await ctx.newPage();
await p.route(base + '/hc/en/articles/1-debug', (r) => r.fulfill({ contentType: 'text/html', body: page('en', 'Debug overlay', { debug: true, articles: '/test/e2e/fixtures/articles.json' }) }));
await p.goto(base + '/hc/en/articles/1-debug');
await p.locator('[data-kikubari] [part="debug"]').waitFor();
await p.screenshot({ path: `${OUT}/debug-overlay.png`, animations: 'disabled' });

await browser.close();
server.close();
console.log(`screenshots: ${LOOKS.length * 6 + 1} images in ${OUT}/`);
