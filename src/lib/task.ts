/**
 * Run `f` in a task of its own, queued behind those already waiting (unlike a `scheduler.yield()`
 * continuation): a `MessageChannel` message, never a clamped or faked timer. The port is closed
 * once used, or Node would stay alive. On a page whose `MessageChannel` throws (an old
 * polyfill), a timer.
 *
 * @example
 * queueTask(onNavigated); // a router renders after it pushes: read the page after that
 */
export const queueTask = (f: () => void): void => {
  try {
    const c = new MessageChannel();
    c.port1.onmessage = () => (c.port1.close(), f());
    c.port2.postMessage(0);
  } catch {
    setTimeout(f);
  }
};

/**
 * {@link queueTask} as a promise, which never rejects.
 *
 * @example
 * await task(); // the browser has run what was queued before, a frame included if one was due
 */
export const task = (): Promise<void> => new Promise(queueTask);
