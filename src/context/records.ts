import type { PageType, ProductRef, StoredOrder } from '../types';

/** A page the visitor viewed. */
export interface PageRecord {
  url: string;
  title: string;
  type: PageType;
  product?: ProductRef;
  at: number;
}

/** Something the visitor did with kikubari. */
export interface Interaction {
  kind: 'offer' | 'article' | 'vote' | 'handoff';
  /** Offer id, article id, or hand-off adapter. */
  id: string;
  /** Offers: shown, held-out, accepted, dismissed, muted ("don't show offers like this"). */
  outcome?: string;
  title?: string;
  helpful?: boolean;
  at: number;
}

/** The visit: ends after 30 minutes without a page view, in any tab. */
export interface Session {
  startedAt: number;
  lastSeen: number;
  pageViews: number;
  /** Help-page URLs in the order first seen (for back-and-forth), at most 20. */
  help: string[];
  helpPagesViewed: number;
  backAndForth: number;
  kbSearches: number;
  events: Record<string, number>;
  /** Proactive offers made (shown or held out) this session, in any tab. */
  offers: number;
  /** URL of the last page viewed. */
  last?: string;
}

export interface Visitor {
  id: string;
  customerId?: string;
}

export interface Records {
  /** Newest first. */
  purchases: StoredOrder[];
  pages: PageRecord[];
  interactions: Interaction[];
  session?: Session;
  visitor?: Visitor;
}

export const SESSION_GAP_MS = 30 * 60 * 1000;

/** The IndexedDB database (and the BroadcastChannel between tabs) that hold the visitor's context. */
export const DB_NAME = 'kikubari';

/** Records older than this many days are purged (`retentionDays`). */
export const DEFAULT_RETENTION_DAYS = 90;

/**
 * Storage keys: one record per item, so writes never need a read-merge-write and an order
 * is stored once by construction. `v` format version · `o:<orderId>` an order ·
 * `g:<at>:<n>` a page view · `i:<at>:<n>` an interaction · `s` the session · `u` the visitor.
 */
export const LISTS = { o: 'purchases', g: 'pages', i: 'interactions' } as const;
export type ListPrefix = keyof typeof LISTS;
/** Most recent records kept per list; older ones are deleted at start. */
export const CAPS: Record<ListPrefix, number> = { o: 100, g: 100, i: 500 };

/**
 * The stored format's version, under `v`. On open, an older database is brought up to date by
 * `MIGRATIONS[v]` (v → v + 1) in turn; a database written by a newer kikubari is left untouched
 * (we fall back to memory rather than corrupt it).
 */
export const VERSION = 1;
export type Migration = (entries: [IDBValidKey, unknown][]) => [set: [string, unknown][], del: IDBValidKey[]];
export const MIGRATIONS: Record<number, Migration> = {};

const num = (v: unknown) => typeof v == 'number' && v >= 0;
const str = (v: unknown) => typeof v == 'string';

/**
 * Shape checks per key prefix: a stored record that fails is dropped, never trusted. Orders were
 * validated in full on the way in; on the way out a shape check is enough to catch corruption.
 */
const VALID: Record<string, (v: any) => any> = {
  o: (o) => o && str(o.orderId) && num(o.purchasedAt) && Array.isArray(o.items) && o.items.length && o.items.every((i: any) => i && str(i.sku) && str(i.name)) && o,
  g: (p) => p && str(p.url) && str(p.title) && str(p.type) && num(p.at) && p,
  i: (i) => i && str(i.kind) && str(i.id) && num(i.at) && i,
  s: (s) => s && num(s.startedAt) && num(s.lastSeen) && num(s.pageViews) && num(s.offers) && Array.isArray(s.help) && s.events && typeof s.events == 'object' && s,
  u: (u) => u && str(u.id) && u,
};

const when = (r: { at?: number; purchasedAt?: number }) => r.purchasedAt ?? r.at ?? 0;

/**
 * Records from stored entries: validated, past the retention window or the caps removed.
 * Returns the records, the keys to delete, and how many were unreadable.
 */
export function readEntries(entries: [IDBValidKey, unknown][], oldest: number): [Records, IDBValidKey[], number] {
  const records: Records = { purchases: [], pages: [], interactions: [] };
  const lists: Record<ListPrefix, [IDBValidKey, any][]> = { o: [], g: [], i: [] };
  const drop: IDBValidKey[] = [];
  let bad = 0;
  for (const [key, value] of entries) {
    const prefix = String(key).split(':')[0]!;
    if (key == 'v') continue;
    const clean = VALID[prefix] && VALID[prefix](value);
    if (!clean) (drop.push(key), bad++);
    else if (prefix == 's') records.session = clean;
    else if (prefix == 'u') records.visitor = clean;
    else if (when(clean) < oldest) drop.push(key);
    else lists[prefix as ListPrefix].push([key, clean]);
  }
  for (const p of Object.keys(lists)) {
    // Newest first; records of the same millisecond by key, which follows write order.
    const list = lists[p as ListPrefix].sort((a, b) => when(b[1]) - when(a[1]) || (a[0] < b[0] ? 1 : -1));
    list.slice(CAPS[p as ListPrefix]).forEach(([k]) => drop.push(k));
    (records as any)[LISTS[p as ListPrefix]] = list.slice(0, CAPS[p as ListPrefix]).map(([, v]) => v);
  }
  return [records, drop, bad];
}
