import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { startResponder } from '../../examples/responder/responder.mjs';
import { expectNoHostErrors, hostPage, installClock, openPage, panel, ready, T0 } from './helpers';

const KEY = 'sk-e2e-secret-4f9a1c7e';
const ORDER = { orderId: 'A-1', purchasedAt: T0.getTime() - 864e5, items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'home' }] };
// The README's browser side, as shipped, pointed at the test help center.
const SNIPPET = readFileSync('examples/responder/browser.js', 'utf8').replace("'/kb-index.json'", "'/test/e2e/fixtures/helpcenter.json'");

test('the example responder answers through the site’s origin, cites its sources as links, and the key never reaches the page', async ({ page }) => {
  await installClock(page);
  // A local OpenAI-compatible endpoint: it answers from the passage it was given, citing that article.
  const prompts: any[] = [];
  const model = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const sent = JSON.parse(body);
      prompts.push({ auth: req.headers.authorization, messages: sent.messages });
      const cited = /\[(3002)\] Aero Kettle is not working/.test(sent.messages[0].content) ? ['3002', '404-made-up'] : [];
      const content = JSON.stringify({ text: 'Check the plug, then press the lid until it clicks.', sources: cited });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    });
  });
  await new Promise<void>((r) => model.listen(0, '127.0.0.1', r));
  const responder = await startResponder({ apiKey: KEY, baseUrl: 'http://127.0.0.1:' + (model.address() as AddressInfo).port + '/v1', port: 0 });
  try {
    // The site's reverse proxy: /api/kikubari/responder on the site's origin goes to the example server.
    await page.route('**/api/kikubari/responder', async (r) => r.fulfill({ response: await r.fetch({ url: 'http://127.0.0.1:' + responder.port + '/api/kikubari/responder' }) }));
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url() + JSON.stringify(r.headers()) + (r.postData() || '')));
    page.on('response', async (r) => seen.push(JSON.stringify(await r.allHeaders()) + (await r.text().catch(() => ''))));

    await openPage(page, '/hc/en', hostPage({ title: 'Help Center', before: SNIPPET + `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await page.evaluate(() => (window as any).kikubari('open'));
    await panel(page).locator('[part="input"]').fill('my Aero Kettle is not working, the light stays off');
    await panel(page).locator('[part="input"]').press('Enter');

    // The reply, then "Did this solve it?" under it.
    await expect(panel(page).locator('[part="message"]').nth(-2)).toHaveText(/Check the plug, then press the lid until it clicks\.$/);
    const source = panel(page).locator('[part="source"]');
    await expect(source).toHaveCount(1); // the made-up id is ignored
    await expect(source).toHaveText('Aero Kettle is not working');
    await expect(source).toHaveAttribute('href', '/hc/en/articles/3002-kettle-not-working');
    await expect(panel(page).locator('[part~="solved-yes"]')).toBeVisible();

    // The model got the key and the passage; the page got neither the key nor anything quoting it.
    expect(prompts[0].auth).toBe('Bearer ' + KEY);
    expect(prompts[0].messages[0].content).toContain('[3002] Aero Kettle is not working');
    expect(prompts[0].messages[0].content).toContain('bought recently: Aero Kettle');
    expect(seen.some((s) => s.includes('/api/kikubari/responder'))).toBe(true);
    expect(seen.filter((s) => s.includes(KEY.slice(3)))).toEqual([]);
    const dom = await page.evaluate(() => document.documentElement.outerHTML + document.querySelector('[data-kikubari]')!.shadowRoot!.innerHTML);
    expect(dom).not.toContain(KEY.slice(3));
    await expectNoHostErrors(page);
  } finally {
    await responder.close();
    await new Promise((r) => model.close(r));
  }
});
