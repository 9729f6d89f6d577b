import { errorText } from '../lib/errorText';
import { toJson } from '../lib/json';
import type { Logger } from '../lib/logger';
import { DAY_MS } from '../lib/time';
import type { StoredOrder } from '../types';
import { idbBackend, type Backend } from './backend';
import { CAPS, DB_NAME, LISTS, MIGRATIONS, readEntries, VERSION, type Interaction, type ListPrefix, type PageRecord, type Records, type Session, type Visitor } from './records';

/**
 * The visitor's context on their own device. Reads are synchronous, from a cache loaded at
 * start. With consent, every write also goes to IndexedDB — one record per item, the session
 * and visitor updated atomically — and then tells the other tabs (BroadcastChannel) to reload.
 * Without consent, or when IndexedDB fails, the cache is all there is (memory mode).
 */
export interface ContextStore {
  /** Settles when stored context is loaded (or we are in memory mode). Never rejects. */
  readonly ready: Promise<void>;
  /** The current records. Read-only outside this module. */
  readonly records: Records;
  mode(): 'indexeddb' | 'memory';
  /** Add validated orders; one `orderId` is stored once. */
  addOrders(orders: StoredOrder[]): Promise<void>;
  add(list: 'g', item: PageRecord): Promise<void>;
  add(list: 'i', item: Interaction): Promise<void>;
  /** Replace the session or visitor with `fn(current)` — atomically across tabs when persisted. */
  update(key: 's', fn: (s: Session | undefined) => Session): Promise<void>;
  update(key: 'u', fn: (u: Visitor | undefined) => Visitor): Promise<void>;
  /** Consent changed: persist (folding in what this page holds) or erase what was stored. */
  persist(on: boolean): Promise<void>;
  /** Erase every record, in this and every other tab. */
  forget(): Promise<void>;
  onChange(callback: () => void): void;
  close(): void;
}

const FIELD = { s: 'session', u: 'visitor' } as const;

const fresh = (): Records => ({ purchases: [], pages: [], interactions: [] });
let seq = 0;
/** `o:<orderId>`, or `g|i:<at>:<seq>-<random>` — unique, and in write order within a page. */
const itemKey = (p: ListPrefix, item: any) => p + ':' + (p == 'o' ? item.orderId : item.at + ':' + String(seq++).padStart(6, '0') + '-' + Math.random().toString(36).slice(2, 6));

export function createContextStore(win: Window, persisting: boolean, retentionDays: number, logger: Logger): ContextStore {
  const records = fresh();
  /** Nothing known any more: `forget()`, here or in another tab. */
  const clear = () => Object.assign(records, fresh(), { session: undefined, visitor: undefined });
  const listeners: (() => void)[] = [];
  const notify = () => listeners.forEach((l) => l());
  const channel = typeof BroadcastChannel == 'function' ? new BroadcastChannel(DB_NAME) : undefined;
  let backend: Backend | undefined;

  const fallback = (e: unknown) => {
    if (!backend) return;
    backend = undefined;
    logger.warn('storage-unavailable', 'IndexedDB is unavailable (' + errorText(e) + '); keeping context in memory for this page');
    notify();
  };

  /** Run a write against IndexedDB when persisting; a failure switches to memory, never throws. */
  const persist = async (op: (b: Backend) => Promise<unknown>) => {
    if (!backend) return;
    try {
      await op(backend);
      channel && channel.postMessage(1);
    } catch (e) {
      fallback(e);
    }
  };

  /** Put an item into a list of `into` (the cache): newest first, capped; a known order id or an identical record is kept once. */
  function cache(this: Records | void, p: ListPrefix, item: any) {
    const list: any[] = (this || records)[LISTS[p]];
    const same = p == 'o' ? (o: any) => o.orderId == item.orderId : (r: any) => r === item || toJson(r) == toJson(item);
    if (list.some(same)) return false;
    // In front, so that among records of the same millisecond the latest comes first (the sort is stable).
    list.unshift(item);
    list.sort((a, b) => (b.purchasedAt ?? b.at) - (a.purchasedAt ?? a.at));
    list.length = Math.min(list.length, CAPS[p]);
    return true;
  }

  /** Read everything stored into the cache (validated, retention applied); drop what must go. */
  const load = async (b: Backend) => {
    const [stored, drop, bad] = readEntries(await b.entries(), Date.now() - retentionDays * DAY_MS);
    if (bad) logger.warn('record-dropped', 'dropped ' + bad + ' unreadable stored record(s)');
    if (drop.length) await b.delMany(drop);
    return stored;
  };

  /**
   * Open IndexedDB and migrate it; fold in what this page already holds in memory (consent given
   * late); then load.
   */
  const start = async () => {
    const b = (backend = idbBackend(win));
    /** Consent was withdrawn, or forget() ran, while we were starting: stop writing at once. */
    const gone = () => backend !== b;
    try {
      let v = (await b.get('v')) as number | undefined;
      if (v !== undefined && !(v <= VERSION)) throw new Error('stored by a newer kikubari (format ' + v + ')');
      // Compiled out while the format is the first (there is nothing to migrate from yet).
      if (VERSION > 1)
        for (v = v || VERSION; v < VERSION && !gone(); v++) {
          const [set, del] = MIGRATIONS[v]!(await b.entries());
          await b.setMany(set);
          await b.delMany(del);
        }
      const mine: [string, unknown][] = [['v', VERSION]];
      for (const p of Object.keys(LISTS)) for (const item of records[LISTS[p as ListPrefix]]) mine.push([itemKey(p as ListPrefix, item), item]);
      if (gone()) return;
      await b.setMany(mine);
      for (const k of Object.keys(FIELD)) {
        const value = records[FIELD[k as 's' | 'u']];
        if (value && !gone()) await b.update(k, (stored) => stored || value);
      }
      if (gone()) return;
      // Keep what this page cached while we were loading (its own writes are on their way).
      const stored = await load(b);
      if (gone()) return;
      for (const p of Object.keys(LISTS)) for (const item of records[LISTS[p as ListPrefix]]) cache.call(stored, p as ListPrefix, item);
      Object.assign(records, stored, { session: stored.session || records.session, visitor: stored.visitor || records.visitor });
    } catch (e) {
      fallback(e);
    } finally {
      notify();
    }
  };

  if (channel)
    channel.onmessage = async ({ data }) => {
      // Forgotten in another tab: nothing more is written from this page either.
      if (data == 'forget') (backend = undefined), clear();
      else if (backend) Object.assign(records, await load(backend).catch(() => ({})));
      notify();
    };

  let ready = persisting ? start() : Promise.resolve();

  return {
    get ready() {
      return ready;
    },
    records,
    mode: () => (backend ? 'indexeddb' : 'memory'),
    async addOrders(orders) {
      await ready;
      // An order already past the retention window is not kept at all.
      const kept = orders.filter((o) => o.purchasedAt >= Date.now() - retentionDays * DAY_MS);
      if (kept.length < orders.length) logger.warn('old-purchase', 'an order older than retentionDays (' + retentionDays + ') was not stored');
      kept.forEach((o) => cache('o', o));
      // Every order is written, known or not (the write keeps the first copy): a caller then
      // waits for its own commit, never for a write another caller started and may not see end.
      await persist((b) => Promise.all(kept.map((o) => b.update(itemKey('o', o), (stored) => stored || o))));
      notify();
    },
    async add(p: ListPrefix, item: any) {
      cache(p, item);
      await persist((b) => b.setMany([[itemKey(p, item), item]]));
    },
    async update(k: 's' | 'u', fn: (v: any) => any) {
      const field = FIELD[k];
      let applied = false;
      await persist((b) =>
        b.update(k, (stored) => {
          // Applied inside the transaction to what is stored now, so two tabs cannot both win.
          (records as any)[field] = fn(stored);
          applied = true;
          return records[field];
        }),
      );
      if (!applied) (records as any)[field] = fn(records[field]);
    },
    async persist(on) {
      if (on == persisting) return;
      persisting = on;
      if (on) return (ready = start());
      const b = backend;
      backend = undefined;
      // Let a start in flight see it is gone and stop, then delete what it may have written.
      await ready;
      await (b && b.destroy().catch(() => {}));
    },
    async forget() {
      clear();
      channel && channel.postMessage('forget');
      const b = backend;
      // Nothing more is written from this page (a start in flight stops too): what happens next
      // stays in memory, and the next page starts afresh.
      backend = undefined;
      await ready;
      try {
        if (win.indexedDB) await (b || idbBackend(win)).destroy();
      } catch (e) {
        logger.warn('forget-failed', 'could not delete IndexedDB: ' + errorText(e));
      }
      notify();
    },
    onChange(callback) {
      listeners.push(callback);
    },
    close() {
      // Nothing more is written or announced: this instance is gone.
      backend = undefined;
      channel && ((channel.onmessage = null), channel.close());
      listeners.length = 0;
    },
  };
}
