import type { Logger } from '../lib/logger';
import type { StoredOrder } from '../types';
import { idbBackend, type Backend } from './backend';
import { CAPS, KEYS, readStored, SESSION_GAP_MS, wrap, type Key, type Records, type Session } from './records';

/**
 * The visitor's context on their own device. Reads are synchronous, from a cache loaded at
 * start; writes go to the cache and, with consent, through to IndexedDB in one atomic
 * read-merge-write transaction each (so two tabs writing at once lose nothing), then tell
 * the other tabs to reload the key.
 */
export interface ContextStore {
  /** Settles when stored context is loaded (or we are in memory mode). Never rejects. */
  ready: Promise<void>;
  /** The current records. Treat as read-only. */
  readonly records: Records;
  mode(): 'indexeddb' | 'memory';
  /**
   * Apply `fn` to the record at `key` — to the cache now, and inside a transaction to what is
   * stored (so another tab's write is merged, not overwritten). Resolves once committed.
   */
  write<K extends Key>(key: K, fn: (current: Records[K]) => Records[K]): Promise<void>;
  /** Add orders; the same `orderId` is stored once. Survives a navigation right after the call. */
  addOrders(orders: StoredOrder[]): Promise<void>;
  /** Consent changed: start persisting (merging what this page did) or erase what was stored. */
  persist(on: boolean): Promise<void>;
  /** Erase every record, in this and every other tab. */
  forget(): Promise<void>;
  onChange(callback: (key: Key) => void): void;
  close(): void;
}

export interface StoreOptions {
  win: Window;
  persist: boolean;
  retentionDays: number;
  logger: Logger;
}

const DAY = 864e5;
const OUTBOX = 'kikubari:outbox';
const at = (r: { at?: number; purchasedAt?: number }) => r.purchasedAt ?? r.at ?? 0;

const empty = (): Records => ({ purchases: [], pages: [], interactions: [] });

/** Union of two record lists: newest first, deduplicated, past retention dropped, capped. */
function mergeList<T extends { at?: number; purchasedAt?: number }>(key: Key, a: T[], b: T[], oldest: number): T[] {
  const seen: Record<string, 1> = {};
  const id = (r: T) => (key == 'purchases' ? (r as unknown as StoredOrder).orderId : JSON.stringify(r));
  return a
    .concat(b)
    .filter((r) => at(r) >= oldest && !seen[id(r)] && (seen[id(r)] = 1))
    .sort((x, y) => at(y) - at(x))
    .slice(0, CAPS[key as keyof typeof CAPS]);
}

/** This page's in-memory session folded into a stored one that is still alive. */
function mergeSession(stored: Session | undefined, mine: Session | undefined, now: number): Session | undefined {
  if (!stored || now - stored.lastSeen > SESSION_GAP_MS) return mine;
  if (!mine) return stored;
  const events = { ...stored.events };
  for (const k in mine.events) events[k] = (events[k] || 0) + mine.events[k]!;
  return {
    startedAt: Math.min(stored.startedAt, mine.startedAt),
    lastSeen: Math.max(stored.lastSeen, mine.lastSeen),
    pageViews: stored.pageViews + mine.pageViews,
    help: stored.help.concat(mine.help.filter((u) => !stored.help.includes(u))).slice(-20),
    helpPagesViewed: stored.helpPagesViewed + mine.helpPagesViewed,
    backAndForth: stored.backAndForth + mine.backAndForth,
    kbSearches: stored.kbSearches + mine.kbSearches,
    events,
    offers: stored.offers + mine.offers,
    last: mine.last,
  };
}

export function createContextStore({ win, persist, retentionDays, logger }: StoreOptions): ContextStore {
  const records = empty();
  const listeners: ((key: Key) => void)[] = [];
  let backend: Backend | undefined;
  const oldest = () => Date.now() - retentionDays * DAY;
  const channel = typeof BroadcastChannel == 'function' ? new BroadcastChannel('kikubari') : undefined;
  const notify = (key: Key) => listeners.forEach((l) => l(key));

  const merge = (key: Key, stored: unknown, mine: unknown): any =>
    key == 'session'
      ? mergeSession(stored as Session, mine as Session, Date.now())
      : key == 'visitor'
        ? stored || mine
        : mergeList(key, (stored as []) || [], (mine as []) || [], oldest());

  const fallback = (e: unknown) => {
    if (!backend) return;
    backend = undefined;
    logger.warn('storage-unavailable', 'IndexedDB is unavailable (' + ((e as Error)?.message || e) + '); context is kept in memory for this page');
    notify('purchases');
  };

  const outbox = {
    read(): StoredOrder[] {
      try {
        return JSON.parse(win.localStorage.getItem(OUTBOX) || '[]');
      } catch {
        return [];
      }
    },
    write(orders: StoredOrder[]) {
      try {
        if (orders.length) win.localStorage.setItem(OUTBOX, JSON.stringify(orders));
        else win.localStorage.removeItem(OUTBOX);
      } catch {
        /* storage disabled: IndexedDB alone then */
      }
    },
  };

  const write: ContextStore['write'] = async (key, fn) => {
    if (!backend) return void (records[key] = fn(records[key]));
    let applied = false;
    try {
      await backend.update(key, (stored) => {
        // Applied to what is stored now, inside the transaction: another tab's write since our
        // last read is merged, not overwritten. The cache takes the committed result.
        const next = fn(merge(key, readStored(key, stored, Date.now())[0], undefined));
        records[key] = next;
        applied = true;
        return wrap(next);
      });
      channel?.postMessage({ key });
    } catch (e) {
      if (!applied) records[key] = fn(records[key]);
      fallback(e);
    }
  };

  /**
   * Open IndexedDB, read every key (migrating and validating), fold in what this page already
   * holds in memory (a late consent), drain the outbox, and write back whatever changed.
   */
  const start = async (): Promise<void> => {
    try {
      const b = (backend = idbBackend(win.indexedDB, win.setTimeout.bind(win)));
      for (const key of KEYS) {
        const [value, dropped] = readStored(key, await b.get(key), Date.now());
        if (dropped) logger.warn('record-dropped', dropped + ' stored ' + key + ' record(s) were unreadable and were dropped');
        const mine = records[key];
        const next = merge(key, value, mine);
        (records as any)[key] = next;
        if (dropped || JSON.stringify(next) != JSON.stringify(value)) await write(key, (stored) => merge(key, stored, mine));
      }
      const pending = outbox.read();
      if (pending.length && backend) {
        await write('purchases', (list) => mergeList('purchases', list, pending, oldest()));
        if (backend) outbox.write([]);
      }
    } catch (e) {
      fallback(e);
    }
  };

  channel &&
    (channel.onmessage = async (e: MessageEvent) => {
      const msg = e.data || {};
      if (msg.forget) {
        Object.assign(records, empty(), { session: undefined, visitor: undefined });
        KEYS.forEach(notify);
      } else if (KEYS.includes(msg.key) && backend) {
        try {
          (records as any)[msg.key] = readStored(msg.key, await backend.get(msg.key), Date.now())[0] ?? records[msg.key as Key];
          notify(msg.key);
        } catch (err) {
          fallback(err);
        }
      }
    });

  let ready = persist ? start() : Promise.resolve();

  return {
    get ready() {
      return ready;
    },
    records,
    mode: () => (backend ? 'indexeddb' : 'memory'),
    write,
    async addOrders(orders) {
      const merged = (list: StoredOrder[]) => mergeList('purchases', list, orders, oldest());
      if (!persist) return void (records.purchases = merged(records.purchases));
      // Written synchronously before anything async, so a navigation that follows this call
      // at once cannot lose the order: the next page drains the outbox into IndexedDB.
      const box = outbox.read().concat(orders);
      outbox.write(box);
      await ready;
      await write('purchases', merged);
      if (backend) outbox.write(outbox.read().filter((o) => !orders.some((x) => x.orderId == o.orderId)));
      notify('purchases');
    },
    async persist(on) {
      if (on == persist) return;
      persist = on;
      if (on) await (ready = start());
      else {
        outbox.write([]);
        await backend?.destroy().catch(() => undefined);
        backend = undefined;
      }
    },
    async forget() {
      Object.assign(records, empty(), { session: undefined, visitor: undefined });
      outbox.write([]);
      channel?.postMessage({ forget: 1 });
      try {
        // The next write (if consent still allows) re-creates the database from scratch.
        if (win.indexedDB) await (backend || idbBackend(win.indexedDB, win.setTimeout.bind(win))).destroy();
      } catch (e) {
        logger.warn('forget-failed', 'could not delete the IndexedDB database: ' + ((e as Error)?.message || e));
      }
      KEYS.forEach(notify);
    },
    onChange(callback) {
      listeners.push(callback);
    },
    close() {
      channel?.close();
    },
  };
}
