import type { Interaction, Records } from '../context/records';
import type { EngineInput } from '../engine/EngineInput';
import type { Emitter } from '../outcomes/emitter';
import type { Inspection, KikubariConfig, OfferDecision, StoredOrder, Theme } from '../types';

/**
 * The seam between the always-loaded core and the lazy chunk: everything the widget may read or
 * do, handed over when it is mounted. The lazy chunk imports nothing else from the core.
 */
export interface Core {
  /** The open shadow root of `<div data-kikubari>`. */
  root: ShadowRoot;
  /** The launcher button the core drew (absent with `launcher: false`). */
  launcher?: HTMLButtonElement;
  /** The validated config (the widget reads `articles`, `handoff`, `responder`, `strings`). */
  config: KikubariConfig;
  /** The theme, with the side resolved for right-to-left locales. */
  theme: Theme;
  locale: string;
  /** The records the widget may read (the customer info card is built from them). */
  records: Records;
  /** Purchases the widget may use: empty without consent. */
  purchases(): StoredOrder[];
  /** Signals and context now, as the engine sees them. */
  snapshot(): EngineInput;
  /** The hand-off card, as `context()` returns it. */
  context: () => Promise<import('../types').ContextCard>;
  inspect(): Inspection;
  /** Make an offer now, skipping its conditions and etiquette (debug overlay). */
  fire(offerId: string): void;
  record(interaction: Omit<Interaction, 'at'>): void;
  emit: Emitter['emit'];
  /** Tell the site's developer, once per code, through the SDK logger (the console by default). */
  warn(code: string, message: string): void;
}

/** What the core can ask of a mounted widget. */
export interface WidgetApi {
  offer(decision: OfferDecision): void;
  open(options: { query?: string; source: 'launcher' | 'api' }): void;
  close(): void;
  /** The launcher was pressed: open the panel, or close it when open. */
  launch(): void;
  debug(): void;
  destroy(): void;
}

export type MountWidget = (core: Core) => WidgetApi;
