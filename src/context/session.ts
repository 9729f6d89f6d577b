import { DAY_MS, midnight } from '../lib/time';
import type { PageType, SessionSnapshot } from '../types';
import { SESSION_GAP_MS, type Interaction, type Session } from './records';
import type { ContextStore } from './store';

/** "Don't show offers like this": the offer stays quiet this many days (ten years: for good). */
const MUTE_DAYS = 3650;

/** The visit as the engine sees it: zeros when no visit is alive. */
export type VisitSnapshot = SessionSnapshot & { startedAt: number; offers: number };

/** Offers made to this visitor before, as etiquette needs them. */
export interface OfferHistory {
  /** Per offer id: times shown or held out, ever. */
  shown: Record<string, number>;
  /** Offers shown or held out since local midnight. */
  shownToday: number;
  /** Per offer id: epoch ms until which it stays quiet (dismissed or muted). */
  quiet: Record<string, number>;
}

/**
 * The visit — page views, help pages, back-and-forth, searches, custom events and the offer slot —
 * kept in the store's `s` record so that every tab shares it. A visit ends after 30 minutes
 * without a page view in any tab, but never under a page that is still open.
 */
export interface Visit {
  /** Count a page view (help pages and returns to them included). */
  pageViewed(page: { url: string; type: PageType }): Promise<void>;
  /** Count a custom `track()` event; `kb_search` is also a KB search. */
  tracked(name: string): Promise<void>;
  /** Take one of the visit's `perSession` offer slots, atomically across tabs: the first tab to decide wins. */
  takeOfferSlot(perSession: number): Promise<boolean>;
  snapshot(now: number): VisitSnapshot;
}

export function createVisit(store: ContextStore): Visit {
  /** The visit this page view belongs to: it stays current for as long as the page is open. */
  let current: number | undefined;
  const alive = (s: Session | undefined, now: number): s is Session => !!s && (now - s.lastSeen <= SESSION_GAP_MS || s.startedAt === current);
  /** A visit starting now. */
  const fresh = (now: number): Session => ({ startedAt: now, lastSeen: now, pageViews: 0, help: [], helpPagesViewed: 0, backAndForth: 0, kbSearches: 0, events: {}, offers: 0 });

  const update = (f: (s: Session, now: number) => unknown) =>
    store.update('s', (s) => {
      const now = Date.now();
      const next: Session = alive(s, now) ? { ...s, help: s.help.slice(), events: { ...s.events } } : fresh(now);
      f(next, now);
      current = next.startedAt;
      return next;
    });

  return {
    pageViewed: ({ url, type }) =>
      update((s, now) => {
        s.lastSeen = now;
        s.pageViews++;
        if (type == 'kb') {
          // A return to a help page seen earlier this visit (not a reload) is one back-and-forth.
          if (!s.help.includes(url)) s.help = s.help.concat(url).slice(-20);
          else if (s.last != url) s.backAndForth++;
          s.helpPagesViewed = s.help.length;
        }
        s.last = url;
      }),
    tracked: (name) =>
      update((s) => {
        s.events[name] = (s.events[name] || 0) + 1;
        if (name == 'kb_search') s.kbSearches++;
      }),
    async takeOfferSlot(perSession) {
      let won = false;
      await update((s) => s.offers < perSession && (s.offers++, (won = true)));
      return won;
    },
    snapshot(now) {
      const s = store.records.session;
      // What the engine reads of the visit (zeros when none is alive): not the list of help pages or the last URL.
      const { help, lastSeen, last, ...visit } = alive(s, now) ? s : fresh(now);
      return { ...visit, events: { ...visit.events } };
    },
  };
}

/** What etiquette needs from the stored interactions: how often each offer was made, and how long each stays quiet. */
export function offerHistory(interactions: Interaction[], now: number, dismissDays: number): OfferHistory {
  const shown: Record<string, number> = {};
  const quiet: Record<string, number> = {};
  const today = midnight(now);
  let shownToday = 0;
  for (const i of interactions)
    if (i.outcome == 'shown' || i.outcome == 'held-out') {
      shown[i.id] = (shown[i.id] || 0) + 1;
      shownToday += +(i.at >= today);
    } else if (i.outcome == 'dismissed' || i.outcome == 'muted')
      quiet[i.id] = Math.max(quiet[i.id] || 0, i.at + (i.outcome == 'muted' ? MUTE_DAYS : dismissDays) * DAY_MS);
  return { shown, shownToday, quiet };
}
