import { task } from './task';

/**
 * Run `fn` in a task after the next frame is painted: the panel a click has just drawn reaches
 * the screen first, and what `fn` finds follows it. The frame is seen by a `ResizeObserver`,
 * whose first report comes in the frame's own rendering steps (after layout, before paint); a
 * task queued then runs once that frame is done, after the tasks already waiting (a
 * `scheduler.yield()` continuation would jump ahead of them). Unlike `requestAnimationFrame`,
 * neither is faked by a test clock (Playwright's `page.clock`). A hidden tab draws no frame: there,
 * and on a page whose own `ResizeObserver` throws or never reports, a timer after 1 s instead.
 *
 * @example
 * const hits = await afterPaint(() => finder.search(query));
 */
export const afterPaint = <T>(fn: () => T | Promise<T>): Promise<T> =>
  new Promise<unknown>((frame) => {
    setTimeout(frame, 1000);
    try {
      new ResizeObserver((_, o) => frame(o.disconnect())).observe(document.documentElement);
    } catch {
      frame(0);
    }
  })
    .then(task)
    .then(fn);
