import { nanoid } from 'nanoid';
import { validateConfig } from './config/validateConfig';
import { checkOrder } from './context/checkOrder';
import { ordersFromPage, watchDataLayer } from './context/purchaseSources';
import { SESSION_GAP_MS, type Session } from './context/records';
import { createContextStore } from './context/store';
import { DEFAULT_OFFER } from './engine/defaultOffer';
import type { EngineInput } from './engine/EngineInput';
import { DEFAULT_ETIQUETTE, evaluate } from './engine/evaluate';
import { findOwned } from './engine/findOwned';
import { inHoldout } from './engine/holdout';
import { DEFAULT_WEIGHTS, stuckScore } from './engine/score';
import { fail, str } from './lib/check';
import { createLogger } from './lib/logger';
import { listen } from './lib/listen';
import { whenActivated } from './lib/whenActivated';
import { createShell, type Shell } from './loader/shell';
import { beaconSink } from './outcomes/beaconSink';
import { dataLayerSink } from './outcomes/dataLayerSink';
import { createEmitter } from './outcomes/emitter';
import { watchActivity } from './signals/activity';
import { watchFrustration } from './signals/frustration';
import { watchNavigation } from './signals/navigation';
import { readPage } from './signals/pageType';
import type { Consent, Kikubari, KikubariConfig, OfferDecision, Order } from './types';
import type { WidgetApi } from './widget/WidgetHost';

/** The lazy chunk (`entrypoints/widget.ts`): the widget, visitor-language reasons, the info card. */
export type LazyModule = typeof import('./entrypoints/widget');

const DAY = 864e5;
/** After a quiet spell, the first input schedules a re-check this much later — never more often. */
const INPUT_RECHECK_MS = 1000;
/** "Don't show offers like this" keeps an offer quiet this many days. */
const MUTE_DAYS = 3650;
const LAUNCHER: Record<string, string> = { en: 'Open help', ja: 'ヘルプを開く' };

const text = (e: unknown) => String((e as Error)?.message || e);

/**
 * Validate `config` (throwing `KikubariConfigError` naming the bad field) and start kikubari in
 * this browser: signals → context store → engine → (lazy) widget → outcomes.
 */
export function createKikubariWith(loadLazy: () => Promise<LazyModule>, config?: KikubariConfig): Kikubari {
  const cfg = validateConfig(config);
  const win = window;
  const doc = win.document;
  const stops: (() => void)[] = [];
  const logger = createLogger((code, message) => emitter.emit('error', { code, message }));
  const beacon = cfg.beaconUrl ? beaconSink(win, cfg.beaconUrl) : undefined;
  const emitter = createEmitter(() => logger, [cfg.pushDataLayer && dataLayerSink(win), beacon && beacon.sink]);
  beacon && stops.push(beacon.stop);

  // Global Privacy Control means "denied" unless the site opts out of honouring it (README "Consent").
  let consent: Consent =
    cfg.respectGlobalPrivacyControl !== false && (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl ? 'denied' : cfg.consent || 'granted';
  const store = createContextStore(win, consent == 'granted', cfg.retentionDays || 90, logger);
  const records = store.records;
  const offers = (cfg.defaultOffer === false ? [] : [DEFAULT_OFFER]).concat(cfg.offers || []);
  const rules = { ...DEFAULT_ETIQUETTE, ...cfg.etiquette };
  const weights = { ...DEFAULT_WEIGHTS, ...cfg.scoreWeights };
  const windowMs = (cfg.engagedWindowSeconds || 30) * 1000;
  const locale = cfg.locale || doc.documentElement.lang || win.navigator.language || 'en';
  const theme = { ...cfg.theme };
  // Right-to-left languages get the launcher on the left unless the designer chose a side.
  const rtl = /^(ar|he|fa|ur)\b/i.test(locale);
  if (rtl) theme.position ||= 'bottom-left';

  let page = readPage(doc, win.location.href, cfg.pageTypes);
  let visible = doc.visibilityState == 'visible';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let dead = false;
  let shell: Shell | undefined;
  let lazyP: Promise<LazyModule> | undefined;
  let widgetP: Promise<WidgetApi> | undefined;

  /** Work run from the page's events: a fault is logged, never thrown into the page. */
  const safely =
    <A extends unknown[]>(f: (...a: A) => unknown) =>
    (...a: A) => {
      try {
        dead || f(...a);
      } catch (e) {
        logger.error('internal', text(e));
      }
    };

  const alive = (s: Session | undefined, now: number): s is Session => !!s && now - s.lastSeen <= SESSION_GAP_MS;
  const purchases = () => (consent == 'granted' ? records.purchases : []);
  const updateSession = (f: (s: Session, now: number) => unknown) =>
    store.update('s', (s) => {
      const now = Date.now();
      const next: Session = alive(s, now)
        ? { ...s, help: s.help.slice(), events: { ...s.events } }
        : { startedAt: now, lastSeen: now, pageViews: 0, help: [], helpPagesViewed: 0, backAndForth: 0, kbSearches: 0, events: {}, offers: 0 };
      f(next, now);
      return next;
    });

  const activity = watchActivity(
    win,
    windowMs,
    safely((now: boolean) => {
      visible = now;
      now ? schedule(0) : clearTimeout(timer);
    }),
  );
  const frustration = watchFrustration(win, cfg.searchSelector, (query) => api.track('kb_search', { query }));
  stops.push(activity.stop, frustration.stop);

  // ── context: purchases from every source, validated the same way ──────────────────
  const addOrders = (raw: unknown[], path: string) => {
    const now = Date.now();
    return store.addOrders(raw.map((o, i) => checkOrder(o, now, raw.length > 1 ? path + '[' + i + ']' : path)));
  };
  const ingest = (raw: unknown, path: string) => addOrders([raw], path).catch((e) => logger.warn('bad-purchase', text(e)));

  // ── signals → session: a new page view ─────────────────────────────────────────────
  const pageView = () => {
    page = readPage(doc, win.location.href, cfg.pageTypes);
    activity.restart();
    frustration.reset();
    const { url, title, type, product } = page;
    void updateSession((s, now) => {
      s.lastSeen = now;
      s.pageViews++;
      if (type == 'kb') {
        // A return to a help page seen earlier this visit (not a reload) is one back-and-forth.
        if (!s.help.includes(url)) s.help = s.help.concat(url).slice(-20);
        else if (s.last != url) s.backAndForth++;
        s.helpPagesViewed = s.help.length;
      }
      s.last = url;
    });
    void store.add('g', { url, title, type, product, at: Date.now() });
    ordersFromPage(doc).forEach((o) => ingest(o, 'data-kikubari-purchase'));
    schedule(0);
  };

  // ── engine ─────────────────────────────────────────────────────────────────────────
  const snapshot = (): EngineInput => {
    // Re-read the page: an SPA may have rendered its title, heading or JSON-LD since.
    page = readPage(doc, win.location.href, cfg.pageTypes);
    const now = Date.now();
    const t = activity.times();
    const s = alive(records.session, now) ? records.session : undefined;
    const bought = purchases();
    const shown: Record<string, number> = {};
    const quiet: Record<string, number> = {};
    const midnight = new Date(now).setHours(0, 0, 0, 0);
    let shownToday = 0;
    for (const i of records.interactions)
      if (i.outcome == 'shown' || i.outcome == 'held-out') {
        shown[i.id] = (shown[i.id] || 0) + 1;
        shownToday += +(i.at >= midnight);
      } else if (i.outcome == 'dismissed' || i.outcome == 'muted')
        quiet[i.id] = Math.max(quiet[i.id] || 0, i.at + (i.outcome == 'muted' ? MUTE_DAYS : rules.dismissDays) * DAY);
    const active = doc.activeElement as HTMLElement | null;
    const x: EngineInput = {
      now,
      date: new Date(now),
      page: { ...page, ...t, ...frustration.counts },
      session: {
        pageViews: s ? s.pageViews : 0,
        helpPagesViewed: s ? s.helpPagesViewed : 0,
        backAndForth: s ? s.backAndForth : 0,
        kbSearches: s ? s.kbSearches : 0,
        events: s ? { ...s.events } : {},
        startedAt: s ? s.startedAt : now,
        offers: s ? s.offers : 0,
      },
      purchases: bought,
      owned: findOwned(page, bought),
      locale,
      device: /Mobi|Android|iPhone|iPad/i.test(win.navigator.userAgent) || win.innerWidth <= 480 ? 'mobile' : 'desktop',
      windowMs,
      typing: !!active && (/^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable),
      sinceTypedMs: win.performance.now() - t.typedAt,
      shown,
      shownToday,
      quiet,
      score: 0,
    };
    x.score = stuckScore(x, weights);
    return x;
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = undefined;
    // No timers while hidden, while an offer is being made, or with proactive offers off.
    if (!dead && visible && !busy && cfg.proactive !== false) timer = win.setTimeout(tick, ms);
  };

  const tick = safely(() => {
    timer = undefined;
    const x = snapshot();
    const r = evaluate(offers, x, rules);
    if (r.decision) return void offer(r.decision, r.passed!, x);
    // Sleep until time alone could make an offer eligible; the next input after that wakes us.
    if (r.waitMs < Infinity) schedule(r.waitMs + 50);
    activity.onNextInput(() => timer === undefined && schedule(INPUT_RECHECK_MS));
  });

  const heldOut = () => !!cfg.holdout && inHoldout((records.visitor && records.visitor.id) || '', cfg.holdout);

  /** Make an offer: take the session's slot (atomically, across tabs: the first to decide wins), then show or hold out. */
  const offer = async (d: OfferDecision, passed: string[], x: EngineInput, forced?: boolean) => {
    busy = true;
    try {
      let won = forced;
      if (!forced) await updateSession((s) => s.offers < rules.perSession && (s.offers++, (won = true)));
      if (!won) return;
      const held = !forced && heldOut();
      await store.add('i', { kind: 'offer', id: d.offerId, outcome: held ? 'held-out' : 'shown', at: Date.now() });
      d.reasons = (await lazy()).reasonsFor(passed, x);
      if (held) return emitter.emit('offer:held-out', d);
      (await widget()).offer(d);
      emitter.emit('offer:shown', d);
    } catch (e) {
      logger.error('offer', 'could not show the offer: ' + text(e));
    } finally {
      busy = false;
      schedule(0);
    }
  };

  // ── the lazy chunk and the widget ──────────────────────────────────────────────────
  const lazy = () =>
    (lazyP ||= loadLazy().catch((e) => {
      lazyP = undefined;
      logger.error('lazy-load', 'the widget chunk could not be loaded: ' + text(e));
      throw e;
    }));

  const ensureShell = () =>
    (shell ||= createShell(
      doc,
      theme,
      rtl,
      cfg.launcher === false ? undefined : ((cfg.strings || {})[locale] || {}).launcher || LAUNCHER[locale.slice(0, 2)] || LAUNCHER.en!,
      () => void widget().then((w) => w.launch(), () => {}),
    ));

  const widget = () =>
    (widgetP ||= lazy().then((m) => {
      const s = ensureShell();
      return m.mountWidget({
        root: s.root,
        launcher: s.launcher,
        config: cfg,
        theme,
        locale,
        records,
        purchases,
        snapshot,
        context: api.context,
        inspect: api.inspect,
        fire(id) {
          const o = offers.find((o) => o.id == id);
          const x = snapshot();
          const r = o && evaluate([{ ...o, when: {}, cap: undefined, enabled: true }], x, { ...rules, perSession: 1e9, dailyCap: 1e9, quietStartSeconds: 0, typingQuietSeconds: 0, neverOn: [] });
          if (r && r.decision) void offer(r.decision, Object.keys(o!.when), x, true);
        },
        record: (i) => void store.add('i', { ...i, at: Date.now() }),
        emit: emitter.emit,
      });
    }));

  // ── the public API ─────────────────────────────────────────────────────────────────
  const api: Kikubari = {
    async purchase(order: Order) {
      await addOrders([order], 'order');
    },
    async identify(user) {
      const u = (user || {}) as { id?: unknown; purchases?: unknown };
      const id = u.id === undefined ? undefined : str(200)(u.id, 'identify.id');
      if (u.purchases !== undefined && !Array.isArray(u.purchases)) fail('identify.purchases', 'an array of orders', u.purchases);
      if (id) await store.update('u', (v) => ({ ...(v || { id: nanoid() }), customerId: id }));
      if (u.purchases) await addOrders(u.purchases as unknown[], 'identify.purchases');
    },
    track(name, props) {
      const n = str(100)(name, 'track(name)');
      if (props !== undefined && (typeof props != 'object' || !props || Array.isArray(props))) fail('track(name, props): props', 'an object', props);
      void updateSession((s) => {
        s.events[n] = (s.events[n] || 0) + 1;
        if (n == 'kb_search') s.kbSearches++;
      }).then(() => schedule(0));
    },
    on: emitter.on,
    off: emitter.off,
    async open(options = {}) {
      const query = options.query === undefined ? undefined : str(500)(options.query, 'open.query');
      (await widget()).open({ query, source: 'api' });
    },
    close() {
      widgetP && widgetP.then((w) => w.close(), () => {});
    },
    async context() {
      await store.ready;
      return (await lazy()).buildCard(records, page, locale, consent == 'granted');
    },
    setConsent(next) {
      if (!['granted', 'pending', 'denied'].includes(next)) fail('setConsent(consent)', 'one of "granted", "pending", "denied"', next);
      consent = next;
      void store.persist(next == 'granted');
      schedule(0);
    },
    forget: () => store.forget(),
    inspect() {
      const x = snapshot();
      return {
        page: x.page,
        session: x.session,
        consent,
        storage: consent == 'granted' ? store.mode() : 'memory',
        purchases: x.purchases,
        offers: evaluate(offers, x, rules).offers,
        score: x.score,
        locale,
        holdout: heldOut(),
      };
    },
    destroy() {
      if (dead) return;
      dead = true;
      clearTimeout(timer);
      stops.forEach((s) => s());
      store.close();
      widgetP && widgetP.then((w) => w.destroy(), () => {});
      shell && shell.remove();
    },
  };

  whenActivated(
    doc,
    safely(() => {
      stops.push(watchNavigation(win, safely(pageView)));
      if (cfg.readDataLayer !== false) stops.push(watchDataLayer(win, (o) => void ingest(o, 'dataLayer purchase')));
      store.onChange(() => schedule(0));
      void store.update('u', (v) => v || { id: nanoid() });
      const begin = safely(() => {
        if (cfg.launcher !== false) ensureShell();
        if (cfg.debug || /[?&]kikubari-debug\b/.test(win.location.search)) void widget().then((w) => w.debug(), () => {});
      });
      doc.body ? begin() : stops.push(listen(doc, 'DOMContentLoaded', begin));
      void store.ready.then(safely(pageView));
    }),
  );

  return api;
}
