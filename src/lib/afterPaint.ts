import { task } from './task';

/**
 * Run `fn` once, in the rendering steps of the next frame: after its layout, before its paint (a
 * `ResizeObserver`'s first report). What `fn` reads of the layout is already computed, and what
 * it changes (a scroll position, focus) is painted with that frame: reading the layout in the
 * task that changed the DOM instead makes the browser lay it out inside that task, which then
 * runs long. Unlike `requestAnimationFrame`, not faked by a test clock (Playwright's
 * `page.clock`). A hidden tab draws no frame: there, and on a page whose own `ResizeObserver`
 * throws or never reports, a timer after 1 s instead.
 *
 * @example
 * nextFrame(() => (log.scrollTop = log.scrollHeight));
 */
export const nextFrame = (fn: () => void): void => {
  let done = false;
  const run = () => done || ((done = true), fn());
  setTimeout(run, 1000);
  try {
    new ResizeObserver((_, o) => (o.disconnect(), run())).observe(document.documentElement);
  } catch {
    run();
  }
};

/**
 * Run `fn` in a task after the next frame is painted: the panel a click has just drawn reaches
 * the screen first, and what `fn` finds follows it. A task queued in the frame's rendering steps
 * ({@link nextFrame}) runs once that frame is done, after the tasks already waiting (a
 * `scheduler.yield()` continuation would jump ahead of them).
 *
 * @example
 * const hits = await afterPaint(() => finder.search(query));
 */
export const afterPaint = <T>(fn: () => T | Promise<T>): Promise<T> =>
  new Promise<void>((frame) => nextFrame(frame))
    .then(task)
    .then(fn);
