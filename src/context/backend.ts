import { DB_NAME } from './records';
import { promisifyRequest as done } from 'idb-keyval';

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
 * idb-keyval's operations on a custom store, plus what it leaves out: a time-out on a blocked
 * open, and closing our connection when another tab upgrades or deletes the database, so
 * `forget()` in one tab is never blocked by another (idb-keyval's own store keeps its connection
 * open). The operations are written here over its `promisifyRequest` rather than imported: each
 * of idb-keyval's takes a default store as a default parameter, and that store's code (never
 * used: ours is always passed) stayed in the pipeline chunk.
 */
export function idbBackend(idb: IDBFactory, setTimer: typeof setTimeout): Backend {
  let dbp: Promise<IDBDatabase> | undefined;
  const open = () =>
    (dbp ||= new Promise<IDBDatabase>((resolve, reject) => {
      const req = idb.open(DB_NAME);
      const timer = setTimer(() => reject(new Error('opening IndexedDB is blocked')), OPEN_TIMEOUT_MS);
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
  const store = <T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => T | PromiseLike<T>) => open().then((db) => f(db.transaction('context', mode).objectStore('context')));
  /** Requests in one read-write transaction; resolves once it committed. */
  const write = (f: (s: IDBObjectStore) => void) => store('readwrite', (s) => (f(s), done(s.transaction)));
  return {
    get: (key) => store('readonly', (s) => done(s.get(key))),
    entries: () => store('readonly', (s) => Promise.all([done(s.getAllKeys()), done(s.getAll())]).then(([keys, values]) => keys.map((k, i): [IDBValidKey, unknown] => [k, values[i]]))),
    setMany: (items) => write((s) => items.forEach(([k, v]) => s.put(v, k))),
    delMany: (keys) => write((s) => keys.forEach((k) => s.delete(k))),
    // Put from the get's own success callback (not a promise's), where every browser keeps the transaction open.
    update: (key, fn) =>
      store(
        'readwrite',
        (s) =>
          new Promise((resolve, reject) => {
            const r = s.get(key);
            r.onsuccess = () => {
              try {
                s.put(fn(r.result), key);
                resolve(done(s.transaction));
              } catch (e) {
                reject(e);
              }
            };
            r.onerror = () => reject(r.error);
          }),
      ),
    async destroy() {
      if (dbp) (await dbp.catch(() => undefined))?.close();
      dbp = undefined;
      await new Promise((resolve, reject) => {
        const req = idb.deleteDatabase(DB_NAME);
        req.onsuccess = resolve;
        req.onerror = () => reject(req.error);
      });
    },
  };
}
