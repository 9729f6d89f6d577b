import { task } from '../lib/task';

/**
 * Give the main thread back to the browser for a moment. `scheduler.yield()` (Chromium) resumes
 * ahead of other queued tasks; elsewhere a `MessageChannel` message (every browser, Node ≥ 15),
 * a task of its own that — unlike a nested `setTimeout` — is not clamped to 4 ms (Firefox,
 * Safari: 200 pauses would add 0.8 s). The port is closed once used, or Node would stay alive.
 *
 * @example
 * if (performance.now() - sliceStart > SLICE_MS) await pause();
 */
export const pause = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s && s.yield ? s.yield() : task();
};

/**
 * Work runs in slices of about this many ms between pauses. A long task is > 50 ms and a frame
 * is 16.7 ms; a slice ends after the unit of work that crosses 8 ms, so a slice plus a slow unit
 * (one long article on a phone at a quarter of a laptop's speed) still leaves the browser time
 * to paint a frame in between.
 */
export const SLICE_MS = 8;

/**
 * Run a generator of work to its end in one go (Node, the CLI, the synchronous API).
 *
 * @example
 * const search = finish(build(articles)); // the same steps finishSliced would pause between
 */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * A function to call between units of work: it pauses once the current slice has run
 * {@link SLICE_MS}, and otherwise returns at once (a resolved promise). Work that nothing waits
 * for yet (a split index's articles, read while a question's shards arrive) pauses with `task`
 * instead: behind every task already queued, where a `scheduler.yield()` would go first.
 *
 * @example
 * const breathe = slicer();
 * for (const line of lines) (parse(line), await breathe());
 */
export const slicer = (by = pause) => {
  let t = performance.now();
  return async () => {
    if (performance.now() - t > SLICE_MS) {
      await by();
      t = performance.now();
    }
  };
};

/**
 * Run a generator of work to its end, pausing whenever a slice has run {@link SLICE_MS}: the
 * browser path. Each `yield` of the generator is a place where it may pause.
 *
 * @example
 * const hits = await finishSliced(searching(query, options));
 */
export async function finishSliced<T>(steps: Generator<void, T>): Promise<T> {
  const breathe = slicer();
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await breathe();
  }
}
