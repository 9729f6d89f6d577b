import { listen } from './listen';

/**
 * Run `callback` once the page has finished loading and the main thread is idle: work that can
 * wait (fetching a chunk the visitor may ask for) never competes with the page's own resources
 * or its first interactions. Where there is no `requestIdleCallback` (Safari), the next task.
 *
 * @example
 * whenLoadedAndIdle(window, () => void import('./widget.mjs'));
 */
export function whenLoadedAndIdle(win: Window, callback: () => void): void {
  const idle = () => (win.requestIdleCallback ? win.requestIdleCallback(callback) : setTimeout(callback));
  win.document.readyState == 'complete' ? idle() : listen(win, 'load', idle);
}
