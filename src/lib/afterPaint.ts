import { task } from '../search/pause';

/**
 * Run `fn` in a task after the next frame is painted: the panel a click has just drawn reaches
 * the screen first, and what `fn` finds follows it. The frame is seen by a `ResizeObserver`,
 * whose first report comes in the frame's own rendering steps (after layout, before paint); a
 * task queued then runs once that frame is done, after the tasks already waiting (a
 * `scheduler.yield()` continuation would jump ahead of them). Unlike `requestAnimationFrame` and timers, neither is
 * faked by a test clock (Playwright's `page.clock`), and neither runs while the tab is hidden and
 * nothing is drawn: `fn` waits for the page to be seen. Without `ResizeObserver`, a task at once.
 *
 * @example
 * const hits = await afterPaint(() => finder.search(query));
 */
export const afterPaint = <T>(fn: () => T | Promise<T>): Promise<T> =>
  new Promise<unknown>((frame) =>
    typeof ResizeObserver == 'function' ? new ResizeObserver((_, o) => frame(o.disconnect())).observe(document.documentElement) : frame(0),
  )
    .then(task)
    .then(fn);
