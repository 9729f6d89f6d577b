import { expect, test, type Page } from '@playwright/test';
import { expectNoHostErrors, hostPage, installClock, inspect, loaded, openPage, ORDER, ready } from './helpers';

const KB = '/hc/en/articles/1001-descale-aero-kettle';
const DAY = 864e5;

/** Everything in kikubari's IndexedDB, read straight from the browser. */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve) => {
        indexedDB.databases().then((dbs) => {
          if (!dbs.some((d) => d.name == 'kikubari')) return resolve(null);
          const req = indexedDB.open('kikubari');
          // Deleted between the listing and this open (consent withdrawn a moment ago): opening
          // must not create it again, empty — the poll would then never see it gone.
          req.onupgradeneeded = () => req.transaction!.abort();
          req.onerror = () => resolve(null);
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('context')) return db.close(), resolve(null);
            const out: Record<string, unknown> = {};
            const tx = db.transaction('context');
            const cursor = tx.objectStore('context').openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c) return;
              out[String(c.key)] = c.value;
              c.continue();
            };
            tx.oncomplete = () => (db.close(), resolve(out));
          };
        });
      }),
  );
const orderIds = async (page: Page) => Object.keys((await stored(page)) || {}).filter((k) => k.startsWith('o:')).sort();

test.describe('context store', () => {
  test('an order recorded right before a navigation is never lost (50 times in a row)', async ({ page }) => {
    test.setTimeout(120_000);
    await page.route('**/confirm*', (r) => r.fulfill({ contentType: 'text/html', body: hostPage({ title: 'Thank you' }) }));
    for (let n = 0; n < 50; n++) {
      await page.goto('/confirm?n=' + n);
      await loaded(page);
      // Record, then leave in the same task: nothing gets a chance to settle in between.
      await page.evaluate((n) => {
        (window as any).kikubari('purchase', { orderId: 'N-' + n, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
        location.href = '/confirm?n=' + (n + 1);
      }, n);
      await page.waitForURL('**/confirm?n=' + (n + 1));
    }
    await ready(page);
    await expect.poll(async () => (await inspect(page)).purchases.length).toBe(50);
    expect(await orderIds(page)).toHaveLength(50);
  });

  test('a purchase in one tab reaches the engine in another open tab within a second, without a reload', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openPage(a, '/shop/a', hostPage());
    await openPage(b, KB, hostPage());
    await loaded(a);
    await loaded(b);
    expect((await inspect(b)).purchases).toEqual([]);
    expect((await inspect(b)).engine).toBe('off');
    await a.evaluate((o) => (window as any).kikubari('purchase', o), ORDER);
    const t0 = Date.now();
    await expect.poll(async () => (await inspect(b)).purchases.map((o: any) => o.orderId), { timeout: 1000, intervals: [50] }).toEqual(['A-1001']);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test('context survives a reload; forget() erases the database in every tab', async ({ context }) => {
    const a = await context.newPage();
    await openPage(a, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)}); kikubari('identify', { id: 'cust-42' });` }));
    await ready(a);
    await a.reload();
    await ready(a);
    expect((await inspect(a)).purchases).toHaveLength(1);
    const b = await context.newPage();
    await openPage(b, '/shop/b', hostPage());
    await ready(b); // a recent buyer: the pipeline runs on every page
    expect((await inspect(b)).purchases).toHaveLength(1);

    await a.evaluate(() => (window as any).kikubari('forget'));
    const databases = () => a.evaluate(() => indexedDB.databases().then((d) => d.map((x) => x.name)));
    expect(await databases()).not.toContain('kikubari');
    await expect.poll(async () => (await inspect(b)).purchases).toEqual([]);
    expect(await a.evaluate(() => localStorage.getItem('kikubari:outbox'))).toBeNull();
    // Forgotten stays forgotten for the rest of these pages: new page views and events in either
    // tab do not bring the database (or a new visitor id) back.
    for (const tab of [a, b]) {
      await tab.evaluate(() => {
        history.pushState({}, '', '/hc/en/articles/2002-another');
        (window as any).kikubari('track', 'kb_search');
      });
      await expect.poll(async () => (await inspect(tab)).session.pageViews).toBeGreaterThan(0);
    }
    await a.waitForTimeout(300); // let any write that would wrongly happen land (real IndexedDB time)
    expect(await databases()).not.toContain('kikubari');
  });

  test('Global Privacy Control means nothing is persisted and purchases are not used, unless the site opts out', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    const now = await inspect(page);
    expect([now.consent, now.storage, now.purchases]).toEqual(['denied', 'memory', []]);
    expect(await stored(page)).toBeNull();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await openPage(page, '/shop/c', hostPage({ before: `kikubari('init', { respectGlobalPrivacyControl: false }); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    expect((await inspect(page)).consent).toBe('granted');
    await expect.poll(() => orderIds(page)).toEqual(['o:A-1001']);
  });

  test('pending consent keeps everything in memory; granting later persists what this page did', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: `kikubari('init', { consent: 'pending' }); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    expect(await stored(page)).toBeNull();
    expect((await inspect(page)).purchases).toEqual([]); // not used for decisions either
    await page.evaluate(() => (window as any).kikubari('setConsent', 'granted'));
    await expect.poll(() => orderIds(page)).toEqual(['o:A-1001']);
    // The format version and the lists (purchases, pages) go in one write, the session and the visitor each in an
    // update of their own just after: wait for them, rather than read between the writes.
    const kinds = async () => Object.keys((await stored(page)) || {}).map((k) => k.split(':')[0]);
    await expect.poll(kinds).toEqual(expect.arrayContaining(['o', 'g', 's', 'u', 'v']));
    expect((await inspect(page)).purchases).toHaveLength(1);
    // Withdrawing consent erases what was stored.
    await page.evaluate(() => (window as any).kikubari('setConsent', 'denied'));
    await expect.poll(() => stored(page)).toBeNull();
  });

  test('orders bought before consent are kept when consent is granted right before a navigation (20 times)', async ({ page }) => {
    test.setTimeout(60_000);
    await page.route('**/consent*', (r) => r.fulfill({ contentType: 'text/html', body: hostPage({ title: 'Thank you', before: `kikubari('init', { consent: 'pending' });` }) }));
    for (let n = 0; n < 20; n++) {
      await page.goto('/consent?n=' + n);
      await loaded(page);
      // The order arrives while consent is pending; the banner's "Accept" and a link followed in one task.
      await page.evaluate((n) => {
        (window as any).kikubari('purchase', { orderId: 'C-' + n, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
        (window as any).kikubari('setConsent', 'granted');
        location.href = '/consent?n=' + (n + 1);
      }, n);
      await page.waitForURL('**/consent?n=' + (n + 1));
    }
    await page.evaluate(() => (window as any).kikubari('setConsent', 'granted'));
    await ready(page);
    await expect.poll(async () => (await orderIds(page)).length).toBe(20);
  });

  test('a malformed purchase is rejected with the field named, and nothing stored changes', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await expect.poll(() => orderIds(page)).toEqual(['o:A-1001']);
    const before = await stored(page);
    const error = await page.evaluate(() =>
      (window as any).kikubari('purchase', { orderId: 'B-1', items: [{ sku: 'X', name: 'X' }, { sku: 'Y' }] }).then(
        () => 'resolved',
        (e: Error) => e.message,
      ),
    );
    expect(error).toBe('kikubari: order.items[1].name must be given');
    const after = await stored(page);
    expect(Object.keys(after!).filter((k) => k.startsWith('o:'))).toEqual(Object.keys(before!).filter((k) => k.startsWith('o:')));
    await expectNoHostErrors(page);
  });

  test('records past the retention window are gone after the next start, and an order already that old is not kept', async ({ page }) => {
    await installClock(page);
    const old = { ...ORDER, orderId: 'OLD-1', purchasedAt: Date.parse('2026-11-19T10:00:00') - 80 * DAY };
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(old)}); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await expect.poll(() => orderIds(page)).toEqual(['o:A-1001', 'o:OLD-1']);
    await page.clock.fastForward(20 * DAY);
    await openPage(page, '/shop/later', hostPage());
    await ready(page);
    expect((await inspect(page)).purchases.map((o: any) => o.orderId)).toEqual(['A-1001']);
    expect(await orderIds(page)).toEqual(['o:A-1001']);
    await page.evaluate((o) => (window as any).kikubari('purchase', o), old);
    expect(await orderIds(page)).toEqual(['o:A-1001']);
  });

  test('a corrupt or foreign stored record is dropped with one warning, never trusted', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() == 'warning' && m.text().startsWith('kikubari:') && warnings.push(m.text()));
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await expect.poll(() => orderIds(page)).toEqual(['o:A-1001']);
    await page.evaluate(
      () =>
        new Promise((r) => {
          const req = indexedDB.open('kikubari');
          req.onsuccess = () => {
            const tx = req.result.transaction('context', 'readwrite');
            tx.objectStore('context').put({ orderId: 'EVIL', items: '<img src=x onerror=alert(1)>' }, 'o:EVIL');
            tx.objectStore('context').put('garbage', 'zz:foreign');
            tx.oncomplete = () => (req.result.close(), r(0));
          };
        }),
    );
    await page.reload();
    await ready(page);
    expect((await inspect(page)).purchases.map((o: any) => o.orderId)).toEqual(['A-1001']);
    expect(await orderIds(page)).toEqual(['o:A-1001']);
    expect(warnings).toEqual([expect.stringContaining('dropped 2 unreadable stored record(s)')]);
  });
});

test.describe('context store faults: memory fallback, one warning, the page unharmed', () => {
  const faults: Record<string, string> = {
    'IndexedDB removed from window': `delete window.indexedDB; Object.defineProperty(window, 'indexedDB', { value: undefined });`,
    'indexedDB.open throws (private mode)': `IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };`,
    'a write over quota': `IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };`,
  };
  for (const [name, script] of Object.entries(faults))
    test(name, async ({ page }) => {
      const warnings: string[] = [];
      page.on('console', (m) => m.type() == 'warning' && m.text().startsWith('kikubari:') && warnings.push(m.text()));
      await page.addInitScript(script);
      await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
      await ready(page);
      await expect.poll(async () => (await inspect(page)).storage).toBe('memory');
      const now = await inspect(page);
      expect(now.purchases.map((o: any) => o.orderId)).toEqual(['A-1001']); // still usable on this page
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('IndexedDB is unavailable');
      await expectNoHostErrors(page);
    });

  test('an open blocked by another tab’s pending upgrade', async ({ page }) => {
    await installClock(page);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() == 'warning' && m.text().startsWith('kikubari:') && warnings.push(m.text()));
    // Another tab holds version 1 open and ignores versionchange; a third asks for version 2.
    await page.addInitScript(() => {
      const first = indexedDB.open('kikubari', 1);
      first.onupgradeneeded = () => first.result.createObjectStore('context');
      first.onsuccess = () => {
        first.result.onversionchange = null;
        indexedDB.open('kikubari', 2);
      };
    });
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await page.waitForFunction(() => (window as any).kikubari('inspect')?.engine == 'on');
    await page.clock.runFor(3_500);
    await ready(page);
    const now = await inspect(page);
    expect(now.storage).toBe('memory');
    expect(now.purchases).toHaveLength(1);
    expect(warnings).toEqual([expect.stringContaining('opening IndexedDB is blocked')]);
    await expectNoHostErrors(page);
  });
});

test.describe('consent and retention where kikubari has nothing to do on the page', () => {
  const stored40daysAgo = { ...ORDER, orderId: 'OLD-40', purchasedAt: Date.parse('2026-11-19T10:00:00') - 40 * 864e5 };

  test('withdrawing consent erases what was stored, even where the pipeline does not run', async ({ page }) => {
    await installClock(page);
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(stored40daysAgo)});` }));
    await ready(page);
    await expect.poll(() => orderIds(page)).toEqual(['o:OLD-40']);
    // 40 days ago is outside the built-in offer's 30 days: the next page leaves the pipeline off.
    await openPage(page, '/hc/en/2', hostPage());
    await loaded(page);
    expect((await inspect(page)).engine).toBe('off');
    await page.evaluate(() => (window as any).kikubari('setConsent', 'denied'));
    await expect.poll(() => stored(page)).toBeNull();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kikubari')))).toEqual([]);
  });

  test('a page that starts with consent denied erases what an earlier page stored', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await expect.poll(() => orderIds(page)).toEqual(['o:A-1001']);
    await openPage(page, '/hc/en/2', hostPage({ before: `kikubari('init', { consent: 'denied' });` }));
    await loaded(page);
    await expect.poll(() => stored(page)).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('kikubari:bought'))).toBeNull();
  });

  test('a page that starts with consent pending keeps what earlier pages stored, and still shows the site’s offers', async ({ page }) => {
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await ready(page);
    await expect.poll(() => orderIds(page)).toEqual(['o:A-1001']);
    await openPage(page, '/hc/en/2', hostPage({ before: `kikubari('init', { consent: 'pending', offers: [{ id: 'hi', when: {}, message: 'Hi' }] });` }));
    await ready(page);
    expect((await inspect(page)).purchases).toEqual([]); // not used until granted
    expect(await orderIds(page)).toEqual(['o:A-1001']);
  });

  test('records past retention are purged for a visitor the gate otherwise turns away', async ({ page }) => {
    await installClock(page);
    await openPage(page, KB, hostPage({ before: `kikubari('purchase', ${JSON.stringify(stored40daysAgo)});` }));
    await ready(page);
    await expect.poll(() => orderIds(page)).toEqual(['o:OLD-40']);
    await page.clock.fastForward(55 * 864e5); // now 95 days old: past the 90-day retention
    await openPage(page, '/hc/en/3', hostPage());
    await loaded(page);
    await expect.poll(() => orderIds(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('kikubari:bought'))).toBeNull();
  });
});
