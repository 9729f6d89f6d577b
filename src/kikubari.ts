import { nanoid } from 'nanoid';
import { validateConfig } from './config/validateConfig';
import { arr, isObj, obj, str, fail } from './lib/check';
import { createLogger } from './lib/logger';
import { whenActivated } from './lib/whenActivated';
import { listen } from './lib/listen';
import { watchActivity } from './signals/activity';
import { watchFrustration } from './signals/frustration';
import { watchNavigation } from './signals/navigation';
import { readPage, type PageFacts } from './signals/pageType';
import { buildCard } from './context/buildCard';
import { checkOrder } from './context/checkOrder';
import { ordersFromPage, watchDataLayer } from './context/purchaseSources';
import { SESSION_GAP_MS, type Interaction, type PageRecord, type Session } from './context/records';
import { createContextStore } from './context/store';
import { DEFAULT_OFFER } from './engine/defaultOffer';
import type { EngineInput } from './engine/EngineInput';
import { DEFAULT_ETIQUETTE, evaluate } from './engine/evaluate';
import { findOwned } from './engine/findOwned';
import { inHoldout } from './engine/holdout';
import { lang } from './engine/localize';
import { DEFAULT_WEIGHTS, stuckScore } from './engine/score';
import { createShell, type Shell } from './loader/shell';
import { beaconSink } from './outcomes/beaconSink';
import { dataLayerSink } from './outcomes/dataLayerSink';
import { createEmitter } from './outcomes/emitter';
import type {
  Consent,
  ContextCard,
  EventName,
  Inspection,
  Kikubari,
  KikubariConfig,
  OfferDecision,
  Order,
  SessionSnapshot,
} from './types';
import type { MountWidget, WidgetApi } from './widget/WidgetHost';

/** How the widget chunk is fetched: a static `import()` for bundlers, a URL for the script tag. */
export type LoadWidget = () => Promise<{ mountWidget: MountWidget }>;

const DAY = 864e5;
const LAUNCHER_LABEL: Record<string, string> = { en: 'Open help', ja: 'ヘルプを開く' };
/** Re-check this soon after the first input that follows a quiet spell, and no more often. */
const INPUT_RECHECK_MS = 1000;

const newSession = (now: number): Session => ({
  startedAt: now,
  lastSeen: now,
  pageViews: 0,
  help: [],
  helpPagesViewed: 0,
  backAndForth: 0,
  kbSearches: 0,
  events: {},
  offers: 0,
});

/**
 * Create a kikubari instance. Validates `config` (throwing {@link KikubariConfigError} naming the
 * bad field), then — in a browser — starts the signals, loads the visitor's context and lets the
 * engine decide when to offer help. On a server (no `window`) it returns an inert instance, so
 * importing and calling it during SSR is safe.
 */
export function createKikubariWith(loadWidget: LoadWidget, config?: KikubariConfig): Kikubari {
  const cfg = validateConfig(config);
  return typeof window == 'undefined' || typeof document == 'undefined' ? inert(cfg) : start(window, cfg, loadWidget);
}

function inert(cfg: KikubariConfig): Kikubari {
  const none = async () => {};
  const page = { type: 'other' as const, url: '', title: '', engagedMs: 0, visibleMs: 0, idleMs: 0, rageClicks: 0, copies: 0 };
  const card: ContextCard = { locale: cfg.locale || 'en', page, purchases: [], recentPages: [], offers: [], articles: [], text: '' };
  return {
    purchase: none,
    identify: none,
    track() {},
    on: () => () => {},
    off() {},
    open: none,
    close() {},
    context: async () => card,
    setConsent() {},
    forget: none,
    inspect: () => ({
      page,
      session: { pageViews: 0, helpPagesViewed: 0, backAndForth: 0, kbSearches: 0, events: {} },
      consent: cfg.consent || 'granted',
      storage: 'memory',
      purchases: [],
      offers: [],
      score: 0,
      locale: card.locale,
      holdout: false,
    }),
    destroy() {},
  };
}

function start(win: Window, cfg: KikubariConfig, loadWidget: LoadWidget): Kikubari {
  const doc = win.document;
  const stops: (() => void)[] = [];
  const logger = createLogger((code, message) => emitter.emit('error', { code, message }));
  const sinks: ((event: EventName, payload: unknown) => void)[] = [];
  if (cfg.pushDataLayer) sinks.push(dataLayerSink(win));
  if (cfg.beaconUrl) {
    const beacon = beaconSink(win, cfg.beaconUrl);
    sinks.push(beacon.sink);
    stops.push(beacon.stop);
  }
  const emitter = createEmitter(() => logger, sinks);

  const gpc = cfg.respectGlobalPrivacyControl !== false && (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  let consent: Consent = gpc ? 'denied' : cfg.consent || 'granted';
  const store = createContextStore({ win, persist: consent == 'granted', retentionDays: cfg.retentionDays || 90, logger });
  const offers = (cfg.defaultOffer === false ? [] : [DEFAULT_OFFER]).concat(cfg.offers || []);
  const etiquette = { ...DEFAULT_ETIQUETTE, ...cfg.etiquette };
  const weights = { ...DEFAULT_WEIGHTS, ...cfg.scoreWeights };
  const windowMs = (cfg.engagedWindowSeconds || 30) * 1000;
  const locale = cfg.locale || doc.documentElement.lang || win.navigator.language || 'en';
  const strings = cfg.strings || {};

  let page: PageFacts = readPage(doc, win.location.href, cfg.pageTypes);
  let visible = doc.visibilityState == 'visible';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let destroyed = false;
  let shell: Shell | undefined;
  let widgetP: Promise<WidgetApi> | undefined;

  /** Run host-facing work so that nothing we do can throw into the page. */
  const safely =
    <A extends unknown[]>(code: string, f: (...a: A) => void) =>
    (...a: A) => {
      try {
        if (!destroyed) f(...a);
      } catch (e) {
        logger.error(code, String((e as Error)?.stack || e));
      }
    };

  const session = (): Session => store.records.session || newSession(Date.now());
  const purchases = () => (consent == 'granted' ? store.records.purchases : []);

  const activity = watchActivity(
    win,
    windowMs,
    safely('visibility', (now: boolean) => {
      visible = now;
      if (now) schedule(0);
      else clearTimeout(timer);
    }),
  );
  const frustration = watchFrustration(win, cfg.searchSelector, (query) => api.track('kb_search', { query }));
  stops.push(activity.stop, frustration.stop);

  // ── context: where purchases come from ─────────────────────────────────────────────
  const addOrders = async (raw: unknown[], path: string) => {
    const now = Date.now();
    const orders = raw.map((o, i) => checkOrder(o, now, raw.length > 1 ? path + '[' + i + ']' : path));
    await store.addOrders(orders);
  };
  const readBlocks = () =>
    ordersFromPage(doc).forEach((o) =>
      addOrders([o], 'data-kikubari-purchase').catch((e) => logger.warn('purchase-block', (e as Error).message)),
    );

  // ── signals → session ──────────────────────────────────────────────────────────────
  const pageView = () => {
    page = readPage(doc, win.location.href, cfg.pageTypes);
    activity.restart();
    frustration.reset();
    const { url, title, type, product } = page;
    const now = Date.now();
    void store.write('session', (s) => {
      s = s && now - s.lastSeen <= SESSION_GAP_MS ? { ...s, help: s.help.slice() } : newSession(now);
      s.lastSeen = now;
      s.pageViews++;
      if (type == 'kb') {
        if (!s.help.includes(url)) s.help = s.help.concat(url).slice(-20);
        else if (s.last != url) s.backAndForth++;
        s.helpPagesViewed = s.help.length;
      }
      s.last = url;
      return s;
    });
    void store.write('pages', (list) => [{ url, title, type, product, at: now } as PageRecord].concat(list).slice(0, 100));
    readBlocks();
    schedule(0);
  };

  // ── engine ─────────────────────────────────────────────────────────────────────────
  const snapshot = (): EngineInput => {
    page = { ...page, ...readPage(doc, win.location.href, cfg.pageTypes) };
    const now = Date.now();
    const t = activity.times();
    const s = session();
    const bought = purchases();
    const shown: Record<string, number> = {};
    const midnight = new Date(now).setHours(0, 0, 0, 0);
    let shownToday = 0;
    for (const i of store.records.interactions)
      if (i.kind == 'offer' && (i.outcome == 'shown' || i.outcome == 'held-out')) {
        shown[i.id] = (shown[i.id] || 0) + 1;
        if (i.at >= midnight) shownToday++;
      }
    const active = doc.activeElement as HTMLElement | null;
    const x: EngineInput = {
      now,
      date: new Date(now),
      page: { ...page, ...t, rageClicks: frustration.counts.rageClicks, copies: frustration.counts.copies },
      session: { ...sessionSnapshot(s), startedAt: s.startedAt, offers: s.offers },
      purchases: bought,
      owned: findOwned(page, bought),
      locale,
      device: /Mobi|Android|iPhone|iPad/i.test(win.navigator.userAgent) || win.innerWidth <= 480 ? 'mobile' : 'desktop',
      windowMs,
      typing: !!active && (/^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable),
      sinceTypedMs: win.performance.now() - t.typedAt,
      shown,
      shownToday,
      quiet: quietMap(),
      score: 0,
    };
    x.score = stuckScore(x, weights);
    return x;
  };

  const quietMap = (): Record<string, number> => {
    const quiet: Record<string, number> = {};
    for (const i of store.records.interactions)
      if (i.kind == 'offer' && (i.outcome == 'dismissed' || i.outcome == 'muted'))
        quiet[i.id] = Math.max(quiet[i.id] || 0, i.at + (i.outcome == 'muted' ? 3650 : etiquette.dismissDays) * DAY);
    return quiet;
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = undefined;
    if (!destroyed && visible && !busy && cfg.proactive !== false) timer = win.setTimeout(tick, Math.max(0, ms));
  };

  const tick = safely('engine', () => {
    timer = undefined;
    const result = evaluate(offers, snapshot(), etiquette);
    if (result.decision) return void makeOffer(result.decision);
    // Sleep until time alone could make an offer eligible; an input wakes us sooner.
    if (result.waitMs < Infinity) schedule(result.waitMs + 50);
    activity.onNextInput(() => timer === undefined && schedule(INPUT_RECHECK_MS));
  });

  const record = (i: Omit<Interaction, 'at'>) => store.write('interactions', (list) => [{ ...i, at: Date.now() }, ...list].slice(0, 500));

  /** Claim the session's offer slot atomically: across tabs, the first to decide wins. */
  const claim = async () => {
    let won = false;
    await store.write('session', (s) => {
      const now = Date.now();
      s = s && now - s.lastSeen <= SESSION_GAP_MS ? { ...s } : { ...newSession(now), pageViews: 1 };
      if (s.offers < etiquette.perSession) {
        s.offers++;
        won = true;
      }
      return s;
    });
    return won;
  };

  const visitorId = () => (store.records.visitor && store.records.visitor.id) || '';

  const makeOffer = async (d: OfferDecision, forced = false) => {
    busy = true;
    try {
      if (!forced && !(await claim())) return;
      const held = !forced && !!cfg.holdout && inHoldout(visitorId(), cfg.holdout);
      await record({ kind: 'offer', id: d.offerId, outcome: held ? 'held-out' : 'shown' });
      if (held) return emitter.emit('offer:held-out', d);
      (await widget()).offer(d);
      emitter.emit('offer:shown', d);
    } catch (e) {
      logger.error('offer', 'could not show the offer: ' + ((e as Error)?.message || e));
    } finally {
      busy = false;
      schedule(0);
    }
  };

  // ── widget (lazy) ──────────────────────────────────────────────────────────────────
  const ensureShell = () => (shell ||= createShell(doc, cfg.theme || {}, cfg.launcher === false ? undefined : launcherLabel(), () => void api.open().catch(() => {})));
  const launcherLabel = () => (strings[locale] && strings[locale]!.launcher) || LAUNCHER_LABEL[lang(locale)] || LAUNCHER_LABEL.en!;

  const widget = (): Promise<WidgetApi> =>
    (widgetP ||= loadWidget()
      .then(({ mountWidget }) => {
        const s = ensureShell();
        return mountWidget({
          root: s.root,
          launcher: s.launcher,
          locale,
          theme: cfg.theme || {},
          strings,
          articles: cfg.articles,
          handoff: cfg.handoff,
          responder: cfg.responder,
          purchases,
          page: () => snapshot().page,
          context: api.context,
          inspect: api.inspect,
          fireOffer: (id) => {
            const x = snapshot();
            const offer = offers.find((o) => o.id == id);
            const ev = offer && evaluate([{ ...offer, when: {} }], x, { ...etiquette, perSession: Infinity, dailyCap: Infinity, quietStartSeconds: 0, typingQuietSeconds: 0, neverOn: [] });
            if (ev && ev.decision) void makeOffer(ev.decision, true);
          },
          outcome: (event, payload) => {
            const p = payload as Partial<OfferDecision & { forever: boolean; articleId: string; title: string; helpful: boolean; adapter: string }>;
            if (event == 'offer:accepted') void record({ kind: 'offer', id: p.offerId!, outcome: 'accepted' });
            if (event == 'offer:dismissed') void record({ kind: 'offer', id: p.offerId!, outcome: p.forever ? 'muted' : 'dismissed' });
            if (event == 'article:opened') void record({ kind: 'article', id: p.articleId!, title: p.title });
            if (event == 'article:voted') void record({ kind: 'vote', id: p.articleId!, helpful: p.helpful });
            if (event == 'handoff') void record({ kind: 'handoff', id: p.adapter! });
            emitter.emit(event, payload);
          },
        });
      })
      .catch((e) => {
        widgetP = undefined;
        logger.error('widget-load', 'the widget could not be loaded: ' + ((e as Error)?.message || e));
        throw e;
      }));

  // ── the public API ─────────────────────────────────────────────────────────────────
  const api: Kikubari = {
    async purchase(order: Order) {
      await addOrders([order], 'order');
      schedule(0);
    },
    async identify(user) {
      const u = obj<{ id?: string; purchases?: unknown[] }>({ id: str(200), purchases: arr((v) => v, 0, 100) }, [], false)(user, 'identify');
      if (u.id) await store.write('visitor', (v) => ({ ...(v || { id: nanoid() }), customerId: u.id }));
      if (u.purchases) await addOrders(u.purchases, 'identify.purchases');
      schedule(0);
    },
    track(name, props) {
      str(100)(name, 'track name');
      if (props !== undefined && !isObj(props)) fail('track props', 'an object', props);
      const n = name.trim();
      void store.write('session', (s) => {
        s = s ? { ...s, events: { ...s.events } } : newSession(Date.now());
        s.events[n] = (s.events[n] || 0) + 1;
        if (n == 'kb_search') s.kbSearches++;
        return s;
      });
      schedule(0);
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
      return buildCard(store.records, page, locale, consent == 'granted');
    },
    setConsent(next) {
      if (!['granted', 'pending', 'denied'].includes(next)) fail('setConsent', 'one of "granted", "pending", "denied"', next);
      consent = next;
      void store.persist(next == 'granted').then(() => schedule(0));
    },
    async forget() {
      await store.forget();
    },
    inspect(): Inspection {
      const x = snapshot();
      return {
        page: x.page,
        session: sessionSnapshot(session()),
        consent,
        storage: consent == 'granted' ? store.mode() : 'memory',
        purchases: x.purchases,
        offers: evaluate(offers, x, etiquette).offers,
        score: x.score,
        locale,
        holdout: !!cfg.holdout && inHoldout(visitorId(), cfg.holdout),
      };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(timer);
      stops.forEach((s) => s());
      store.close();
      widgetP && widgetP.then((w) => w.destroy(), () => {});
      shell && shell.remove();
    },
  };

  whenActivated(
    doc,
    safely('start', () => {
      stops.push(watchNavigation(win, safely('navigation', pageView)));
      if (cfg.readDataLayer !== false)
        stops.push(watchDataLayer(win, (o) => void addOrders([o], 'dataLayer purchase').then(() => schedule(0), (e) => logger.warn('datalayer-purchase', (e as Error).message))));
      store.onChange(() => schedule(0));
      void store.write('visitor', (v) => v || { id: nanoid() });
      const begin = () => {
        if (cfg.launcher !== false) ensureShell();
        if (cfg.debug || /[?&]kikubari-debug\b/.test(win.location.search)) void widget().then((w) => w.debug(), () => {});
      };
      if (doc.body) begin();
      else stops.push(listen(doc, 'DOMContentLoaded', safely('start', begin)));
      void store.ready.then(safely('start', pageView));
    }),
  );

  return api;
}

function sessionSnapshot(s: Session): SessionSnapshot {
  return { pageViews: s.pageViews, helpPagesViewed: s.helpPagesViewed, backAndForth: s.backAndForth, kbSearches: s.kbSearches, events: { ...s.events } };
}
