import type { LoadChunk } from '../kikubari';
import type { Logger } from '../lib/logger';
import type { Emitter } from '../outcomes/emitter';
import type { Consent, EventName, KikubariConfig, Theme } from '../types';
import type { Outbox } from './outbox';
import type { Shell } from './shell';

/** What the always-loaded script hands the pipeline when it loads it. */
export interface Core {
  win: Window;
  /** The validated config. */
  cfg: KikubariConfig;
  locale: string;
  /** The theme, with the side resolved for right-to-left locales. */
  theme: Theme;
  logger: Logger;
  emitter: Emitter;
  outbox: Outbox;
  consent(): Consent;
  /** The host element, shadow root and launcher (created on first use). */
  shell(): Shell;
  chunk: LoadChunk;
  /** Attach the event sinks (dataLayer, beacon); events emitted before are delivered then. */
  sink(f: (event: EventName, payload: unknown) => void): void;
}
