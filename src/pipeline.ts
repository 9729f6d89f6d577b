import { createContext } from './context/createContext';
import { createEngine } from './engine/createEngine';
import type { EngineInput } from './engine/EngineInput';
import { errorText } from './lib/errorText';
import { whenLoadedAndIdle } from './lib/whenLoadedAndIdle';
import { recordOutcome } from './outcomes/recordOutcome';
import type { Chunks, CoreToPipeline, PipelineToCore, WidgetToPipeline } from './seams';
import { watchSignals } from './signals/watchSignals';
import type { OfferDecision } from './types';

/** After a quiet spell, the first input schedules a re-check this much later — never more often. */
const INPUT_RECHECK_MS = 1000;
/** An offer that time alone makes eligible within this long: fetch the widget chunk now, so the offer paints at once. */
const PREFETCH_WITHIN_MS = 5000;

/**
 * The pipeline, as the data flow reads: signals → context → engine → widget (lazy) → outcomes.
 * It starts each stage, passes one stage's output to the next, and stops them; each stage does
 * its own work. Loaded by the core on the pages where kikubari can act (see `gate()` in
 * `kikubari.ts`).
 */
export function startPipeline(core: CoreToPipeline): PipelineToCore {
  const { win, cfg, logger, emitter } = core;
  // First, before anything starts: an invalid offer throws here, and kikubari stays inert.
  const engine = createEngine(cfg, core.locale);
  const context = createContext(core);
  const outcome = recordOutcome(context.record, emitter);
  const stops: (() => void)[] = [context.close];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let chatting = false;
  let dead = false;
  let widgetP: Promise<WidgetToPipeline> | undefined;
  /** The widget chunk once fetched: it also tells the engine what the article index ties this page to. */
  let w: Chunks['widget'] | undefined;

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

  // ── signals → context ──────────────────────────────────────────────────────────────
  const pageView = () => {
    context.pageViewed(signals.pageView());
    schedule(0);
  };
  const track = (name: string) => void context.tracked(name).then(() => schedule(0));
  const signals = watchSignals(win, cfg, {
    navigated: safely(pageView),
    visibility: safely((visible: boolean) => (visible ? (context.shown(), schedule(0)) : clearTimeout(timer))),
    searched: () => track('kb_search'),
    exit: safely(() => schedule(0)),
  });
  stops.push(signals.stop);

  // ── → engine ───────────────────────────────────────────────────────────────────────
  const input = (): EngineInput => {
    const now = Date.now();
    return engine.input(signals.snapshot(), context.snapshot(now, engine.rules.dismissDays), now, w?.pageProducts(cfg, win.document));
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = undefined;
    // No timers while hidden, while chatting, while an offer is being made, or with proactive offers off.
    if (!dead && signals.visible() && !chatting && !busy && cfg.proactive !== false) timer = win.setTimeout(tick, ms);
  };

  const tick = safely(() => {
    timer = undefined;
    const r = engine.evaluate(input());
    if (r.decision) return void offer(r.decision);
    // Sleep until time alone could make an offer eligible (a timer that fires early only finds a
    // few ms left and sleeps those); the next input after that wakes us.
    // Wake early once more to fetch the widget chunk while the visitor is still reading, and ask
    // the article index (which the chunk loads) what this page is about before the offer is due.
    if (r.waitMs <= PREFETCH_WITHIN_MS) void core.chunk('widget').then((m) => (w = m).pageProducts(cfg, win.document), () => {});
    if (r.waitMs < Infinity) schedule(r.waitMs > PREFETCH_WITHIN_MS ? r.waitMs - PREFETCH_WITHIN_MS : r.waitMs);
    signals.onNextInput(() => timer === undefined && schedule(INPUT_RECHECK_MS));
  });

  // ── → widget → outcomes ────────────────────────────────────────────────────────────
  /** Make an offer: take the visit's slot (the first tab to decide wins), then show it or hold it out. */
  const offer = async (d: OfferDecision, forced?: boolean) => {
    // No shadow DOM, no widget (the core said so once): no offer is spent, and no timer runs on.
    if (!core.shell()) return;
    busy = true;
    try {
      // The slot (one IndexedDB transaction) and the widget chunk at the same time; the offer is
      // drawn first, and only then recorded (its write begins after the drawing, in the same task;
      // `offer:shown`'s handlers, before the drawing). The chunk also words the reasons: a held-out
      // decision fetches it for that (and mounts nothing).
      engine.assign(d, forced ? '' : context.visitorId());
      const chunk = core.chunk('widget');
      chunk.catch(() => {}); // awaited below, once the slot is ours
      if (!forced && !(await context.takeOfferSlot(engine.rules.perSession))) return;
      if (dead) return;
      d.reasons = (await chunk).wordReasons(d.why, core.locale);
      if (d.group == 'held-out') return outcome('offer:held-out', d);
      (await widget()).offer(d);
      outcome('offer:shown', d);
    } catch (e) {
      logger.error('offer', 'offer not shown: ' + errorText(e));
    } finally {
      busy = false;
      schedule(0);
    }
  };

  // The visitor is already talking to us: no offer pops up over the panel (nor is one spent).
  emitter.on('chat:opened', () => ((chatting = true), schedule(0)));
  emitter.on('chat:closed', () => ((chatting = false), schedule(0)));

  const widget = () =>
    (widgetP ||= core.chunk('widget').then(
      (m) => {
        if (dead) throw new Error('kikubari was destroyed');
        return m.mountWidget({
          ...core.shell()!,
          locale: core.locale,
          theme: core.theme,
          config: cfg,
          purchases: context.purchases,
          page: () => signals.snapshot().page,
          context: api.context,
          inspect: api.inspect,
          fireOffer(id) {
            const d = engine.force(id, input());
            if (d) void offer(d, true);
          },
          outcome,
          warn: logger.warn,
        });
      },
      (e) => {
        widgetP = undefined; // a network failure: the next offer or launcher press tries again
        throw e;
      },
    ));

  const api: PipelineToCore = {
    ingest: context.ingest,
    identify: context.identify,
    track(name) {
      track(name);
      emitter.emit('track', { name });
    },
    async open(query) {
      (await widget()).open({ query, source: 'api' });
    },
    close() {
      widgetP && widgetP.then((w) => w.close(), () => {});
    },
    launch() {
      void widget().then((w) => w.launch(), () => {});
    },
    // The card is built by the widget chunk: by the mounted widget, with what its panel saw, once there is one.
    context: () => Promise.all([widgetP || core.chunk('widget'), context.card(signals.page())]).then(([m, args]) => m.buildCard(...args)),
    consentChanged() {
      context.consentChanged();
      schedule(0);
    },
    forget: context.forget,
    inspect() {
      const x = input();
      return {
        page: x.page,
        session: x.session,
        visitor: x.visitor,
        consent: core.consent(),
        storage: context.storage(),
        purchases: x.purchases,
        offers: engine.evaluate(x).offers,
        score: x.score,
        locale: core.locale,
        holdout: engine.heldOut(context.visitorId()),
        engine: 'on',
      };
    },
    destroy() {
      if (dead) return;
      dead = true;
      clearTimeout(timer);
      stops.forEach((s) => s());
      widgetP && widgetP.then((w) => w.destroy(), () => {});
    },
  };

  context.onChange(() => schedule(0));
  // Outcome events name the stored visitor: the sinks start once it is known (events wait till then).
  if (cfg.pushDataLayer || cfg.beaconUrl) {
    // Their own chunk: most sites never configure them, and the pipeline need not carry them.
    void Promise.all([core.chunk('sinks'), context.ready]).then(([m]) => {
      if (dead) return;
      const sinks = m.createSinks(win, cfg, context.visitorId, () => engine.heldOut(context.visitorId()));
      stops.push(sinks.stop);
      core.sink(sinks.sink);
    }, () => {});
  }
  // The overlay's first figures are the stored ones (purchases, visits), not an empty store's.
  if (core.debug) void context.ready.then(widget).then((w) => w.debug(), () => {});
  // Where the visitor can press the launcher, the widget is fetched and mounted (closed) once the
  // page has loaded and gone quiet, so the press only draws the panel (issue 15). Only where the
  // pipeline runs: a page kikubari cannot act on costs nothing but kikubari.js.
  else if (cfg.launcher !== false) whenLoadedAndIdle(win, () => void widget().catch(() => {}));
  void context.ready.then(safely(pageView));
  return api;
}
