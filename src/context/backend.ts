import { DB_NAME } from './records';
import { delMany, entries, get, setMany, update, type UseStore } from 'idb-keyval';

/** Persistence under the context store: one IndexedDB database through idb-keyval. */
export interface Backend {
  get(key: string): Promise<unknown>;
  entries(): Promise<[IDBValidKey, unknown][]>;
  setMany(items: [string, unknown][]): Promise<void>;
  delMany(keys: IDBValidKey[]): Promise<void>;
  /** Atomically replace `key` with `fn(stored)`; resolves once the transaction committed. */
  update(key: string, fn: (stored: unknown) => unknown): Promise<void>;
  /** Delete the whole database. */
  destroy(): Promise<void>;
}

/**
 * An open that neither succeeds nor fails within this time is blocked (another tab holds the
 * database open during an upgrade): we stop waiting and fall back to memory.
 */
const OPEN_TIMEOUT_MS = 3000;

/**
 * idb-keyval's custom store, plus what it leaves out: a time-out on a blocked open, and closing
 * our connection when another tab upgrades or deletes the database, so `forget()` in one tab is
 * never blocked by another (idb-keyval's own store keeps its connection open).
 */
export function idbBackend(win: Window): Backend {
  let dbp: Promise<IDBDatabase> | undefined;
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
  const store: UseStore = (mode, callback) => open().then((db) => callback(db.transaction('context', mode).objectStore('context')));
  return {
    get: (key) => get(key, store),
    entries: () => entries(store),
    setMany: (items) => setMany(items, store),
    delMany: (keys) => delMany(keys, store),
    update: (key, fn) => update(key, fn, store),
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
