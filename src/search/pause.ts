/**
 * Give the main thread back to the browser for a moment. `scheduler.yield()` (Chromium) resumes
 * ahead of other queued tasks; elsewhere a `setTimeout` task, which browsers may clamp to 4 ms —
 * a cost in throughput only, never in responsiveness.
 *
 * @example
 * if (performance.now() - sliceStart > SLICE_MS) await pause();
 */
export const pause = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s && s.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve));
};

/**
 * Work runs in slices of about this many ms between pauses. A long task is > 50 ms; a slice
 * ends after the unit of work (one article) that crosses 10 ms, which leaves room for a
 * slow unit on a slow phone before the page feels it.
 */
export const SLICE_MS = 10;
