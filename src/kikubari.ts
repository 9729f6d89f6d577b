import { errorText } from './lib/errorText';
import { validateConfig } from './config/validateConfig';
import { HINT_KEY, readHint, writeHint } from './context/hint';
import { createOutbox } from './context/outbox';
import { purchaseBlocks, watchDataLayer } from './context/purchaseSources';
import { DB_NAME, DEFAULT_RETENTION_DAYS } from './context/records';
import { RECENT_PURCHASE_DAYS } from './engine/defaultOffer';
import { offInspection } from './engine/offInspection';
import { fail, isObj, oneOf, str } from './lib/check';
import { debugRequested } from './lib/debugRequested';
import { KikubariConfigError } from './lib/KikubariError';
import { listen } from './lib/listen';
import { isRtl, lang } from './lib/locale';
import { createLogger } from './lib/logger';
import { DAY_MS } from './lib/time';
import { whenActivated } from './lib/whenActivated';
import { createEmitter } from './outcomes/emitter';
import type { Chunks, CoreToPipeline, LoadChunk, PipelineToCore, PurchaseSource, Shell } from './seams';
import type { Consent, EventName, Kikubari, KikubariConfig } from './types';
import { LAUNCHER_LABEL } from './widget/launcherLabel';
import { createShell } from './widget/shell';

/**
 * Validate `config` (throwing `KikubariConfigError` naming the bad field) and start kikubari in
 * this browser.
 *
 * This is the always-loaded part: config, the launcher, the events, and the *gate*. The pipeline
 * (signals → context store → engine) is loaded only on pages where kikubari can act: the visitor
 * bought something recently (the built-in offer), the site defines its own offers, a purchase is
 * arriving, the debug overlay is on, or the site or the visitor asks for something. A visitor
 * kikubari could not help costs the page nothing but this file.
 */
export function createKikubariWith(load: LoadChunk, config?: KikubariConfig): Kikubari {
  const cfg = validateConfig(config);
  const win = window;
  const doc = win.document;
  const stops: (() => void)[] = [];
  const logger = createLogger((code, message) => emitter.emit('error', { code, message }));
  // Event sinks (dataLayer, beacon) come with the pipeline; events before that wait in line.
  let sink: ((event: EventName, payload: unknown) => void) | undefined;
  const waiting: [EventName, unknown][] = [];
  const emitter = createEmitter(() => logger, [cfg.pushDataLayer || cfg.beaconUrl ? (e, p) => (sink ? sink(e, p) : waiting.push([e, p]) > 100 && waiting.shift()) : undefined]);

  // Global Privacy Control means "denied" unless the site opts out of honouring it (README "Consent").
  let consent: Consent =
    cfg.respectGlobalPrivacyControl !== false && (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl ? 'denied' : cfg.consent || 'granted';
  const outbox = createOutbox(win, () => consent == 'granted');
  const locale = cfg.locale || doc.documentElement.lang || win.navigator.language || 'en';
  const theme = { ...cfg.theme };
  // Right-to-left languages get the launcher on the left unless the designer chose a side.
  const rtl = isRtl(locale);
  const strings = cfg.strings || {};
  const l = lang(locale);
  if (rtl) theme.position ||= 'bottom-left';
  const debug = debugRequested(win, cfg);

  let dead = false;
  let shell: Shell | undefined;
  let pipe: PipelineToCore | undefined;
  let pipeP: Promise<PipelineToCore> | undefined;
  const chunks: { [K in keyof Chunks]?: Promise<Chunks[K]> } = {};
  // Custom events from before the pipeline ran (it may never run): the last 100 are kept for it.
  const tracked: string[] = [];

  const chunk: LoadChunk = (name) =>
    (chunks[name] ||= load(name).catch((e) => {
      chunks[name] = undefined;
      logger.error('lazy-load', 'the ' + name + ' chunk could not be loaded: ' + errorText(e));
      throw e;
    }) as any);

  /** The host element and launcher, drawn once; none where the page has no shadow DOM (`attachShadow` removed): no widget, said once. */
  const ensureShell = () => {
    try {
      shell ||= createShell(
        doc,
        theme,
        rtl,
        // The site's words for this locale, then its language (as the widget's strings), then ours.
        cfg.launcher === false ? undefined : (strings[locale] || {}).launcher || (strings[l] || {}).launcher || LAUNCHER_LABEL[l] || LAUNCHER_LABEL.en!,
        () => void withWidget().then((p) => p.launch(), () => {}),
        // The pointer coming over the launcher or keyboard focus on it: a click is near, and the
        // chunks are fetched (not run: nothing starts for a pointer passing by). A press beginning
        // starts kikubari, so the widget is mounted by the time the press ends in a click.
        (e) => void (e.type == 'pointerdown' ? withWidget() : (chunk('widget').catch(() => {}), chunk('pipeline'))).catch(() => {}),
      );
    } catch (e) {
      logger.error('no-shadow-dom', errorText(e));
    }
    return shell;
  };

  const core: CoreToPipeline = {
    win,
    cfg,
    locale,
    theme,
    debug,
    logger,
    emitter,
    outbox,
    consent: () => consent,
    shell: ensureShell,
    chunk,
    sink(f) {
      sink = f;
      waiting.splice(0).forEach(([e, p]) => f(e, p));
    },
  };

  /** Load and start the pipeline, once. An invalid offer (checked as it starts) leaves kikubari inert, with one error. */
  const pipeline = () =>
    (pipeP ||= chunk('pipeline').then((m) => {
      if (dead) throw new Error('kikubari was destroyed');
      try {
        pipe = m.startPipeline(core);
      } catch (e) {
        if (e instanceof KikubariConfigError) console.error(e.message), api.destroy();
        throw e;
      }
      tracked.splice(0).forEach((n) => pipe!.track(n));
      return pipe;
    }, (e) => {
      if (!dead) pipeP = undefined; // a network failure: the next call tries again
      throw e;
    }));

  /** The pipeline, with the widget chunk fetched at the same time (not one round trip after the other): the visitor is waiting for the panel. */
  const withWidget = () => (chunk('widget').catch(() => {}), pipeline());

  /**
   * Is there anything kikubari could do for this visitor on this page? Offer help, store a
   * purchase, debug — or purge records past retention (the pipeline does, as it starts).
   */
  const gate = () => {
    const hint = consent == 'granted' ? readHint(win) : 0;
    const age = Date.now() - hint;
    if (
      debug ||
      outbox.staged().length ||
      purchaseBlocks(doc).length ||
      (hint && age > (cfg.retentionDays || DEFAULT_RETENTION_DAYS) * DAY_MS) ||
      (cfg.proactive !== false && ((cfg.offers || []).length || (cfg.defaultOffer !== false && hint && age <= RECENT_PURCHASE_DAYS * DAY_MS)))
    )
      void pipeline().catch(() => {});
  };

  /** Without consent nothing stays on the device: the database, the hint and the outbox go. */
  const erase = () => {
    outbox.clear();
    writeHint(win, 0);
    try {
      win.indexedDB.deleteDatabase(DB_NAME);
    } catch {
      /* no IndexedDB: nothing stored there */
    }
  };

  const stage = (source: PurchaseSource, payload: unknown) => {
    const id = outbox.stage(source, payload);
    return pipeline().then((p) => p.ingest(source, payload, id));
  };

  const api: Kikubari = {
    purchase: (order) => stage('order', order),
    identify: (user) => pipeline().then((p) => p.identify(user)),
    track(name, props) {
      const n = str(100)(name, 'track(name)');
      if (props !== undefined && !isObj(props)) fail('track(name, props): props', 'an object', props);
      pipe ? pipe.track(n) : tracked.push(n) > 100 && tracked.shift();
    },
    on: emitter.on,
    off: emitter.off,
    async open(options = {}) {
      const query = options.query === undefined ? undefined : str(500)(options.query, 'open.query');
      await (await withWidget()).open(query);
    },
    close() {
      pipe && pipe.close();
    },
    context: () => pipeline().then((p) => p.context()),
    setConsent(next) {
      consent = oneOf(['granted', 'pending', 'denied'] as const)(next, 'setConsent(consent)');
      outbox.keep();
      pipe ? pipe.consentChanged() : (next != 'granted' && erase(), gate());
    },
    forget: () => pipeline().then((p) => p.forget()),
    inspect: () => (pipe ? pipe.inspect() : offInspection(win.location.href, doc.title, consent, locale)),
    destroy() {
      if (dead) return;
      dead = true;
      stops.forEach((s) => s());
      pipe && pipe.destroy();
      shell && shell.remove();
    },
  };

  whenActivated(doc, () => {
    if (dead) return;
    try {
      // Another tab recorded a purchase: this page may now have something to offer.
      stops.push(listen(win, 'storage', (e) => (e as StorageEvent).key == HINT_KEY && gate()));
      const begin = () => {
        if (cfg.launcher !== false) ensureShell();
        // A page that starts denied erases what earlier pages stored; pending leaves it be.
        consent == 'denied' && erase();
        gate();
      };
      doc.body ? begin() : stops.push(listen(doc, 'DOMContentLoaded', begin));
      // A purchase pushed to dataLayer (now or later) always reaches the store.
      // Only the purchase's own part is kept (not, say, enhanced-conversion user data beside it).
      // Last: where our push wrapper cannot go on (a frozen dataLayer, SES-frozen built-ins) the
      // purchases already there are read, one error is logged, and the rest still runs.
      if (cfg.readDataLayer !== false)
        stops.push(watchDataLayer(win, (e: any) => void stage('dataLayer purchase', e.event ? e.ecommerce : e[2]).catch((e) => logger.warn('bad-purchase', errorText(e)))));
    } catch (e) {
      logger.error('internal', errorText(e));
    }
  });

  return api;
}

