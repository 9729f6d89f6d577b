import type {
  ArticleSource,
  ContextCard,
  EventMap,
  HandoffConfig,
  Inspection,
  OfferDecision,
  PageSnapshot,
  Responder,
  StoredOrder,
  Theme,
} from '../types';

/**
 * The seam between the always-loaded core and the lazy widget: everything the widget may
 * read or do, passed in when it is mounted. The widget imports nothing else from the core.
 */
export interface WidgetHost {
  /** The open shadow root of `<div data-kikubari>`. */
  root: ShadowRoot;
  /** The launcher button the core drew (absent with `launcher: false`). */
  launcher?: HTMLButtonElement;
  locale: string;
  theme: Theme;
  strings: Record<string, Record<string, string>>;
  articles?: ArticleSource;
  handoff?: HandoffConfig;
  responder?: Responder;
  purchases(): StoredOrder[];
  page(): PageSnapshot;
  context(): Promise<ContextCard>;
  inspect(): Inspection;
  /** Make an offer now, skipping its conditions (debug overlay). */
  fireOffer(offerId: string): void;
  /** Record an outcome in the store and emit it as an event. */
  outcome<E extends keyof EventMap>(event: E, payload: EventMap[E]): void;
}

/** What the core can ask of a mounted widget. */
export interface WidgetApi {
  offer(decision: OfferDecision): void;
  open(options: { query?: string; source: 'launcher' | 'api' }): void;
  close(): void;
  debug(): void;
  destroy(): void;
}

export type MountWidget = (host: WidgetHost) => WidgetApi;
