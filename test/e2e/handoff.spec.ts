import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHostErrors, hostPage, installClock, offer, openPage, panel, ready, T0 } from './helpers';
import type { Article } from '../../src/types';

const INDEX = '/test/e2e/fixtures/helpcenter.json';
const HELP_CENTER: Article[] = JSON.parse(readFileSync('test/e2e/fixtures/helpcenter.json', 'utf8'));
const KETTLE_NOT_WORKING = HELP_CENTER.find((a) => a.id == '3002')!;
const ORDER = { orderId: 'O-AK-1', purchasedAt: T0.getTime() - 864e5, items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'home' }] };

/**
 * A kettle buyer stuck on the kettle's "not working" article, with a hand-off whose config is
 * written in the page (functions cannot go through JSON): `handoff` is JavaScript source.
 */
async function stuck(page: Page, handoff: string, path = KETTLE_NOT_WORKING.url) {
  await page.addInitScript(`window.cards = []; window.events = [];`);
  const before =
    `kikubari('init', { articles: '${INDEX}', handoff: ${handoff} });` +
    `kikubari('purchase', ${JSON.stringify(ORDER)});` +
    `['csat', 'handoff'].forEach(function (n) { kikubari('on', n, function (e) { window.events.push([n, n == 'csat' ? e : e.adapter]); }); });`;
  await openPage(page, path, hostPage({ title: KETTLE_NOT_WORKING.title, before, body: '<p>' + KETTLE_NOT_WORKING.body + '</p>' }));
  await ready(page);
}

const CALLBACK = `{ type: 'callback', onHandoff: function (card) { window.cards.push(card); } }`;
const cards = (page: Page) => page.evaluate(() => (window as any).cards);
const events = (page: Page) => page.evaluate(() => (window as any).events);

test.describe('the way to a person', () => {
  test.beforeEach(async ({ page }) => installClock(page));

  test('the card after a hand-off holds the typed question, the offer with its reasons and every article shown and voted on', async ({ page }) => {
    await stuck(page, CALLBACK);
    await page.clock.runFor(40_000);
    await expect(offer(page)).toBeVisible();
    await offer(page).locator('[part="offer-accept"]').click();
    const shown = await panel(page).locator('[part="article"] b').allTextContents();
    expect(shown).toHaveLength(3);
    await panel(page).locator('[part="article"]').first().click();
    await panel(page).locator('[part="solved-no"]').click();
    await expect(panel(page)).toContainText('These may fit better');
    const more = await panel(page).locator('.arts').last().locator('[part="article"] b').allTextContents();
    await panel(page).locator('[part="input"]').fill('how do I return it');
    await panel(page).locator('[part="input"]').press('Enter');
    await expect(panel(page).locator('[part="source"]')).toHaveText('Returns and refunds');
    await panel(page).locator('[part~="handoff"]').click();
    // Visible before it goes: the whole story, as text the visitor can read.
    const preview = panel(page).locator('[part="card"]');
    await expect(preview).toHaveValue(/^Asked: how do I return it\n/);
    await expect(preview).toHaveValue(/Accepted the offer: Questions about your recent purchase of Aero Kettle\? \(because: /);
    await panel(page).locator('form.hand [type=submit]').click();
    await expect(panel(page)).toContainText("We've passed your question");

    const [card] = await cards(page);
    expect(card.typed).toEqual(['how do I return it']);
    expect(card.accepted).toMatchObject({ id: 'recent-purchase', message: 'Questions about your recent purchase of Aero Kettle?' });
    expect(card.accepted.reasons.length).toBeGreaterThan(0);
    expect(card.answers[0]).toMatchObject({ articleId: '3901' });
    const titles = card.articles.map((a: any) => a.title);
    for (const t of [...shown, ...more, 'Returns and refunds']) expect(titles).toContain(t);
    expect(card.articles.find((a: any) => a.title == shown[0])).toMatchObject({ shown: true, opened: true, helpful: false });
    for (const t of [...shown, ...more]) expect(card.text).toContain(t);
    expect(card.text).toContain(card.accepted.reasons[0]);
    // context() tells the same story.
    const now = await page.evaluate(() => (window as any).kikubari('context'));
    expect(now.typed).toEqual(['how do I return it']);
    expect(now.articles.length).toBe(card.articles.length);
    await expectNoHostErrors(page);
  });

  test('out of hours: "Leave a message" with the card prefilled; the edited text and the email are what is delivered; a bad email is refused', async ({ page }) => {
    // T0 is a Thursday at 10:00; the team answers from noon.
    await stuck(page, `{ type: 'callback', businessHours: { hours: [12, 18] }, onHandoff: function (card) { window.cards.push(card); } }`);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'my kettle lid will not close' }));
    const way = panel(page).locator('[part~="handoff"]');
    await expect(way).toHaveText('Leave a message');
    await way.click();
    const form = panel(page).locator('[part="leave-message"]');
    await expect(form).toBeVisible();
    await expect(form.locator('[part="card"]')).toHaveValue(/^Asked: my kettle lid will not close\n/);
    await form.locator('[part="card"]').fill('My lid is stuck. Please call after 6.');
    await form.getByLabel('Your email').fill('not-an-email');
    await form.getByRole('button', { name: 'Send' }).click();
    await expect(form.getByRole('alert')).toHaveText('Check the email address.');
    await expect(form.getByLabel('Your email')).toBeFocused();
    expect(await cards(page)).toEqual([]);
    await form.getByLabel('Your email').fill('ken@example.com');
    await form.getByRole('button', { name: 'Send' }).click();
    await expect(panel(page)).toContainText("Thanks — we'll reply by email.");
    const [card] = await cards(page);
    expect(card.email).toBe('ken@example.com');
    expect(card.text).toBe('Email: ken@example.com\nMy lid is stuck. Please call after 6.');
    expect(card.typed).toEqual(['my kettle lid will not close']);
    expect(await events(page)).toEqual([['handoff', 'callback']]);
  });

  test('a mailto hand-off out of hours carries the visitor’s message in the mail body', async ({ page }) => {
    await stuck(page, `{ type: 'url', url: 'mailto:help@shop.example', businessHours: { days: [6] } }`);
    await page.evaluate(() => {
      // The browser would hand a mailto: to the mail client; record where it was sent instead.
      (window as any).navigation?.addEventListener('navigate', (e: any) => {
        if (String(e.destination.url).startsWith('mailto:')) ((window as any).mailto = e.destination.url), e.preventDefault();
      });
    });
    await page.evaluate(() => (window as any).kikubari('open', { query: 'lid' }));
    await panel(page).locator('[part~="handoff"]').click();
    const form = panel(page).locator('[part="leave-message"]');
    await form.locator('[part="card"]').fill('Edited by me');
    await form.getByLabel('Your email').fill('ken@example.com');
    await form.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.evaluate(() => (window as any).mailto)).toBeTruthy();
    const url = await page.evaluate(() => (window as any).mailto as string);
    expect(decodeURIComponent(url.split('body=')[1]!)).toBe('Email: ken@example.com\nEdited by me');
  });

  test('when handoff.available() says no, the way to a person is a message', async ({ page }) => {
    await stuck(page, `{ type: 'callback', available: function () { return Promise.resolve(false); }, onHandoff: function (card) { window.cards.push(card); } }`);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'lid will not close' }));
    await expect(panel(page).locator('[part~="handoff"]')).toHaveText('Leave a message');
    await panel(page).locator('[part~="handoff"]').click();
    await expect(panel(page).locator('[part="leave-message"]')).toBeVisible();
  });

  test('a reply time is promised only when the site set one, and never while nobody is there', async ({ page }) => {
    await stuck(page, CALLBACK);
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page).locator('.head p')).toHaveCount(0);
    await expect(panel(page)).not.toContainText('few minutes');

    await stuck(page, `{ type: 'callback', replyTime: 'We reply within the hour', onHandoff: function () {} }`, '/hc/en/other');
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page).locator('.head p')).toHaveText('We reply within the hour');

    await stuck(page, `{ type: 'callback', replyTime: 'We reply within the hour', available: function () { return false; }, onHandoff: function () {} }`, '/hc/en/third');
    await page.evaluate(() => (window as any).kikubari('open'));
    await expect(panel(page).locator('[part~="handoff"]')).toHaveText('Leave a message');
    await expect(panel(page).locator('.head p')).toHaveCount(0);
  });

  test('after a resolution, one optional rating: a rating fires csat { rating }; Skip puts it away and fires nothing', async ({ page }) => {
    await stuck(page, CALLBACK);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'how do I return it' }));
    await panel(page).locator('[part~="solved-yes"]').click();
    const csat = panel(page).locator('[part="csat"]');
    await expect(csat).toBeVisible();
    await expect(csat).toHaveAttribute('aria-label', 'How did we do? 1 poor, 5 great');
    // Never blocking: the visitor can ask something else right away.
    await expect(panel(page).locator('[part="input"]')).toBeEnabled();
    await csat.getByRole('button', { name: '4' }).click();
    await expect(panel(page)).toContainText('Thanks!');
    await expect(csat).toHaveCount(0);
    expect(await events(page)).toEqual([['csat', { rating: 4 }]]);

    // Asked once per conversation; a new conversation may ask again, and Skip fires nothing.
    await panel(page).locator('[part="input"]').fill('how do I return it');
    await panel(page).locator('[part="input"]').press('Enter');
    await panel(page).locator('[part~="solved-yes"]').last().click();
    await expect(panel(page).locator('[part="csat"]')).toHaveCount(0);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'lid will not close' }));
    await panel(page).locator('[part~="handoff"]').first().click();
    await panel(page).locator('form.hand [type=submit]').click();
    await expect(panel(page).locator('[part="csat"]')).toBeVisible();
    await panel(page).locator('[part="csat"]').getByRole('button', { name: 'Skip' }).click();
    await expect(panel(page).locator('[part="csat"]')).toHaveCount(0);
    expect((await events(page)).filter(([n]: [string]) => n == 'csat')).toEqual([['csat', { rating: 4 }]]);
  });
});

/** `handoff.available` as page source: it answers `yes` after `ms` of the page's (fake) clock, and counts the calls. */
const slowly = (ms: number, yes: boolean) => `function () { window.asked = (window.asked || 0) + 1; return new Promise(function (ok) { setTimeout(ok, ${ms}, ${yes}); }); }`;
/** Wait until available() has been asked `n` times (the hand-off chunk arrives over the network, whatever the clock). */
const asked = (page: Page, n: number) => page.waitForFunction((n) => (window as any).asked >= n, n);

test.describe('the hand-off step keeps what the visitor did', () => {
  test.beforeEach(async ({ page }) => installClock(page));

  test('an edit to the card survives Back and forward again, until the conversation ends', async ({ page }) => {
    await stuck(page, `{ type: 'callback', businessHours: { hours: [12, 18] }, onHandoff: function (card) { window.cards.push(card); } }`);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'my kettle lid will not close' }));
    await panel(page).locator('[part~="handoff"]').click();
    const form = panel(page).locator('[part="leave-message"]');
    await form.locator('[part="card"]').fill('My lid is stuck. Please call after 6.');
    await form.getByLabel('Your email').fill('ken@example.com');
    await form.getByRole('button', { name: 'Back to the conversation' }).click();
    await expect(form).toHaveCount(0);
    await panel(page).locator('[part~="handoff"]').click();
    await expect(form.locator('[part="card"]')).toHaveValue('My lid is stuck. Please call after 6.');
    await expect(form.getByLabel('Your email')).toHaveValue('ken@example.com');
    // Closing ends the conversation: the next one's step shows the card (the whole page's story), not the old edit.
    await page.evaluate(() => (window as any).kikubari('close'));
    await page.evaluate(() => (window as any).kikubari('open', { query: 'descale' }));
    await panel(page).locator('[part~="handoff"]').last().click();
    await expect(form.locator('[part="card"]')).toHaveValue(/^Asked: my kettle lid will not close\nAsked: descale\n/);
    await expect(form.getByLabel('Your email')).toHaveValue('');
  });

  test('the way to a person follows available() when it answers after the panel is drawn: no → "Leave a message"', async ({ page }) => {
    await stuck(page, `{ type: 'callback', available: ${slowly(2000, false)}, onHandoff: function () {} }`);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'lid will not close' }));
    const way = panel(page).locator('[part~="handoff"]');
    await expect(way).toHaveText('Talk to a person');
    await asked(page, 1);
    await page.clock.runFor(2100);
    await expect(way).toHaveText('Leave a message');
  });

  test('a yes from available() after the 3 s of doubt turns "Leave a message" back into "Talk to a person"', async ({ page }) => {
    await stuck(page, `{ type: 'callback', available: ${slowly(5000, true)}, onHandoff: function () {} }`);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'lid will not close' }));
    const way = panel(page).locator('[part~="handoff"]');
    await asked(page, 1);
    await page.clock.runFor(3100);
    await expect(way).toHaveText('Leave a message');
    await page.clock.runFor(2000);
    await expect(way).toHaveText('Talk to a person');
    // The step asks again; 3 s of silence this time leave the yes standing.
    await way.click();
    await asked(page, 2);
    await page.clock.runFor(3100);
    await expect(panel(page).locator('form.hand')).toBeVisible();
    await expect(panel(page).locator('[part="leave-message"]')).toHaveCount(0);
  });

  test('the card’s labels follow the widget’s language: Japanese labels on a Japanese widget, in the preview and in what is sent', async ({ page }) => {
    await page.addInitScript(`window.cards = [];`);
    const before = `kikubari('init', { articles: '${INDEX}', locale: 'ja', handoff: ${CALLBACK} });` + `kikubari('purchase', ${JSON.stringify(ORDER)});`;
    await openPage(page, '/hc/ja/articles/9-kettle', hostPage({ lang: 'ja', title: 'ケトルのふたが閉まらない', before }));
    await ready(page);
    await page.evaluate(() => (window as any).kikubari('open', { query: 'ふたが閉まらない' }));
    await panel(page).locator('[part~="handoff"]').click();
    const preview = panel(page).locator('[part="card"]');
    await expect(preview).toHaveValue(/^質問：ふたが閉まらない\n/);
    await expect(preview).toHaveValue(/\nページ：ケトルのふたが閉まらない </);
    await expect(preview).not.toHaveValue(/Asked|Page:|Bought|Viewed/);
    await panel(page).locator('form.hand [type=submit]').click();
    // The hand-off callback runs after the click returns: wait for what the visitor is told.
    await expect(panel(page)).toContainText('担当者にお伝えしました');
    const [card] = await cards(page);
    expect(card.text).toMatch(/^質問：ふたが閉まらない\n/);
    expect(card.text).toMatch(/\n購入 \d{4}-\d\d-\d\d（注文 O-AK-1）：Aero Kettle \[AK-1\]/);
    const now = await page.evaluate(() => (window as any).kikubari('context'));
    expect(now.text).toMatch(/^質問：ふたが閉まらない\n/);
  });
});
