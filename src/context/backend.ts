import { listen } from '../lib/listen';
import { DB_NAME } from './records';
import { promisifyRequest as done, type UseStore } from 'idb-keyval';

/** Persistence under the context store: one IndexedDB database, the idb-keyval way. */
export interface Backend {
  get(key: string): Promise<unknown>;
  entries(): Promise<[IDBValidKey, unknown][]>;
  setMany(items: [string, unknown][]): Promise<unknown>;
  delMany(keys: IDBValidKey[]): Promise<unknown>;
  /** Atomically replace `key` with `fn(stored)`; resolves once the transaction committed. */
  update(key: string, fn: (stored: unknown) => unknown): Promise<unknown>;
  /** Delete the whole database. */
  destroy(): Promise<void>;
}

/**
 * An open that neither succeeds nor fails within this time is blocked (another tab holds the
 * database open during an upgrade): we stop waiting and fall back to memory.
 */
const OPEN_TIMEOUT_MS = 3000;

/**
 * An idb-keyval custom store, and the five operations on it written with idb-keyval's
 * `promisifyRequest` (as its custom-stores guide does: its own functions would bring its default
 * store along). Plus what idb-keyval leaves out: a time-out on a blocked open; closing our
 * connection when another tab upgrades or deletes the database, so `forget()` in one tab is never
 * blocked by another (idb-keyval's own store keeps its connection open); and no transaction left
 * open in a page put in the back/forward cache.
 */
export function idbBackend(win: Window): Backend {
  let dbp: Promise<IDBDatabase> | undefined;
  const live = new Set<IDBTransaction>();
  // WebKit keeps a page's unfinished transactions open while the page sits in its back/forward
  // cache, and every later transaction on the database waits behind them — the next page's too,
  // for as long as that page stays cached (WebKit bug 315804, idb-keyval#180; measured: a
  // purchase then a navigation, twice, froze the store). So they are aborted as the page is put
  // away: a purchase in flight is still in the outbox, and the next page stores it.
  listen(win, 'pagehide', (e) =>
    (e as PageTransitionEvent).persisted &&
    live.forEach((t) => {
      try {
        t.abort();
      } catch {
        /* committing meanwhile */
      }
    }),
  );
  const open = () =>
    (dbp ||= new Promise<IDBDatabase>((resolve, reject) => {
      // Read here, where a throw rejects: a sandboxed frame (or a browser blocking storage) throws on reading `indexedDB`.
      const req = win.indexedDB.open(DB_NAME);
      const timer = win.setTimeout(() => reject(new Error('opening IndexedDB is blocked')), OPEN_TIMEOUT_MS);
      req.onupgradeneeded = () => req.result.createObjectStore('context');
      req.onsuccess = () => {
        clearTimeout(timer);
        const db = req.result;
        db.onversionchange = db.onclose = () => {
          db.close();
          dbp = undefined;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error);
    }).catch((e) => {
      dbp = undefined;
      throw e;
    }));
  const store: UseStore = (mode, callback) =>
    open().then((db) => {
      const t = db.transaction('context', mode);
      live.add(t);
      // An error aborts the transaction too (idb-keyval never prevents that).
      listen(t, ['complete', 'abort'], () => live.delete(t));
      return callback(t.objectStore('context'));
    });
  const write = (f: (s: IDBObjectStore) => void) => store('readwrite', (s) => (f(s), done(s.transaction)));
  return {
    get: (key) => store('readonly', (s) => done(s.get(key))),
    entries: () => store('readonly', (s) => Promise.all([done(s.getAllKeys()), done(s.getAll())]).then(([keys, values]) => keys.map((k, i) => [k, values[i]]))),
    setMany: (items) => write((s) => items.forEach(([k, v]) => s.put(v, k))),
    delMany: (keys) => write((s) => keys.forEach((k) => s.delete(k))),
    // Read and write in one transaction: the put is made in the get's success callback, while the
    // transaction is still active (a promise chain would let it close).
    update: (key, fn) =>
      store(
        'readwrite',
        (s) =>
          new Promise((resolve, reject) => {
            const req = s.get(key);
            req.onsuccess = () => {
              try {
                s.put(fn(req.result), key);
                resolve(done(s.transaction));
              } catch (e) {
                reject(e);
              }
            };
            req.onerror = () => reject(req.error);
          }),
      ),
    async destroy() {
      if (dbp) (await dbp.catch(() => undefined))?.close();
      dbp = undefined;
      await new Promise((resolve, reject) => {
        const req = win.indexedDB.deleteDatabase(DB_NAME);
        req.onsuccess = resolve;
        req.onerror = () => reject(req.error);
      });
    },
  };
}
