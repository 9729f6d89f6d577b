#!/usr/bin/env node
// `npm run screenshots`: the widget in every look that matters — light, dark, Japanese, mobile,
// right-to-left; offer bubble, "why", the panel opened with articles, article reader, a typed
// question's grounded answer with its source and "Did this solve it?", "No" (the next articles),
// "Yes" (thanks and the rating question), the hand-off step showing the card before it goes, the
// "Leave a message" form with the card (and a refused email), debug overlay — written to
// screenshots/ (git-ignored). Needs a build (`npm run build`).
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

// The page each look is on: a help article about the product bought, and the question typed there.
const EN = { title: 'Cleaning and caring for your Aero Kettle', slug: '3003-kettle-cleaning', ask: 'how do I return it', ask2: 'my kettle does not turn on', sorry: 'These may fit better' };
const JA = { title: 'エアロケトルのお手入れ', slug: '3053-kettle-cleaning', ask: 'Aero Kettleを返品したい', ask2: 'エアロケトルの電源が入らない', sorry: 'こちらはいかがでしょうか' };
const AR = { ...EN, title: 'كيفية إزالة الترسبات' };

const LOOKS = [
  { name: 'light', lang: 'en', ...EN, theme: { preset: 'light' } },
  { name: 'dark', lang: 'en', ...EN, theme: { preset: 'dark' }, dark: true },
  { name: 'japanese', lang: 'ja', ...JA, theme: {} },
  { name: 'mobile', lang: 'en', ...EN, theme: {}, viewport: { width: 375, height: 667 } },
  { name: 'rtl', lang: 'ar', ...AR, theme: {}, strings: { ar: { accept: 'نعم، ساعدني', dismiss: 'لا شكرًا', why: 'لماذا أرى هذا؟' } } },
  { name: 'rtl-english-fallbacks', lang: 'ar', ...EN, theme: {} },
  { name: 'light-site-dark-os', lang: 'en', ...EN, theme: {}, dark: true, head: '<meta name="color-scheme" content="light">' },
  { name: 'themed', lang: 'en', ...EN, theme: { accent: '#2f6f4f', radius: 4, font: 'Georgia, serif', title: 'Nagomi help', launcherIcon: 'help', position: 'bottom-left' } },
];
/** The states shot in every look (the debug overlay is one more image). */
const STATES = ['offer', 'why', 'panel', 'article', 'answer', 'solved-no', 'solved-yes-csat', 'card-preview', 'leave-message', 'leave-message-invalid'];

for (const look of LOOKS) {
  const ctx = await browser.newContext({ viewport: look.viewport || { width: 1280, height: 800 }, colorScheme: look.dark ? 'dark' : 'light', locale: look.lang });
  const p = await ctx.newPage();
  await p.clock.install();
  const shot = (state) => p.screenshot({ path: `${OUT}/${look.name}-${state}.png`, animations: 'disabled' });
  const k = (selector) => p.locator('[data-kikubari] ' + selector);
  const path = `/hc/${look.lang}/articles/${look.slug}-look-${look.name}`;
  // Someone is there until the page says otherwise (window.away): the hand-off step shows the card
  // to send; then nobody is, and it is the "Leave a message" form. The function is page source.
  const handoff = `{ type: 'url', url: '/contact?m={context}', available: function () { return !window.away; } }`;
  const init = { articles: '/test/e2e/fixtures/helpcenter.json', locale: look.lang, theme: look.theme, strings: look.strings, etiquette: { quietStartSeconds: 0 }, handoff: '@handoff' };
  const html = page(look.lang, look.title, init, look.head).replace('"@handoff"', handoff);
  await p.route(base + path, (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await p.goto(base + path);
  await p.waitForFunction(() => window.kikubari && window.kikubari('inspect') && window.kikubari('inspect').session.pageViews > 0);
  await p.clock.runFor(40_000);
  const offer = k('[part="offer"]');
  await offer.waitFor();
  // Let the bubble's entrance animation finish (it runs on the real clock, not page.clock).
  await offer.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished.catch(() => {}))));
  await p.screenshot({ path: `${OUT}/${look.name}-offer.png` });
  await k('[part="why"]').click();
  await shot('why');
  await k('[part="offer-accept"]').click();
  // The panel opens with the articles for the purchase and the page already there.
  await k('[part="article"]').first().waitFor();
  await shot('panel');
  await k('[part="article"]').first().click();
  await shot('article');
  await k('.reader .link').click();
  // A typed question: the passage quoted from the best article, its source, "Did this solve it?".
  const ask = async (question) => {
    await k('[part="input"]').fill(question);
    await k('[part="input"]').press('Enter');
    await k('[part="answer"]').nth(question == look.ask ? 0 : 1).waitFor();
  };
  await ask(look.ask);
  await shot('answer');
  // "Yes": thanks, and the one rating question.
  await k('[part~="solved-yes"]').last().click();
  await k('[part="csat"]').waitFor();
  await shot('solved-yes-csat');
  // Another question; "No": the next best articles, then the way to a person.
  await ask(look.ask2);
  await k('[part~="solved-no"]').last().click();
  await k('.m.bot').filter({ hasText: look.sorry }).waitFor();
  await shot('solved-no');
  // The way to a person: the card as it will be sent, to read and edit first.
  await k('[part~="handoff"]').last().click();
  await k('form.hand [part="card"]').waitFor();
  await shot('card-preview');
  // Nobody there now: the message form with the card, and a refused email.
  await k('form.hand .link').click();
  await p.evaluate(() => (window.away = true));
  await k('[part~="handoff"]').last().click();
  await k('[part="leave-message"]').waitFor();
  await shot('leave-message');
  await k('#k-email').fill('ken@');
  await k('form.hand [type=submit]').click();
  await k('#k-bad').waitFor();
  await shot('leave-message-invalid');
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
console.log(`screenshots: ${LOOKS.length * STATES.length + 1} images in ${OUT}/`);
