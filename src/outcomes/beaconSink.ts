import type { EventName } from '../types';
import { listen } from '../lib/listen';
import { toJson } from '../lib/json';

/** Batches sent at this many events, or when the page is hidden — whichever comes first. */
const BATCH = 20;

/**
 * Send events to the owner's endpoint with `navigator.sendBeacon`, batched as
 * `{ events: [{ event, at, payload }] }`, flushed when the page is hidden or unloaded
 * (`visibilitychange`/`pagehide`: the last moments a beacon reliably leaves).
 */
export function beaconSink(win: Window, url: string): { sink: (event: EventName, payload: unknown) => void; stop: () => void } {
  let queue: { event: EventName; at: number; payload: unknown }[] = [];
  const flush = () => {
    if (!queue.length) return;
    const body = toJson({ events: queue });
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
    sink(event, payload) {
      if (event == 'error') return;
      queue.push({ event, at: Date.now(), payload });
      if (queue.length >= BATCH) flush();
    },
    stop() {
      flush();
      stop();
      stop2();
    },
  };
}
