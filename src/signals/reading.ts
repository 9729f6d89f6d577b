import { listen } from '../lib/listen';
import type { ReadingFacts } from '../types';

/** A fast upward scroll that reaches the top of the content within this many ms … */
const FLICK_MS = 1000;
/** Exit intent counts only after this much engaged reading: leaving at once is not a sign of anything we can help with. */
const READ_MS = 10e3;

/**
 * What the visitor does with the page's content: how far into it they read (the `article`, else
 * `main`, else the body), how often they scroll back over it, and whether they look about to
 * leave. Scroll events only ask for an animation frame; the one layout read per frame happens
 * there, and nothing at all happens while the tab is hidden.
 *
 * Exit intent, once per page view, after `READ_MS` of engaged reading. Desktop: the pointer
 * leaves the page through its top edge, towards the tabs and the address bar. Phones (`phone()`)
 * have no pointer: a fast scroll back to the top (a screen or more in under a second) is how a
 * phone brings back its address bar and tabs. Leaving for another tab and coming back was not
 * chosen: a locked screen or a notification looks the same, and by then the visitor has left.
 * `onExit` is told at once, so the engine decides at once.
 */
export function watchReading(win: Window, engagedMs: () => number, phone: () => boolean, onExit: () => void) {
  const doc = win.document;
  const state: ReadingFacts = { scrollDepth: 0, rereads: 0, exitIntent: false };
  let frame = 0;
  let prev = -Infinity; // content offset at the top of the screen, last frame
  let from = 0; // where the current upward run started …
  let fromAt = 0; // … and when
  let counted = false;

  const exit = () => {
    if (!state.exitIntent && !doc.hidden && engagedMs() >= READ_MS) (state.exitIntent = true), onExit();
  };
  const measure = (t: number) => {
    frame = 0;
    const r = (doc.querySelector('article') || doc.querySelector('main') || doc.body).getBoundingClientRect();
    const h = win.innerHeight;
    const y = -r.top;
    state.scrollDepth = Math.max(state.scrollDepth, Math.min(1, (h + y) / r.height || 1));
    if (y > prev) (from = y), (fromAt = 0), (counted = false);
    else if (y < prev) fromAt ||= t; // the first frame of the upward run
    // Back up over at least half a screen already read: one re-read, then none until reading on.
    if (!counted && y < prev && from - y > h / 2) (counted = true), state.rereads++;
    if (y <= 0 && from - y >= h && t - fromAt < FLICK_MS && phone()) exit();
    prev = y;
  };
  const ask = () => frame || doc.hidden || (frame = win.requestAnimationFrame(measure));
  const stops = [
    listen(win, 'scroll', ask),
    listen(doc, 'mouseout', (e) => {
      const m = e as MouseEvent;
      if (m.isTrusted && !m.relatedTarget && m.clientY <= 0) exit();
    }),
  ];
  ask();

  return {
    state,
    reset() {
      state.scrollDepth = state.rereads = 0;
      state.exitIntent = false;
      prev = -Infinity; // a route change scrolling to the top is not a scroll-back
      ask();
    },
    stop() {
      stops.forEach((s) => s());
      win.cancelAnimationFrame(frame);
    },
  };
}
