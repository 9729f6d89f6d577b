import { DAY_MS } from '../lib/time';
import type { Outbox } from '../seams';

const KEY = 'kikubari:outbox';
/** A staged payload older than a week is stale: the visitor's next page would have stored it. */
const MAX_AGE_MS = 7 * DAY_MS;
let seq = 0;
type Entry = [source: string, payload: unknown, id: string, at: number];

/**
 * Purchase payloads wait in localStorage from the moment they arrive until they are stored in
 * IndexedDB. Written synchronously, before anything async: a navigation that follows
 * `purchase()` at once cannot lose the order — the next page finds it staged and stores it.
 * Only with consent (nothing is written to the device without it): until then a payload is held
 * in memory, and written the moment consent is granted (`keep()`) — a consent banner's "Accept"
 * followed at once by a link must not lose the order bought before it.
 */
export function createOutbox(win: Window, allowed: () => boolean): Outbox {
  let held: Entry[] = [];
  const io = (entries?: Entry[]): Entry[] => {
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
  const keep = () => void (allowed() && held.length && io(io().concat(held.splice(0))));
  return {
    stage(source, payload) {
      const id = Date.now() + ':' + seq++;
      held.push([source, payload, id, Date.now()]);
      keep();
      return id;
    },
    keep,
    unstage(id) {
      const other = (e: Entry) => e[2] != id;
      held = held.filter(other);
      io(io().filter(other));
    },
    staged: () => (allowed() ? io().filter((e) => Date.now() - e[3] < MAX_AGE_MS) : []),
    clear: () => void io((held = [])),
  };
}
