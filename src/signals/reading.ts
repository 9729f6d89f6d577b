import { listen } from '../lib/listen';
import type { ReadingFacts } from '../types';
import type { Activity } from './activity';
import { deviceClass } from './deviceClass';

/** A scroll back to the top is fast when the page was a screen or more further down this many ms before. */
const FLICK_MS = 1000;
/**
 * The content's box is read this many ms after a scroll, once for all the scrolling in between, so
 * at most ten times a second and always after the last scroll: depth, re-reads and a flick need no
 * more. Read on every animation frame, it was most of the pipeline's script time on a 10 s scroll
 * (`npm run bench:signals`): a read right after a scroll costs Chromium 50–120 µs (the page's style
 * brought up to date first), and asking for a frame on every frame cost as much again.
 */
const MEASURE_MS = 100;
/** Exit intent counts only after this much engaged reading: leaving at once is not a sign of anything we can help with. */
const READ_MS = 10e3;

/**
 * What the visitor does with the page's content: how far into it they read (the `article`, else
 * `main`, else the body), how often they scroll back over it, and whether they look about to
 * leave. A scroll only arms one timer (`MEASURE_MS`) if none is armed; the layout read happens
 * when it fires. Nothing is armed while the tab is hidden (one armed just before may fire after:
 * it records where the visitor left the page), and a scroll then is forgotten, not counted.
 *
 * Exit intent, once per page view, after `READ_MS` of engaged reading. Desktop: the pointer
 * leaves the page through its top edge, towards the tabs and the address bar. Phones (`deviceClass`)
 * have no pointer: a fast scroll back to the top (reaching it a screen or more above where the
 * page was a second before) is how a phone brings back its address bar and tabs. The last second,
 * not the whole way up: from deep in a long article a visitor flicks several times, and the
 * momentum takes a second or two to carry the page up (measured in Chromium, 375×667, touch). Leaving for another tab and coming back was not
 * chosen: a locked screen or a notification looks the same, and by then the visitor has left.
 * `onExit` is told at once, so the engine decides at once.
 */
export function watchReading(win: Window, activity: Activity, onExit: () => void) {
  const doc = win.document;
  const state = {} as ReadingFacts; // filled by reset(), below
  let timer = 0;
  // Where the current upward run started (the content's offset at the top of the screen); -Infinity
  // once it is counted as a re-read, until the visitor reads on.
  let from: number;
  // Offset and time of each read of the last FLICK_MS, and of the one before them (where the page
  // was a second ago), flat: [y, t, y, t, …].
  let seen: number[];

  const exit = () => {
    if (!state.exitIntent && !doc.hidden && activity.times().engagedMs >= READ_MS) (state.exitIntent = true), onExit();
  };
  const measure = () => {
    timer = 0;
    const t = win.performance.now();
    const r = (doc.querySelector('article') || doc.querySelector('main') || doc.body).getBoundingClientRect();
    const h = win.innerHeight;
    const y = -r.top;
    state.scrollDepth = Math.max(state.scrollDepth, Math.min(1, (h + y) / r.height || 1));
    if (y > seen[seen.length - 2]!) from = y;
    // Back up over at least half a screen already read: one re-read, then none until reading on.
    else if (from - y > h / 2) (from = -Infinity), state.rereads++;
    for (seen.push(y, t); t - seen[3]! >= FLICK_MS; ) seen.splice(0, 2);
    // On a desktop, a fast scroll back to the top is just reading.
    if (y <= 0 && seen[0]! - y >= h && deviceClass(win) == 'mobile') exit();
  };
  // Where the page is, how it got there: forgotten when a page view starts (a route change scrolling
  // to the top is neither a scroll-back nor a flick) and when the page scrolls while hidden (that is
  // not the visitor reading: the next read starts afresh).
  const forget = () => {
    from = -Infinity;
    seen = [];
  };
  const ask = () => (doc.hidden ? forget() : timer || (timer = win.setTimeout(measure, MEASURE_MS)));
  const stops = [
    listen(win, 'scroll', ask),
    listen(doc, 'mouseout', (e) => {
      const m = e as MouseEvent;
      if (m.isTrusted && !m.relatedTarget && m.clientY <= 0) exit();
    }),
  ];
  const reset = () => {
    state.scrollDepth = state.rereads = 0;
    state.exitIntent = false;
    forget();
    ask();
  };
  reset();

  return {
    state,
    reset,
    stop() {
      stops.forEach((s) => s());
      win.clearTimeout(timer);
    },
  };
}
