/**
 * Fuzzing every way data from a stranger reaches kikubari (issue 14): the config, orders from
 * each source, article indexes and the visitor's typed question. Each property holds for every
 * generated case: a valid result, or a `kikubari:` error naming the field — never another
 * exception, never a hang (the test's timeout), never a link that is not http(s) or relative.
 *
 * Seeds are fixed, so a run is repeatable and a failure names its case; the case counts are
 * chosen to keep this file within a few seconds of the unit run and are printed at the end.
 */
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkInlineArticles } from '../../../src/config/checkInlineArticles';
import { checkLinks } from '../../../src/config/checkLinks';
import { validateConfig } from '../../../src/config/validateConfig';
import { checkOrder } from '../../../src/context/checkOrder';
import { createContext } from '../../../src/context/createContext';
import { ingest } from '../../../src/context/ingest';
import { createOutbox } from '../../../src/context/outbox';
import { watchDataLayer } from '../../../src/context/purchaseSources';
import { checkOffers } from '../../../src/engine/checkOffers';
import { CONDITIONS } from '../../../src/engine/conditions';
import { createKikubari } from '../../../src/entrypoints/npm';
import { KikubariConfigError, KikubariError } from '../../../src/lib/KikubariError';
import { createLogger } from '../../../src/lib/logger';
import { createArticleProvider } from '../../../src/search/articleSource';
import { createArticleSearch } from '../../../src/search/createArticleSearch';
import type { CoreToPipeline, PurchaseSource } from '../../../src/seams';
import type { Article } from '../../../src/types';
import { createArticleFinder } from '../../../src/widget/articleFinder';
import { createConversation, type ConversationState } from '../../../src/widget/conversation';
import { groundedAnswer } from '../../../src/widget/groundedAnswer';
import { translator } from '../../../src/widget/strings';

/** One seed for the whole file: a failure prints its path, and the same run reproduces it. */
const SEED = 20261202;
/** Cases per property, recorded for the closing note (printed after the run). */
const counts: Record<string, number> = {};
const check = <T>(name: string, numRuns: number, prop: fc.IProperty<T> | fc.IAsyncProperty<T>) => {
  counts[name] = numRuns;
  return fc.assert(prop as fc.IAsyncProperty<T>, { seed: SEED, numRuns });
};
afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  // eslint-disable-next-line no-console
  console.log('fuzz cases (seed ' + SEED + '):\n' + Object.entries(counts).map(([k, n]) => '  ' + String(n).padStart(5) + '  ' + k).join('\n') + '\n  ' + String(total).padStart(5) + '  in all');
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

// ── generators ─────────────────────────────────────────────────────────────────────────
const XSS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '{constructor}',
  '{__proto__}',
  '__proto__',
  'constructor',
  '😀'.repeat(60) + '\ud83d',
  'W'.repeat(3000),
  '',
  '   ',
];
const text = fc.oneof(fc.constantFrom(...XSS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const weird = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, -1, 0, 1e300, true, false, [], {}, () => 1, new Date(NaN), Symbol('s'), 10n),
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
);
const anyValue = fc.oneof(text, weird, fc.double(), fc.integer());
const url = fc.oneof(fc.constantFrom('/kb-index.json', 'https://help.example/a', 'http://x.example/?q={query}', 'mailto:help@x.example', 'a.html?b=c:d', '//evil.example/x'), text, fc.webUrl());

/** An object whose own keys may be `__proto__` or `constructor` (as `JSON.parse` makes them). */
const own = (entries: [string, unknown][]) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
};
const keyed = (keys: string[], value: fc.Arbitrary<unknown>) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor', 'toString'), fc.string({ maxLength: 12 })), value), { maxLength: 5 }).map(own);
/** Mostly the right key with a nearly-right value, sometimes anything at all. */
const shaped = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof({ weight: 4, arbitrary: fc.record(fields, { requiredKeys: [] }) }, { weight: 1, arbitrary: keyed(Object.keys(fields), anyValue) }, { weight: 1, arbitrary: weird });

const num = fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double(), weird);
const article = shaped({ id: fc.oneof(text, fc.integer()), title: text, url, body: fc.oneof(text, fc.lorem({ maxCount: 30 })), tags: fc.oneof(fc.array(text, { maxLength: 3 }), anyValue), products: fc.oneof(fc.array(text, { maxLength: 3 }), anyValue), locale: text });
const when = keyed(Object.keys(CONDITIONS), fc.oneof(num, text, fc.array(fc.oneof(num, text), { maxLength: 3 }), shaped({ type: text, url: text, min: num, max: num, open: fc.boolean(), days: fc.array(num), hours: fc.array(num), timeZone: text, name: text, count: num })));
const message = fc.oneof(text, keyed(['en', 'ja', 'ar'], text));
const offer = shaped({ id: text, when, message, topics: fc.array(text, { maxLength: 3 }), priority: num, cap: num, enabled: fc.boolean(), variants: fc.array(shaped({ id: text, message, weight: num }), { maxLength: 3 }) });
const config = shaped({
  articles: fc.oneof(url, fc.array(article, { maxLength: 3 }), shaped({ search: url }), fc.constant(async () => [])),
  offers: fc.oneof(fc.array(offer, { maxLength: 3 }), anyValue),
  defaultOffer: fc.oneof(fc.boolean(), weird),
  proactive: fc.boolean(),
  launcher: fc.boolean(),
  locale: text,
  consent: fc.oneof(fc.constantFrom('granted', 'pending', 'denied', 'grantd'), weird),
  retentionDays: num,
  engagedWindowSeconds: num,
  pageTypes: keyed(['kb', 'product', 'checkout', 'cart', 'other'], fc.oneof(fc.array(fc.oneof(text, fc.constantFrom('/hc/**', '**/*.html', '[', '**'))), anyValue)),
  searchSelector: fc.oneof(text, fc.constantFrom('form.search input', '#q', ':::', 'a[')),
  readDataLayer: fc.boolean(),
  pushDataLayer: fc.boolean(),
  beaconUrl: url,
  etiquette: keyed(['perSession', 'dismissDays', 'quietStartSeconds', 'typingQuietSeconds', 'dailyCap', 'neverOn'], fc.oneof(num, fc.array(text))),
  holdout: num,
  scoreWeights: keyed(['idleAfterReading', 'helpPages', 'backAndForth', 'searches', 'rageClicks', 'ownsPageProduct'], num),
  handoff: shaped({ type: fc.constantFrom('zendesk', 'intercom', 'crisp', 'url', 'callback', 'URL'), url, onHandoff: fc.oneof(fc.constant(() => {}), weird), fieldId: text }),
  responder: fc.oneof(fc.constant(async () => 'hi'), weird),
  theme: shaped({ preset: text, accent: text, radius: num, font: text, position: text, offsetX: num, offsetY: num, zIndex: num, density: text, launcherIcon: text, title: text, avatar: url, vars: keyed(['--kikubari-accent', '--x'], fc.oneof(text, num)) }),
  strings: keyed(['en', 'ja'], keyed(['launcher', 'offerAccept'], fc.oneof(text, num))),
  debug: fc.boolean(),
});

/** True when `e` is the error the promise allows: a `kikubari:` error that names the field it is about. */
const explains = (e: unknown, prefix: string) =>
  e instanceof KikubariError && e.message.startsWith('kikubari: ' + prefix) && !!(e as KikubariError).field && e.message.includes((e as KikubariError).field!);
/** JSON of a generated value (a BigInt becomes its digits, as a page's own encoder might). */
const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x == 'bigint' ? String(x) : x)) ?? '';
const scheme = /^([a-z][\w+.-]*):/i;
const safeLink = (u: string) => typeof u == 'string' && (!scheme.test(u.replace(/[\t\n\r]/g, '')) || /^https?:/i.test(u.replace(/[\t\n\r]/g, '').trim()));

// ── config ─────────────────────────────────────────────────────────────────────────────
describe('any config', () => {
  /** What createKikubari checks before it starts. */
  const full = (c: unknown) => {
    const cfg = validateConfig(c);
    cfg.offers = checkOffers(cfg.offers);
    checkInlineArticles(cfg);
    checkLinks(cfg);
    return cfg;
  };

  it('is valid (and its clean copy valid again, unchanged), or a kikubari: config error naming the field', () => {
    check('config: validateConfig + offers + links', 1500, fc.property(config, (c) => {
      let cfg;
      try {
        cfg = full(c);
      } catch (e) {
        if (!(e instanceof KikubariConfigError) || !explains(e, 'config')) throw e;
        return;
      }
      expect(full(cfg)).toEqual(cfg);
    }));
  }, 20000);

  it('createKikubari returns a working instance or throws a KikubariConfigError naming the field', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    check('config: createKikubari (instance made, then destroyed)', 150, fc.property(config, (c) => {
      let k;
      try {
        k = createKikubari(c as never);
      } catch (e) {
        if (!(e instanceof KikubariConfigError) || !explains(e, 'config')) throw e;
        return;
      }
      expect(typeof k.inspect().engine).toBe('string');
      k.destroy();
    }));
    document.querySelectorAll('[data-kikubari]').forEach((e) => e.remove());
  }, 20000);
});

// ── orders ─────────────────────────────────────────────────────────────────────────────
const when0 = Date.UTC(2026, 11, 2);
const date = fc.oneof(fc.integer({ min: 0, max: 5e12 }), fc.date({ noInvalidDate: false }).map((d) => (isNaN(+d) ? 'not a date' : d.toISOString())), fc.constantFrom(1764633600, '2026-12-01', '2099-01-01'), weird);
const item = shaped({ sku: text, name: text, category: text, price: num, quantity: num, extra: anyValue });
const order = shaped({ orderId: fc.oneof(text, fc.integer()), purchasedAt: date, currency: text, items: fc.oneof(fc.array(item, { maxLength: 4 }), anyValue) });
const gaItem = shaped({ item_id: fc.oneof(text, fc.integer()), id: text, item_name: text, name: text, item_category: text, price: num, quantity: num });
const ecommerce = shaped({ transaction_id: fc.oneof(text, fc.integer()), currency: text, value: num, items: fc.oneof(fc.array(gaItem, { maxLength: 4 }), anyValue) });
const block = fc.oneof(order.map((o) => json(o)), fc.array(order, { maxLength: 3 }).map((o) => json(o)), fc.string(), fc.constantFrom('{"__proto__":{"orderId":"P"},"items":[]}', '[', '{"orderId":"A","items":[{"sku":"S","name":"<b>x</b>"}]}'));
const payload: fc.Arbitrary<[PurchaseSource, unknown]> = fc.oneof(
  fc.tuple(fc.constant<PurchaseSource>('order'), fc.oneof(order, anyValue)),
  fc.tuple(fc.constant<PurchaseSource>('data-kikubari-purchase'), block),
  fc.tuple(fc.constant<PurchaseSource>('dataLayer purchase'), fc.oneof(ecommerce, anyValue)),
  fc.tuple(fc.constant<PurchaseSource>('identify.purchases'), fc.oneof(fc.array(order, { maxLength: 3 }), anyValue)),
);

describe('any order, from any source', () => {
  it('is accepted as orders that survive JSON and a second check unchanged, or refused with an error naming the field', () => {
    check('orders: ingest, every source', 2000, fc.property(payload, ([source, p]) => {
      let orders;
      try {
        orders = ingest(source, p, when0);
      } catch (e) {
        if (!explains(e, '')) throw e;
        return;
      }
      for (const o of orders) {
        const again = JSON.parse(JSON.stringify(o));
        expect(again).toEqual(o);
        expect(checkOrder(again, when0)).toEqual(o);
      }
    }));
  });

  it('a refused order leaves the stored purchases and the outbox as they were; an accepted one is stored as checked', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await check('orders: stored through the context, one after another (sequences of 1–6)', 150, fc.asyncProperty(fc.array(payload, { minLength: 1, maxLength: 6 }), async (list) => {
      localStorage.clear();
      const win = Object.create(window, { indexedDB: { value: undefined } }) as Window;
      const outbox = createOutbox(window, () => true);
      const ctx = createContext({ win, cfg: {}, locale: 'en', outbox, consent: () => 'granted', logger: createLogger() } as unknown as CoreToPipeline);
      await ctx.ready;
      for (const [source, p] of list) {
        const before = structuredClone(ctx.purchases());
        const id = outbox.stage(source, p);
        let expected;
        try {
          expected = ingest(source, p, when0);
        } catch {
          /* refused: checked below */
        }
        const done = await ctx.ingest(source, p, id, when0).then(() => true, (e) => (explains(e, '') ? false : Promise.reject(e)));
        expect(done, source + ' ' + fc.stringify(p)).toBe(!!expected);
        if (done) for (const o of expected!) expect(ctx.purchases().find((x) => x.orderId == o.orderId)).toBeDefined();
        else {
          expect(ctx.purchases()).toEqual(before);
          // Never retried by the next page. (An accepted one stays staged here: memory mode, the next page stores it.)
          expect(outbox.staged().some((e) => e[2] == id)).toBe(false);
        }
      }
      ctx.close();
    }));
  });

  it('anything pushed to dataLayer is pushed (same return value) and never throws into the page', () => {
    check('orders: dataLayer pushes', 500, fc.property(fc.array(fc.oneof(fc.record({ event: fc.constant('purchase'), ecommerce }), fc.tuple(fc.constant('event'), fc.constant('purchase'), ecommerce), anyValue), { maxLength: 5 }), (entries) => {
      const win = { dataLayer: [] as unknown[] } as unknown as Window & { dataLayer: unknown[] };
      const seen: unknown[] = [];
      const stop = watchDataLayer(win, (e: any) => {
        // What kikubari.ts does with each: ingest, its errors logged (here: must be kikubari errors).
        try {
          ingest('dataLayer purchase', e.event ? e.ecommerce : e[2], when0);
        } catch (x) {
          if (!explains(x, '')) throw x;
        }
        seen.push(e);
      });
      entries.forEach((e, i) => expect(win.dataLayer.push(e)).toBe(i + 1));
      expect(Array.from(win.dataLayer)).toEqual(entries);
      stop();
    }));
  });
});

// ── article indexes ────────────────────────────────────────────────────────────────────
const articles = fc.oneof(
  fc.array(article, { maxLength: 6 }),
  fc.array(fc.record({ id: fc.uuid(), title: fc.lorem({ maxCount: 4 }), url, body: fc.lorem({ maxCount: 40 }), tags: fc.array(fc.lorem({ maxCount: 1 }), { maxLength: 2 }) }), { minLength: 1, maxLength: 6 }),
);
const zendesk = fc.array(shaped({ id: fc.oneof(fc.integer(), text), title: text, name: text, html_url: url, body: fc.oneof(text, fc.constantFrom('<p>Fill <b>it</b></p><script>alert(1)</script>', '<img src=x onerror=alert(1)>')), label_names: fc.array(fc.oneof(text, fc.constant('product:AK-1'))), locale: text }), { maxLength: 4 });
const indexText = fc.oneof(
  articles.map((a) => json(a)),
  articles.map((a) => '[\n' + a.map((x) => json(x)).join(',\n') + '\n]'),
  zendesk.map((z) => json({ articles: z })),
  zendesk.map((z) => json({ results: z })),
  fc.string(),
  fc.constantFrom('[\n{', '[\n{"id":1}\n', '{"articles":"x"}', 'null', '[\n{"id":"a","title":"t","url":"javascript:alert(1)"}\n]'),
);

describe('any article index', () => {
  it('createArticleSearch builds (every link http(s) or relative) or throws a kikubari: error naming the article', () => {
    check('articles: createArticleSearch', 800, fc.property(articles, fc.string(), (list, q) => {
      let s;
      try {
        s = createArticleSearch(list as Article[]);
      } catch (e) {
        if (!explains(e, 'articles')) throw e;
        return;
      }
      for (const hit of s.search(q, { limit: 10 }).concat(s.search(String((list[0] as any)?.title ?? ''), { limit: 10 }))) expect(safeLink(hit.url)).toBe(true);
    }));
  });

  it('the index loader gives articles with safe links, or rejects with a kikubari: error, whatever the file holds', async () => {
    await check('articles: index file through the loader', 400, fc.asyncProperty(indexText, fc.string({ maxLength: 30 }), async (body, q) => {
      const provider = createArticleProvider('/kb-index.json', { fetch: async () => new Response(body) });
      let hits;
      try {
        hits = await provider.search(q || 'a');
      } catch (e) {
        if (!(e instanceof KikubariError) || !e.message.startsWith('kikubari: ')) throw e;
        return;
      }
      for (const h of hits) {
        expect(safeLink(h.url)).toBe(true);
        expect(typeof h.title).toBe('string');
      }
    }));
  });
});

// ── the typed question ─────────────────────────────────────────────────────────────────
const HELP: Article[] = [
  { id: '1', title: 'Descale the Aero Kettle', url: '/hc/1', body: 'Fill the kettle with water and citric acid. Boil it. Rinse twice!', products: ['AK-1'] },
  { id: '2', title: 'Returns and refunds', url: '/hc/2', body: 'You can return any product within 30 days. Start a return from your orders page.' },
  { id: '3', title: '返品と返金について', url: '/hc/3', body: 'お届けから30日以内であれば返品できます。注文履歴から手続きしてください。', locale: 'ja' },
];
const question = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 }), fc.lorem({ maxCount: 12 }), fc.constantFrom('how do I return it', '返品したい', '.'.repeat(5000), 'a. '.repeat(2000), '?!'.repeat(3000)));

describe('any typed question', () => {
  it('search and the grounded answer never throw; what they give is plain text from the articles', async () => {
    const finder = createArticleFinder(HELP, 'en');
    await check('question: search + grounded answer', 500, fc.asyncProperty(question, async (q) => {
      const hits = await finder.search(q, { owned: ['AK-1'], products: ['AK-1'], typed: true });
      const a = groundedAnswer(q, hits);
      if (a) {
        expect(typeof a.passage).toBe('string');
        expect(HELP.some((x) => x.body!.replace(/\s+/g, ' ').includes(a.passage.slice(0, 20)))).toBe(true);
      }
    }));
  });

  it('asked in the conversation, the answer is text messages, never a throw', async () => {
    const host = { locale: 'en', config: {}, purchases: () => [], page: () => ({ title: 'Help', heading: 'Help' }), context: async () => ({}), outcome: () => {}, warn: () => {} };
    await check('question: asked in the conversation', 200, fc.asyncProperty(question, async (q) => {
      let state: ConversationState = { messages: [], typing: false };
      const c = createConversation(host as never, createArticleFinder(HELP, 'en'), translator('en'), (s) => (state = s));
      c.start({});
      await c.ask(q);
      for (const m of state.messages) {
        expect(typeof m.text).toBe('string');
        for (const h of m.articles || []) expect(safeLink(h.url)).toBe(true);
      }
    }));
  });
});
