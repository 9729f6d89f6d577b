import { DAY_MS } from '../lib/time';
import type { Outbox } from '../seams';

const KEY = 'kikubari:outbox';
/** A staged payload older than a week is stale: the visitor's next page would have stored it. */
const MAX_AGE_MS = 7 * DAY_MS;
let seq = 0;

/**
 * Purchase payloads wait in localStorage from the moment they arrive until they are stored in
 * IndexedDB. Written synchronously, before anything async: a navigation that follows
 * `purchase()` at once cannot lose the order — the next page finds it staged and stores it.
 * Only with consent (nothing is written to the device without it).
 */
export function createOutbox(win: Window, allowed: () => boolean): Outbox {
  const io = (entries?: [string, unknown, string, number][]): [string, unknown, string, number][] => {
    try {
      if (!entries) {
        let list = JSON.parse(win.localStorage.getItem(KEY) || '[]');
        // Prototype.js's Array#toJSON encodes the list itself, as a string the native encoder
        // then quotes: one more parse gives the list (read as it was, "….filter is not a function").
        if (typeof list == 'string') list = JSON.parse(list);
        return Array.isArray(list) ? list : [];
      }
      entries.length ? win.localStorage.setItem(KEY, JSON.stringify(entries)) : win.localStorage.removeItem(KEY);
    } catch {
      /* storage disabled or full, or a payload that is not JSON: IndexedDB alone then */
    }
    return [];
  };
  return {
    stage(source, payload) {
      const id = Date.now() + ':' + seq++;
      if (allowed()) io(io().concat([[source, payload, id, Date.now()]]));
      return id;
    },
    unstage: (id) => void io(io().filter((e) => e[2] != id)),
    staged: () => (allowed() ? io().filter((e) => Date.now() - e[3] < MAX_AGE_MS) : []),
    clear: () => void io([]),
  };
}
