// The core journeys, written once against the engine-neutral driver (drivers.mjs) and run in
// Firefox, WebKit and Chromium by run.mjs. Each is the same visitor story as its Chromium test in
// test/e2e (named beside it); time moves with the page's fake clock (clock.js), never by sleeping.
import assert from 'node:assert/strict';
import { ARTICLES, hostPage, KB, ORDER } from './pages.mjs';

// ── what a visitor sees, read in the page (each function is sent to the page as it is) ─────────
/** Centre of the first visible element in kikubari's shadow root matching [selector, text]. */
const BOX = ([sel, text]) => {
  const host = document.querySelector('[data-kikubari]');
  const root = host && host.shadowRoot;
  // The newest match (the log keeps earlier answers above), scrolled into view as a visitor would.
  const el = root && [...root.querySelectorAll(sel)].reverse().find((e) => !text || e.textContent.includes(text));
  if (el) el.scrollIntoView({ block: 'nearest' });
  const b = el && el.getBoundingClientRect();
  // Visible and inside the viewport (not on its way in: the entrance animations move it).
  const x = b && b.x + b.width / 2;
  const y = b && b.y + b.height / 2;
  return b && b.width && b.height && x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight ? { x: b.x + b.width / 2, y: b.y + b.height / 2, text: el.textContent.trim() } : null;
};
const COUNT = (sel) => {
  const host = document.querySelector('[data-kikubari]');
  return host && host.shadowRoot ? host.shadowRoot.querySelectorAll(sel).length : 0;
};
/** Focus as the visitor sees it: the element inside our shadow root, or on the page. */
const FOCUSED = () => {
  const host = document.querySelector('[data-kikubari]');
  const el = (host && host.shadowRoot && host.shadowRoot.activeElement) || document.activeElement;
  return el ? (el.getAttribute('part') || el.tagName.toLowerCase()) + ':' + (el.textContent || el.placeholder || '').trim() : '';
};
/** FOCUSED() == want (each function goes to the page alone, so it cannot call FOCUSED). */
const FOCUSED_IS = (want) => {
  const host = document.querySelector('[data-kikubari]');
  const el = (host && host.shadowRoot && host.shadowRoot.activeElement) || document.activeElement;
  return el && (el.getAttribute('part') || el.tagName.toLowerCase()) + ':' + (el.textContent || el.placeholder || '').trim() == want;
};
const INSPECT = () => window.kikubari('inspect');
const READY = () => {
  try {
    const now = window.kikubari('inspect');
    return now && now.engine == 'on' && now.session.pageViews >= 1;
  } catch {
    return false;
  }
};
const LOADED = () => {
  try {
    return !!window.kikubari('inspect');
  } catch {
    return false;
  }
};
/** Everything in kikubari's IndexedDB (null: no database), read straight from the browser. */
const STORED = () =>
  indexedDB.databases().then((dbs) =>
    !dbs.some((d) => d.name == 'kikubari')
      ? null
      : new Promise((resolve) => {
          const req = indexedDB.open('kikubari');
          // Deleted since the listing: do not create it again, empty (see test/e2e/store.spec.ts).
          req.onupgradeneeded = () => req.transaction.abort();
          req.onerror = () => resolve(null);
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('context')) return db.close(), resolve(null);
            const out = {};
            const tx = db.transaction('context');
            const cursor = tx.objectStore('context').openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (c) (out[String(c.key)] = c.value), c.continue();
            };
            tx.oncomplete = () => (db.close(), resolve(out));
          };
        }),
  );

/** The journey's view of one tab: the driver plus what these journeys ask of a page. */
export function visitor(tab, site = {}) {
  const v = {
    ...tab,
    inspect: () => tab.run(INSPECT),
    ready: () => tab.until(READY, undefined, { what: 'the pipeline to run' }),
    loaded: () => tab.until(LOADED, undefined, { what: 'kikubari.js to load' }),
    runFor: (ms) => tab.run((ms) => window.__clock.runFor(ms), ms),
    box: (sel, text) => tab.until(BOX, [sel, text], { what: `${sel} ${text || ''}`.trim() }),
    count: (sel) => tab.run(COUNT, sel),
    focused: () => tab.run(FOCUSED),
    async press(key, times = 1) {
      for (let i = 0; i < times; i++) await tab.press(key);
    },
    /**
     * Enter on the focused button. Firefox driven over BiDi delivers the key events but not the
     * browser's own default action (the button's click; a known automation gap, not what a
     * visitor's Enter does): there, run.mjs found `enterClicks` false and the click is dispatched.
     */
    async activate() {
      await tab.press('Enter');
      if (site.enterClicks === false) await tab.run(() => (document.querySelector('[data-kikubari]')?.shadowRoot?.activeElement || document.activeElement).click());
    },
    /** Press `key` until focus is on `want` (a prefix), at most `max` times. */
    async pressTo(key, want, max = 10) {
      for (let i = 0; i < max && !(await v.focused()).startsWith(want); i++) await tab.press(key);
      assert.match(await v.focused(), new RegExp('^' + want.replace(/[()?.]/g, '\\$&')));
    },
    /** Click the middle of an element once it has come to rest (two reads 50 ms apart agree). */
    async clickOn(sel, text) {
      let a = await v.box(sel, text);
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const b = await v.box(sel, text);
        if (b.x == a.x && b.y == a.y) break;
        a = b;
      }
      await tab.click(a.x, a.y);
    },
    /** Poll `check` (run here, in Node) until it is true. */
    async eventually(check, what, timeout = 5000) {
      const end = Date.now() + timeout;
      while (!(await check())) {
        if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    orderIds: async () => Object.keys((await tab.run(STORED)) || {}).filter((k) => k.startsWith('o:')).sort(),
    stored: () => tab.run(STORED),
    async noHostErrors() {
      assert.deepEqual(await tab.run(() => window.__errors), []);
    },
    /** Read for `seconds`, moving the mouse a little every few seconds (engaged), then stop. */
    async read(seconds) {
      for (let t = 0; t < seconds; t += 4) {
        await tab.move(200 + (t % 40), 300 + (t % 7));
        await v.runFor(Math.min(4, seconds - t) * 1000);
      }
    },
  };
  return v;
}

const HANDOFF_EVENTS = ['offer:shown', 'offer:accepted', 'offer:dismissed', 'article:opened', 'article:voted', 'handoff', 'chat:opened', 'chat:closed'];
/** The help center of test/e2e/widget.spec.ts, with a callback hand-off that keeps the card. */
const helpCenter = (o = {}) =>
  hostPage({
    title: 'Help Center',
    h1: 'How can we help?',
    body: '<p>Browse our guides.</p><a href="#top">Top</a>' + (o.body || ''),
    before: `window.cards = []; window.events = [];
      kikubari('init', { articles: '${ARTICLES}', handoff: { type: 'callback', onHandoff: function (card) { window.cards.push(card) } } });
      kikubari('purchase', ${JSON.stringify({ ...ORDER, purchasedAt: Date.parse('2026-11-17T10:00:00') })});
      ${JSON.stringify(HANDOFF_EVENTS)}.forEach(function (e) { kikubari('on', e, function () { window.events.push(e) }) });`,
  });

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
const CSP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to descale your Aero Kettle</title>
<script src="/test/engines/clock.js"></script><script src="/test/engines/page-errors.js"></script><script src="/test/e2e/fixtures/csp-page.js"></script><script async src="/dist/kikubari.js"></script></head>
<body><main><h1>How to descale your Aero Kettle</h1><p>Fill the kettle with citric acid solution.</p></main></body></html>`;

/**
 * The journeys: `{ name, run(site) }`, where `site.open(path, html, headers)` serves a page and
 * opens it in the engine's tab (returning a `visitor`), `site.engine` names the engine, and
 * `site.note(text)` records what an engine does differently (printed with the result).
 */
export const JOURNEYS = [
  {
    // test/e2e/script-tag.spec.ts "calls queued before the script loaded are applied in order…"
    name: 'the script tag: calls queued before it loaded are applied in order, with init first',
    async run(site) {
      const before = `
        kikubari('track', 'first');
        kikubari('setConsent', 'pending');
        kikubari('purchase', ${JSON.stringify(ORDER)});
        kikubari('purchase', ${JSON.stringify({ ...ORDER, items: [{ sku: 'XX-9', name: 'Not the first' }] })});
        kikubari('setConsent', 'granted');
        kikubari('init', { articles: '${ARTICLES}' });
        kikubari('track', 'second');`;
      const p = await site.open(KB, hostPage({ title: 'How to descale your Aero Kettle', before }));
      await p.ready();
      await p.until(() => window.kikubari('inspect').storage == 'indexeddb', undefined, { what: 'storage: indexeddb' });
      const now = await p.inspect();
      assert.equal(now.consent, 'granted');
      assert.deepEqual(now.purchases.map((o) => o.items[0].sku), ['AK-1']);
      assert.deepEqual([now.session.events.first, now.session.events.second], [1, 1]);
      await p.noHostErrors();
    },
  },
  {
    // test/e2e/store.spec.ts "an order recorded right before a navigation is never lost"
    name: 'an order recorded right before a navigation is never lost (10 times in a row)',
    async run(site) {
      const N = 10;
      const confirm = hostPage({ title: 'Thank you', clock: false });
      for (let n = 0; n <= N; n++) site.serve('/confirm-' + n, confirm);
      const p = await site.open('/confirm-0', confirm);
      for (let n = 0; n < N; n++) {
        await p.loaded();
        // Record, then leave in the same task: nothing gets a chance to settle in between.
        await p.run((n) => {
          window.kikubari('purchase', { orderId: 'N-' + n, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
          location.href = '/confirm-' + (n + 1);
        }, n);
        await p.until((path) => location.pathname == path && document.readyState == 'complete', '/confirm-' + (n + 1), { what: 'the next page' });
      }
      await p.ready();
      await p.until((n) => window.kikubari('inspect').purchases.length == n, N, { what: `${N} purchases` });
      assert.equal((await p.orderIds()).length, N);
      await p.noHostErrors();
    },
  },
  {
    // test/e2e/script-tag.spec.ts "no offer while the visitor reads; the offer once they have read and then gone idle"
    name: 'no offer while the visitor reads; the offer once they have read and then gone idle',
    async run(site) {
      const before = `kikubari('init', { articles: '${ARTICLES}' }); kikubari('purchase', ${JSON.stringify(ORDER)});`;
      const p = await site.open(KB, hostPage({ title: 'How to descale your Aero Kettle', before }));
      await p.ready();
      await p.read(30); // engaged the whole time: no offer
      await p.move(20, 20); // the last input: idle counts from here
      assert.equal(await p.count('[part="offer"]'), 0);
      await p.runFor(10_000); // idle 10 s: still none
      assert.equal(await p.count('[part="offer"]'), 0);
      await p.runFor(10_000); // idle 20 s
      const message = await p.box('[part="offer"] [part="message"]');
      assert.equal(message.text, 'Questions about your recent purchase of Aero Kettle?');
      const now = await p.inspect();
      assert.equal(now.page.type, 'kb');
      assert.ok(now.page.idleMs >= 15_000 && now.page.engagedMs >= 20_000, JSON.stringify(now.page));
      await p.clickOn('[part="offer-accept"]');
      await p.clickOn('[part="quick-reply"]', 'Setting it up');
      await p.box('[part="article"] b', 'Setting up your Aero Kettle for the first time');
      await p.noHostErrors();
    },
  },
  {
    // test/e2e/widget.spec.ts "closing the panel returns focus to the page's own button that opened it"
    // and "Tab stays inside the open panel"
    name: 'by keyboard: the page’s button opens the panel, Tab stays inside, Escape returns focus to that button',
    async run(site) {
      const p = await site.open('/hc/en', helpCenter({ body: '<button id="contact">Contact us</button>' }));
      await p.ready();
      await p.run(() => {
        const b = document.getElementById('contact');
        b.onclick = () => window.kikubari('open');
        b.focus();
      });
      await p.activate();
      await p.box('[part="panel"]');
      await p.box('[part="panel"] [part="article"]');
      assert.doesNotMatch(await p.focused(), /^button:Contact us/);
      for (let i = 0; i < 8; i++) {
        await p.press('Tab');
        assert.doesNotMatch(await p.focused(), /^(body:|a:|button:Contact us)/);
      }
      await p.press('Escape');
      await p.until(() => !document.querySelector('[data-kikubari]').shadowRoot.querySelector('[part="panel"]'), undefined, { what: 'the panel to close' });
      assert.equal(await p.focused(), 'button:Contact us');
      await p.noHostErrors();
    },
  },
  {
    // test/e2e/widget.spec.ts "the whole journey works by keyboard alone, and the card reaches the hand-off callback"
    name: 'offer → articles → "No" → a person, by keyboard alone; the card reaches the hand-off; focus returns to the launcher',
    async run(site) {
      const p = await site.open('/hc/en', helpCenter());
      await p.ready();
      await p.runFor(40_000);
      const message = await p.box('[part="offer"] [part="message"]');
      assert.equal(message.text, 'Questions about your recent purchase?');
      assert.match(await p.focused(), /^body:/); // the offer does not take focus
      await p.pressTo('Tab', 'offer-accept:Yes, help me', 8);
      await p.activate();
      await p.box('[part="panel"] [part="article"]');
      await p.until(FOCUSED_IS, 'quick-reply:Setting it up', { what: 'focus on the first kind of help' });
      await p.press('Tab');
      assert.equal(await p.focused(), "quick-reply:It's not working");
      await p.activate();
      await p.until((n) => document.querySelector('[data-kikubari]').shadowRoot.querySelectorAll('.arts').length == n, 2, { what: 'the second list of articles' });
      await p.pressTo('Shift+Tab', 'article:Aero Kettle lid will not close');
      await p.activate();
      await p.box('.reader h3', 'Aero Kettle lid will not close');
      await p.pressTo('Tab', 'solved-no:No');
      await p.activate();
      await p.box('[part~="handoff"]');
      await p.until(FOCUSED_IS, 'quick-reply handoff:Talk to a person', { what: 'focus on "Talk to a person"' });
      await p.activate();
      // The card is shown before it goes (issue 13): its heading takes focus; Send is after the text.
      await p.until(FOCUSED_IS, 'h3:Talk to a person', { what: 'focus on the hand-off step' });
      assert.match(await p.run(() => document.querySelector('[data-kikubari]').shadowRoot.querySelector('[part="card"]').value), /Read: Aero Kettle lid will not close/);
      await p.pressTo('Tab', 'button:Send', 4);
      await p.activate();
      await p.box('[part="panel"]', "We've passed your question and what you've tried to our team.");
      const [card] = await p.run(() => window.cards);
      assert.deepEqual(card.purchases.map((o) => o.orderId), ['A-1001']);
      // Every article shown is on the card (issue 13); the one read and voted on says so.
      assert.deepEqual(card.articles.filter((a) => a.helpful !== undefined).map((a) => [a.id, a.helpful]), [['1002', false]]);
      assert.ok(card.articles.length > 1 && card.articles.every((a) => a.shown || a.opened));
      assert.equal(card.offers[0].outcome, 'accepted');
      assert.match(card.text, /Read: Aero Kettle lid will not close \(not helpful\)/);
      assert.deepEqual(await p.run(() => window.events), ['offer:shown', 'offer:accepted', 'chat:opened', 'article:opened', 'article:voted', 'handoff']);
      await p.press('Escape');
      await p.until(() => !document.querySelector('[data-kikubari]').shadowRoot.querySelector('[part="panel"]'), undefined, { what: 'the panel to close' });
      assert.equal(await p.focused(), 'launcher:');
      await p.noHostErrors();
    },
  },
  {
    // test/e2e/store.spec.ts "pending consent keeps everything in memory…" and "forget() erases the database"
    name: 'consent: pending keeps everything in memory, granting persists it, forget() erases it all',
    async run(site) {
      const p = await site.open(KB, hostPage({ before: `kikubari('init', { consent: 'pending' }); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
      await p.ready();
      assert.equal(await p.stored(), null);
      assert.deepEqual((await p.inspect()).purchases, []);
      await p.run(() => window.kikubari('setConsent', 'granted'));
      await p.until(() => window.kikubari('inspect').purchases.length == 1, undefined, { what: 'the purchase, once granted' });
      await p.eventually(async () => (await p.orderIds()).join() == 'o:A-1001', 'the order stored');
      await p.until(() => localStorage.getItem('kikubari:bought') !== null, undefined, { what: 'the recent-purchase hint' });
      await p.run(() => window.kikubari('forget'));
      assert.equal(await p.stored(), null);
      assert.deepEqual((await p.inspect()).purchases, []);
      assert.deepEqual(await p.run(() => Object.keys(localStorage).filter((k) => k.startsWith('kikubari'))), []);
      await p.noHostErrors();
    },
  },
  {
    // test/e2e/csp.spec.ts
    name: 'under a strict CSP (and Trusted Types where the engine has them) the widget works with no violation',
    async run(site) {
      const p = await site.open('/hc/en/articles/1001-descale-aero-kettle', CSP_PAGE, { 'Content-Security-Policy': STRICT_CSP });
      await p.ready();
      await p.runFor(40_000);
      await p.clickOn('[part="offer-accept"]');
      await p.clickOn('[part="quick-reply"]');
      await p.clickOn('[part="article"]');
      await p.box('.reader h3');
      assert.equal((await p.inspect()).storage, 'indexeddb');
      assert.equal(await p.run(() => getComputedStyle(document.querySelector('[data-kikubari]').shadowRoot.querySelector('[part="panel"]')).position), 'fixed');
      assert.deepEqual(await p.run(() => window.__violations), []);
      // The policy really is in force: with Trusted Types a string-to-HTML sink is refused; without
      // them, inline script is.
      const tt = await p.run(() => typeof window.trustedTypes == 'object');
      if (tt) {
        assert.equal(await p.run(() => { try { document.body.innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'blocked'; } }), 'blocked');
        await p.until(() => window.__violations.some((v) => v.startsWith('require-trusted-types-for')), undefined, { what: 'a Trusted Types violation' });
      } else {
        site.note('no Trusted Types in this engine: the CSP part only');
        await p.run(() => {
          const s = document.createElement('script');
          s.textContent = 'window.__ran = 1';
          document.head.append(s);
        });
        await p.until(() => window.__violations.some((v) => v.startsWith('script-src')), undefined, { what: 'a script-src violation' });
      }
      assert.equal(await p.run(() => window.__ran || 0), 0);
      await p.noHostErrors();
    },
  },
  {
    // test/e2e/store.spec.ts "context store faults: memory fallback, one warning, the page unharmed"
    name: 'IndexedDB refused (private mode) or removed: memory fallback, one warning, the page unharmed',
    async run(site) {
      const faults = {
        open: `IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };`,
        removed: `delete window.indexedDB; Object.defineProperty(window, 'indexedDB', { value: undefined });`,
      };
      for (const [name, fault] of Object.entries(faults)) {
        const p = await site.open(KB + '-' + name, hostPage({ fault, before: `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
        await p.ready();
        await p.until(() => window.kikubari('inspect').storage == 'memory', undefined, { what: `${name}: storage: memory` });
        assert.deepEqual((await p.inspect()).purchases.map((o) => o.orderId), ['A-1001']);
        const warnings = await p.run(() => window.__warnings);
        assert.equal(warnings.length, 1, `${name}: ${JSON.stringify(warnings)}`);
        assert.match(warnings[0], /IndexedDB is unavailable/);
        await p.noHostErrors();
      }
    },
  },
  {
    // test/e2e/hostile.spec.ts "Object.prototype with an enumerable getter that throws"
    name: 'a page with an enumerable getter on Object.prototype that throws: open() shows the panel with its articles',
    async run(site) {
      // It throws only when kikubari's own files read it (the drivers walk objects too), and it has
      // a setter that does nothing: WebKit's WebDriver copies each result key by key in strict code.
      const fault = `Object.defineProperty(Object.prototype, 'trap', { enumerable: true, configurable: true, get: function () { if (/\\/dist\\//.test(new Error().stack)) throw new Error('trap read'); }, set: function () {} });`;
      const p = await site.open(KB, hostPage({ fault, before: `kikubari('init', { articles: '${ARTICLES}' }); kikubari('purchase', ${JSON.stringify(ORDER)});` }));
      await p.ready();
      assert.equal(await p.run(() => window.kikubari('open').then(() => 'opened', (e) => 'rejected: ' + e.message)), 'opened');
      await p.box('[part="panel"] [part="article"]');
      assert.deepEqual(await p.run(() => window.__warnings), []);
      await p.noHostErrors();
    },
  },
];


/**
 * The engine's own private storage: Firefox's private browsing (its own session, launched by
 * run.mjs; Firefox sends Global Privacy Control there) and WebKit's automation session (whose data
 * does not outlive it). With the site's opt-out from GPC, the purchase is kept across a
 * navigation, from IndexedDB (or from memory with one warning).
 */
export const PRIVATE_JOURNEY = {
  name: 'in the engine’s private mode: Global Privacy Control honoured; with the site’s opt-out a purchase is kept across a navigation',
  async run(site) {
    const gpc = hostPage({ before: `kikubari('purchase', ${JSON.stringify(ORDER)});` });
    const p = await site.open(KB, gpc);
    await p.ready();
    if (await p.run(() => navigator.globalPrivacyControl === true)) {
      // Firefox sends GPC in private windows: nothing is stored and the purchase is not used.
      site.note('Global Privacy Control is on: consent denied, nothing stored');
      const now = await p.inspect();
      assert.deepEqual([now.consent, now.storage, now.purchases], ['denied', 'memory', []]);
      assert.equal(await p.stored(), null);
      await p.noHostErrors();
    }
    const optOut = `kikubari('init', { respectGlobalPrivacyControl: false });`;
    const q = await site.open(KB + '-opt-out', hostPage({ before: optOut + `kikubari('purchase', ${JSON.stringify(ORDER)});` }));
    await q.ready();
    await q.until(() => window.kikubari('inspect').purchases.length == 1, undefined, { what: 'the purchase' });
    const storage = (await q.inspect()).storage;
    site.note(`storage in private mode: ${storage}`);
    await q.noHostErrors();
    const r = await site.open('/hc/en/articles/2002-next', hostPage({ before: optOut }));
    await r.ready();
    assert.deepEqual((await r.inspect()).purchases.map((o) => o.orderId), ['A-1001']);
    assert.equal((await r.run(() => window.__warnings)).length, storage == 'memory' ? 1 : 0);
    await r.noHostErrors();
  },
};
