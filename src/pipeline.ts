import { errorText } from './lib/errorText';
import { nanoid } from 'nanoid';
import { ingest as toOrders, checkUser, type Source } from './context/ingest';
import { purchaseBlocks } from './context/purchaseSources';
import { SESSION_GAP_MS, type Session } from './context/records';
import { createContextStore } from './context/store';
import { checkOffers } from './engine/checkOffers';
import { checkLinks } from './config/checkLinks';
import { DEFAULT_OFFER } from './engine/defaultOffer';
import type { EngineInput } from './engine/EngineInput';
import { DEFAULT_ETIQUETTE, evaluate } from './engine/evaluate';
import { findOwned } from './engine/findOwned';
import { inHoldout } from './engine/holdout';
import { reasonsFor } from './engine/reasons';
import { DEFAULT_WEIGHTS, stuckScore } from './engine/score';
import { writeHint } from './loader/hint';
import type { Core } from './loader/Core';
import { createSinks } from './outcomes/createSinks';
import { watchActivity } from './signals/activity';
import { watchFrustration } from './signals/frustration';
import { watchNavigation } from './signals/navigation';
import { readPage } from './signals/pageType';
import { buildCard } from './context/buildCard';
import type { Consent, ContextCard, Inspection, OfferDecision } from './types';
import type { WidgetApi } from './widget/WidgetHost';

const DAY = 864e5;
/** After a quiet spell, the first input schedules a re-check this much later — never more often. */
const INPUT_RECHECK_MS = 1000;
/** "Don't show offers like this" keeps an offer quiet this many days. */
const MUTE_DAYS = 3650;

/** Run `f` in a task of its own, after the current one: a router renders after it pushes. */
const soon = (f: () => void) => {
  const c = new MessageChannel();
  c.port1.onmessage = f;
  c.port2.postMessage(0);
};

/** What the always-loaded script asks of the pipeline once it is loaded. */
export interface Pipeline {
  ingest(source: Source, payload: unknown, id: string, at?: number): Promise<void>;
  identify(user: unknown): Promise<void>;
  track(name: string): void;
  open(query: string | undefined): Promise<void>;
  close(): void;
  launch(): void;
  context(): Promise<ContextCard>;
  consentChanged(): void;
  forget(): Promise<void>;
  inspect(): Inspection;
  destroy(): void;
}

/**
 * The pipeline: signals → context store → engine → (lazy) widget → outcomes. Loaded by the
 * always-loaded script on the pages where kikubari can act (see `gate()` in `kikubari.ts`); from then on
 * it watches this page view, remembers, and decides when to offer help.
 */
export function startPipeline(core: Core): Pipeline {
  const { win, cfg, logger, emitter, outbox, locale } = core;
  // First, before anything starts: an invalid offer makes the whole instance inert.
  const siteOffers = checkOffers(cfg.offers);
  checkLinks(cfg); // issue 14: no javascript:/data: URL in config
  const doc = win.document;
  const stops: (() => void)[] = [];
  const consent = (): Consent => core.consent();
  const store = createContextStore(win, consent() == 'granted', cfg.retentionDays || 90, logger);
  const records = store.records;
  const offers = (cfg.defaultOffer === false ? [] : [DEFAULT_OFFER]).concat(siteOffers);
  const rules = { ...DEFAULT_ETIQUETTE, ...cfg.etiquette };
  const weights = { ...DEFAULT_WEIGHTS, ...cfg.scoreWeights };
  const windowMs = (cfg.engagedWindowSeconds || 30) * 1000;

  let page = readPage(doc, win.location.href, cfg.pageTypes);
  let visible = doc.visibilityState == 'visible';
  /** The visit this page view belongs to: it stays current for as long as the page is open. */
  let visit: number | undefined;
  const alive = (s: Session | undefined, now: number): s is Session => !!s && (now - s.lastSeen <= SESSION_GAP_MS || s.startedAt === visit);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let dead = false;
  let widgetP: Promise<WidgetApi> | undefined;

  if (cfg.pushDataLayer || cfg.beaconUrl) {
    const sinks = createSinks(win, cfg);
    core.sink(sinks.sink);
    stops.push(sinks.stop);
  }

  /** Work run from the page's events: a fault is logged, never thrown into the page. */
  const safely =
    <A extends unknown[]>(f: (...a: A) => unknown) =>
    (...a: A) => {
      try {
        dead || f(...a);
      } catch (e) {
        logger.error('internal', errorText(e));
      }
    };

  const purchases = () => (consent() == 'granted' ? records.purchases : []);
  const updateSession = (f: (s: Session, now: number) => unknown) =>
    store.update('s', (s) => {
      const now = Date.now();
      const next: Session = alive(s, now)
        ? { ...s, help: s.help.slice(), events: { ...s.events } }
        : { startedAt: now, lastSeen: now, pageViews: 0, help: [], helpPagesViewed: 0, backAndForth: 0, kbSearches: 0, events: {}, offers: 0 };
      f(next, now);
      visit = next.startedAt;
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
  const frustration = watchFrustration(win, cfg.searchSelector, () => track('kb_search'));
  stops.push(activity.stop, frustration.stop);

  // ── context: purchases from every source, validated, stored, then unstaged ─────────
  const ingest = async (source: Source, payload: unknown, id: string, at = Date.now()) => {
    let orders;
    try {
      // An order without a date was bought when it arrived (which may be a page ago).
      orders = toOrders(source, payload, at);
    } catch (e) {
      outbox.unstage(id); // invalid: never to be stored
      throw e;
    }
    await store.addOrders(orders);
    // Still staged if the write did not make it (IndexedDB failed, or the page is going away):
    // the next page stores it.
    if (store.mode() == 'indexeddb') outbox.unstage(id);
    if (consent() == 'granted') writeHint(win, records.purchases[0] && records.purchases[0].purchasedAt);
  };
  const notice = (source: Source, payload: unknown, id = outbox.stage(source, payload), at?: number) =>
    void ingest(source, payload, id, at).catch((e) => logger.warn('bad-purchase', errorText(e)));

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
    purchaseBlocks(doc).forEach((block) => notice('data-kikubari-purchase', block));
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
    // Focus inside a shadow root (a web-component form) or an iframe (an embedded form) counts too.
    let active = doc.activeElement as HTMLElement | null;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
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
      typing: !!active && (/^(INPUT|TEXTAREA|SELECT|IFRAME)$/.test(active.tagName) || active.isContentEditable),
      sinceTypedMs: win.performance.now() - t.typedAt,
      shown,
      shownToday,
      quiet,
      score: 0,
    };
    x.score = stuckScore(x, weights);
    return x;
  };

  // The visitor is already talking to us: no offer pops up over the panel (nor is one spent).
  let chatting = false;
  emitter.on('chat:opened', () => ((chatting = true), schedule(0)));
  emitter.on('chat:closed', () => ((chatting = false), schedule(0)));

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = undefined;
    // No timers while hidden, while chatting, while an offer is being made, or with proactive offers off.
    if (!dead && visible && !chatting && !busy && cfg.proactive !== false) timer = win.setTimeout(tick, ms);
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
      if (!won || dead) return;
      const held = !forced && heldOut();
      await store.add('i', { kind: 'offer', id: d.offerId, outcome: held ? 'held-out' : 'shown', at: Date.now() });
      d.reasons = reasonsFor(passed, x);
      if (held) return emitter.emit('offer:held-out', d);
      (await widget()).offer(d);
      emitter.emit('offer:shown', d);
    } catch (e) {
      logger.error('offer', 'could not show the offer: ' + errorText(e));
    } finally {
      busy = false;
      schedule(0);
    }
  };

  // ── the widget (lazy) ──────────────────────────────────────────────────────────────
  const widget = () =>
    (widgetP ||= core.chunk('widget').then((m) => {
      if (dead) throw new Error('kikubari was destroyed');
      const s = core.shell();
      return m.mountWidget({
        root: s.root,
        launcher: s.launcher,
        config: cfg,
        theme: core.theme,
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
        warn: logger.warn,
      });
    }, (e) => {
      widgetP = undefined; // a network failure: the next offer or launcher press tries again
      throw e;
    }));

  const track = (name: string) => {
    void updateSession((s) => {
      s.events[name] = (s.events[name] || 0) + 1;
      if (name == 'kb_search') s.kbSearches++;
    }).then(() => schedule(0));
  };

  const api: Pipeline = {
    ingest,
    async identify(user) {
      const { id, purchases: orders } = checkUser(user);
      if (id) await store.update('u', (v) => ({ ...(v || { id: nanoid() }), customerId: id }));
      if (orders !== undefined) await ingest('identify.purchases', orders, outbox.stage('identify.purchases', orders));
    },
    track,
    async open(query) {
      (await widget()).open({ query, source: 'api' });
    },
    close() {
      widgetP && widgetP.then((w) => w.close(), () => {});
    },
    launch() {
      void widget().then((w) => w.launch(), () => {});
    },
    async context() {
      await store.ready;
      return buildCard(records, page, locale, consent() == 'granted');
    },
    consentChanged() {
      const granted = consent() == 'granted';
      if (!granted) writeHint(win, 0);
      void store.persist(granted).then(() => granted && writeHint(win, records.purchases[0] && records.purchases[0].purchasedAt));
      schedule(0);
    },
    async forget() {
      writeHint(win, 0);
      outbox.clear();
      await store.forget();
    },
    inspect() {
      const x = snapshot();
      return {
        page: x.page,
        session: x.session,
        consent: consent(),
        storage: consent() == 'granted' ? store.mode() : 'memory',
        purchases: x.purchases,
        offers: evaluate(offers, x, rules).offers,
        score: x.score,
        locale,
        holdout: heldOut(),
        engine: 'on',
      };
    },
    destroy() {
      if (dead) return;
      dead = true;
      clearTimeout(timer);
      stops.forEach((s) => s());
      store.close();
      widgetP && widgetP.then((w) => w.destroy(), () => {});
    },
  };

  stops.push(watchNavigation(win, () => soon(safely(pageView))));
  store.onChange(() => schedule(0));
  void store.update('u', (v) => v || { id: nanoid() });
  if (cfg.debug || /[?&]kikubari-debug\b/.test(win.location.search)) void widget().then((w) => w.debug(), () => {});
  void store.ready.then(
    safely(() => {
      // Payloads a previous page staged but could not finish storing.
      outbox.staged().forEach(([source, payload, id, at]) => notice(source as Source, payload, id, at));
      if (consent() == 'granted') writeHint(win, records.purchases[0] && records.purchases[0].purchasedAt);
      pageView();
    }),
  );
  return api;
}
