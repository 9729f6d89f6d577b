import { listen } from '../lib/listen';
import type { OutcomeEvent } from './outcomeEvent';
import { toJson } from '../lib/json';

/** Batches sent at this many events, or when the page is hidden — whichever comes first. */
const BATCH = 20;

/**
 * Send outcome events to the owner's endpoint with `navigator.sendBeacon` as NDJSON (one
 * `schema/outcome.v1.json` object per line), batched, flushed when the page is hidden or
 * unloaded (`visibilitychange`/`pagehide`: the last moments a beacon reliably leaves). The body is
 * a string, so it goes as `text/plain`: a CORS-safelisted type, no preflight to a collector on
 * another origin.
 */
export function beaconSink(win: Window, url: string): { sink: (event: OutcomeEvent) => void; stop: () => void } {
  let queue: OutcomeEvent[] = [];
  const flush = () => {
    if (!queue.length) return;
    const body = queue.map((e) => toJson(e) + '\n').join('');
    queue = [];
    try {
      win.navigator.sendBeacon(url, body);
    } catch {
      /* best effort by design */
    }
  };
  const stop = listen(win.document, 'visibilitychange', () => win.document.visibilityState == 'hidden' && flush());
  const stop2 = listen(win, 'pagehide', flush);
  return {
    sink(event) {
      queue.push(event);
      if (queue.length >= BATCH) flush();
    },
    stop() {
      flush();
      stop();
      stop2();
    },
  };
}
