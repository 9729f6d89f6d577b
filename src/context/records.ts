import type { PageType, ProductRef, StoredOrder } from '../types';
import { checkOrder } from './checkOrder';

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
  /** Offer id, article id, or handoff adapter. */
  id: string;
  /** For offers: shown, accepted, dismissed, muted (don't show offers like this), held-out. */
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
  /** Help-page URLs in the order first seen (for back-and-forth). */
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
  purchases: StoredOrder[];
  pages: PageRecord[];
  interactions: Interaction[];
  session?: Session;
  visitor?: Visitor;
}
export type Key = keyof Records;
export const KEYS: Key[] = ['purchases', 'pages', 'interactions', 'session', 'visitor'];

export const SESSION_GAP_MS = 30 * 60 * 1000;

/** Most recent records kept per list. */
export const CAPS = { purchases: 100, pages: 100, interactions: 500 };

/**
 * The version of the stored format. A stored value is `{ v, d }`; an older `v` is brought up to
 * date by `MIGRATIONS[v]` (v → v+1) in turn; a value we cannot read is dropped, never trusted.
 */
export const VERSION = 1;
export const MIGRATIONS: Record<number, (key: Key, data: unknown) => unknown> = {};

const isNum = (v: unknown): v is number => typeof v == 'number' && v >= 0;
const isStr = (v: unknown): v is string => typeof v == 'string';

/** Per-record validators: a record that fails is dropped on read. */
const VALID: Record<Key, (v: any) => boolean> = {
  purchases: () => true, // replaced by checkOrder below, which also normalises
  pages: (p) => p && isStr(p.url) && isStr(p.title) && isStr(p.type) && isNum(p.at),
  interactions: (i) => i && isStr(i.kind) && isStr(i.id) && isNum(i.at),
  session: (s) => s && isNum(s.startedAt) && isNum(s.lastSeen) && isNum(s.pageViews) && Array.isArray(s.help) && s.events && typeof s.events == 'object',
  visitor: (v) => v && isStr(v.id),
};

/**
 * Read a stored value: unwrap, migrate, validate. Returns the clean value and how many
 * records were dropped.
 */
export function readStored(key: Key, stored: unknown, now: number): [Records[Key] | undefined, number] {
  if (stored === undefined) return [undefined, 0];
  const box = stored as { v?: unknown; d?: unknown } | null;
  let v = box && typeof box == 'object' ? box.v : undefined;
  let data = box && box.d;
  while (typeof v == 'number' && v < VERSION && MIGRATIONS[v]) data = MIGRATIONS[v++]!(key, data);
  if (v !== VERSION) return [undefined, 1];
  if (key == 'session' || key == 'visitor') return VALID[key](data) ? [data as Records[Key], 0] : [undefined, 1];
  if (!Array.isArray(data)) return [undefined, 1];
  const clean: unknown[] = [];
  for (const r of data) {
    try {
      if (key == 'purchases') clean.push(checkOrder(r, now));
      else if (VALID[key](r)) clean.push(r);
    } catch {
      /* counted below */
    }
  }
  return [clean as Records[Key], data.length - clean.length];
}

export const wrap = (data: unknown) => ({ v: VERSION, d: data });
