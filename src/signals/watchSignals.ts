import { queueTask } from '../lib/task';
import type { KikubariConfig, PageSnapshot } from '../types';
import { watchActivity } from './activity';
import { deviceClass } from './deviceClass';
import { watchFrustration } from './frustration';
import { deepActiveElement, isFormField } from './isFormField';
import { watchNavigation } from './navigation';
import { readPage, type PageFacts } from './pageType';
import { watchReading } from './reading';

/** Visitors count as engaged for this long after an input unless `engagedWindowSeconds` says otherwise (SPEC §1). */
const DEFAULT_ENGAGED_WINDOW_SECONDS = 30;

/** Every signal at one instant, as the engine reads it. */
export interface SignalsSnapshot {
  /** The page (re-read: an SPA may have rendered its title, heading or JSON-LD since) with its times and hints. */
  page: PageSnapshot;
  device: 'mobile' | 'desktop';
  /** Engaged window (ms): engaged time stops accruing this long after the last input. */
  windowMs: number;
  /** Focus is in a form field on the host page (or in an iframe, or a web component's field). */
  typing: boolean;
  /** ms since the last keystroke in a form field. */
  sinceTypedMs: number;
}

/** What the signals tell whoever listens. */
export interface SignalEvents {
  /** A new page view started (an SPA route change or a back/forward-cache restore). */
  navigated(): void;
  visibility(visible: boolean): void;
  /** A search submitted through the site's own KB search box (`searchSelector`). */
  searched(): void;
  /** Exit intent: decide now. */
  exit(): void;
}

export interface Signals {
  /** Start a new page view: times and hints back to zero. Returns the page. */
  pageView(): PageFacts;
  /** The page as last read, without re-reading it. */
  page(): PageFacts;
  snapshot(): SignalsSnapshot;
  visible(): boolean;
  /** Called once on the next input, then forgotten (lets the engine sleep without polling). */
  onNextInput(callback: () => void): void;
  stop(): void;
}

/**
 * Every signal of this page view — dwell, idle and visibility; frustration hints; page type and
 * product; device; typing — started together, read together, stopped together. A new signal is
 * one watcher here and one field in the snapshot.
 */
export function watchSignals(win: Window, cfg: KikubariConfig, on: SignalEvents): Signals {
  const doc = win.document;
  const windowMs = (cfg.engagedWindowSeconds || DEFAULT_ENGAGED_WINDOW_SECONDS) * 1000;
  const readNow = () => readPage(doc, win.location.href, cfg.pageTypes);
  let page = readNow();
  const read = () => (page = readNow());
  let visible = doc.visibilityState == 'visible';
  const activity = watchActivity(win, windowMs, (now) => on.visibility((visible = now)));
  const frustration = watchFrustration(win, cfg.searchSelector, on.searched);
  const stopNavigation = watchNavigation(win, () => queueTask(on.navigated));
  const reading = watchReading(win, activity, on.exit);

  return {
    pageView() {
      activity.restart();
      frustration.reset();
      reading.reset();
      return read();
    },
    page: () => page,
    snapshot() {
      const { typedAt, ...times } = activity.times();
      return {
        page: { ...read(), ...times, ...frustration.counts, ...reading.state },
        device: deviceClass(win),
        windowMs,
        typing: isFormField(deepActiveElement(doc)),
        sinceTypedMs: win.performance.now() - typedAt,
      };
    },
    visible: () => visible,
    onNextInput: activity.onNextInput,
    stop() {
      activity.stop();
      frustration.stop();
      stopNavigation();
      reading.stop();
    },
  };
}
