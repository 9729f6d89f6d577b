/**
 * The chunk boundaries, and nothing else: types only, so they cost no bytes, and importing
 * nothing from either side of a boundary (only the public types and the logger's shape), so no
 * import circle can pass through here.
 *
 * ```
 * kikubari.js / index.mjs ──CoreToPipeline──► pipeline.mjs ──PipelineToWidget──► widget.mjs
 *   (the core: always loaded)  ◄──PipelineToCore──     ◄──WidgetToPipeline──
 * ```
 *
 * "The core" is the always-loaded part (`kikubari.ts`): config, launcher, events, the gate.
 * Which source file lands in which chunk is the build's concern (`rollup.config.mjs`).
 */
import type { Logger } from './lib/logger';
import type {
  Consent,
  ContextCard,
  EventMap,
  EventName,
  Handler,
  Inspection,
  KikubariConfig,
  OfferDecision,
  PageSnapshot,
  PageType,
  ReasonFact,
  StoredOrder,
  Theme,
} from './types';

// ── how a chunk is loaded ─────────────────────────────────────────────────────────────

/** The lazy chunks and the one function each exports. */
export interface Chunks {
  pipeline: { startPipeline(core: CoreToPipeline): PipelineToCore };
  widget: {
    mountWidget(pipeline: PipelineToWidget): WidgetToPipeline;
    /** The decision's reasons (data) in the visitor's language. */
    wordReasons(why: ReasonFact[], locale: string): string[];
    /**
     * The SKUs the article index ties this page to (its article for this URL): `[]` until the
     * index has answered; the first call for a page asks it.
     */
    pageProducts(config: KikubariConfig, doc: Document): string[];
    /** The customer info card from the visitor's records: `context()` before the widget is mounted. */
    buildCard: BuildCard;
  };
  /** Only where the site configured `pushDataLayer` or `beaconUrl`. */
  sinks: { createSinks(win: Window, cfg: KikubariConfig, visitor: () => string, heldOut: () => boolean): Sinks };
}

/** What the card is built from: the visitor's records, as the context store keeps them. */
export interface CardRecords {
  purchases: StoredOrder[];
  pages: { url: string; title: string; type: PageType; at: number }[];
  interactions: { kind: string; id: string; outcome?: string; title?: string; helpful?: boolean; at: number }[];
  visitor?: { id: string; customerId?: string };
}

/** What the open panel saw on this page, for the card; kept by the widget in memory, never stored. */
export interface CardStory {
  /** What the visitor typed, oldest first. */
  typed: string[];
  /** The offer they accepted, with its reasons as they read them. */
  offer?: { id: string; message: string; reasons: string[] };
  /** Every article shown in the panel, in order. */
  shown: { id: string; title: string; url: string; at: number }[];
  /** Passages quoted and responder replies. */
  answers: { text: string; articleId?: string }[];
}

/**
 * Builds the card from the records (and, from a mounted widget, what its panel saw); its text is
 * worded by the hand-off chunk, which this loads.
 */
export type BuildCard = (records: CardRecords, page: { url: string; title: string; type: PageType }, locale: string, purchasesAllowed: boolean, story?: CardStory) => Promise<ContextCard>;

/** The event sinks the site configured (GA4/GTM `dataLayer`, beacon): every event goes to `sink`. */
export interface Sinks {
  sink(event: EventName, payload: unknown): void;
  /** Send what is batched and stop. */
  stop(): void;
}
/** How a lazy chunk is fetched: a static `import()` for bundlers, a URL beside the script for the script tag. */
export type LoadChunk = <K extends keyof Chunks>(name: K) => Promise<Chunks[K]>;

// ── the core ⇄ the pipeline ───────────────────────────────────────────────────────────

/** Typed events. A handler that throws is reported once and never breaks the others. */
export interface Emitter {
  on<E extends EventName>(event: E, handler: Handler<E>): () => void;
  off<E extends EventName>(event: E, handler: Handler<E>): void;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}

/**
 * Purchase payloads staged in localStorage, synchronously, from the moment they arrive until they
 * are stored in IndexedDB (see `context/outbox.ts`).
 */
export interface Outbox {
  stage(source: string, payload: unknown): string;
  unstage(id: string): void;
  /** Consent was granted: write what was held in memory until now. */
  keep(): void;
  /** What is waiting, with when it arrived (the default purchase time), at most a week old. */
  staged(): [source: string, payload: unknown, id: string, at: number][];
  clear(): void;
}

/** The host element `<div data-kikubari>`, its open shadow root and the launcher. */
export interface Shell {
  host: HTMLElement;
  root: ShadowRoot;
  launcher?: HTMLButtonElement;
  remove(): void;
}

/** What the core hands the pipeline when it has loaded it. */
export interface CoreToPipeline {
  win: Window;
  /** The validated config. */
  cfg: KikubariConfig;
  locale: string;
  /** The theme, with the side resolved for right-to-left locales. */
  theme: Theme;
  /** `debug: true` or `?kikubari-debug`: show the overlay at once. */
  debug: boolean;
  logger: Logger;
  emitter: Emitter;
  outbox: Outbox;
  consent(): Consent;
  /** The host element, shadow root and launcher (created on first use); none where the page has no shadow DOM. */
  shell(): Shell | undefined;
  chunk: LoadChunk;
  /** Attach the event sinks (dataLayer, beacon); events emitted before are delivered then. */
  sink(f: (event: EventName, payload: unknown) => void): void;
}

/** Where a purchase payload came from (named in error messages). */
export type PurchaseSource = 'order' | 'identify.purchases' | 'dataLayer purchase' | 'data-kikubari-purchase';

/** What the core asks of the pipeline once it runs: the public API's work. */
export interface PipelineToCore {
  ingest(source: PurchaseSource, payload: unknown, id: string, at?: number): Promise<void>;
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

// ── the pipeline ⇄ the widget ─────────────────────────────────────────────────────────

/**
 * Everything the widget may read or do, handed over by the pipeline when it mounts the widget.
 * The widget imports nothing else from the pipeline.
 */
export interface PipelineToWidget {
  /** The open shadow root of `<div data-kikubari>`. */
  root: ShadowRoot;
  /** The launcher button the core drew (absent with `launcher: false`). */
  launcher?: HTMLButtonElement;
  locale: string;
  /** The theme, with the side resolved for right-to-left locales. */
  theme: Theme;
  /** The validated config: the widget reads `articles`, `handoff`, `responder` and `strings`. */
  config: KikubariConfig;
  /** Purchases the widget may use: empty without consent. */
  purchases(): StoredOrder[];
  /** The current page, as the engine sees it now. */
  page(): PageSnapshot;
  /** The hand-off card, as `context()` returns it. */
  context(): Promise<ContextCard>;
  inspect(): Inspection;
  /** Make an offer now, skipping its conditions and etiquette (debug overlay). */
  fireOffer(offerId: string): void;
  /** Something the visitor did: recorded in their context (where it is worth keeping) and emitted. */
  outcome<E extends EventName>(event: E, payload: EventMap[E]): void;
  /** Tell the site's developer, once per code, through the SDK logger (the console by default). */
  warn(code: string, message: string): void;
}

/** What the pipeline can ask of a mounted widget. */
export interface WidgetToPipeline {
  offer(decision: OfferDecision): void;
  open(options: { query?: string; source: 'launcher' | 'api' }): void;
  close(): void;
  /** The launcher was pressed: open the panel, or close it when open. */
  launch(): void;
  debug(): void;
  /** The card with what the panel saw on this page: what `context()` returns once the widget is mounted. */
  buildCard: BuildCard;
  destroy(): void;
}
