import { listen } from '../lib/listen';
import { isFormField } from './isFormField';

/** Engaged, visible and idle time of the current page view, in milliseconds. */
export interface ActivityTimes {
  visibleMs: number;
  engagedMs: number;
  idleMs: number;
  /** `performance.now()` of the last keystroke in a form field, or -Infinity. */
  typedAt: number;
}

export interface Activity {
  times(): ActivityTimes;
  /** Start a new page view: all times back to zero. */
  restart(): void;
  /** Called once on the next input, then forgotten (lets the engine sleep without polling). */
  onNextInput(callback: (() => void) | undefined): void;
  stop(): void;
}

const INPUTS = ['pointermove', 'pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart'];


/**
 * Dwell and idle on the current page; `onVisibility` is told of every visibility change.
 *
 * Idle is *visible* time since the last input: a hidden tab is away, not idle, so nothing
 * accrues while hidden and coming back resumes where it left off. Engaged time is visible
 * time within `windowMs` of an input (the start of a page view counts as one: the visitor
 * just arrived). Each input costs one clock read and three additions — no timers, no layout.
 */
export function watchActivity(win: Window, windowMs: number, onVisibility: (visible: boolean) => void): Activity {
  const doc = win.document;
  const perf = win.performance;
  let visible = doc.visibilityState == 'visible';
  let visibleBefore = 0; // visible ms accumulated before the current visible span
  let spanStart = perf.now();
  let lastInput = 0; // visible-ms clock at the last input
  let engagedBefore = 0; // engaged ms accumulated up to the last input
  let typedAt = -Infinity;
  let wake: (() => void) | undefined;

  const visibleClock = () => visibleBefore + (visible ? perf.now() - spanStart : 0);

  const onInput = (e: Event) => {
    if (!e.isTrusted || !visible) return;
    const t = visibleClock();
    engagedBefore += Math.min(t - lastInput, windowMs);
    lastInput = t;
    // composedPath()[0]: the real field, also inside a web component's shadow root.
    if (e.type == 'keydown' && isFormField(e.composedPath()[0] as Element | undefined)) typedAt = perf.now();
    if (wake) {
      const w = wake;
      wake = undefined;
      w();
    }
  };

  const onChange = () => {
    const now = doc.visibilityState == 'visible';
    if (now == visible) return;
    if (now) spanStart = perf.now();
    else visibleBefore += perf.now() - spanStart;
    visible = now;
    onVisibility(now);
  };

  const stops = [listen(win, INPUTS, onInput), listen(doc, 'visibilitychange', onChange)];

  return {
    times() {
      const t = visibleClock();
      const idle = t - lastInput;
      return { visibleMs: t, engagedMs: engagedBefore + Math.min(idle, windowMs), idleMs: idle, typedAt };
    },
    restart() {
      visibleBefore = lastInput = engagedBefore = 0;
      spanStart = perf.now();
    },
    onNextInput(callback) {
      wake = callback;
    },
    stop() {
      stops.forEach((s) => s());
    },
  };
}
