import { arr, bool, either, num, obj, oneOf, str, type Check } from '../lib/check';
import { days, hourOf, hours, inHours, isOpen, timeZone } from '../lib/businessHours';
import { glob, matchesGlob } from '../lib/glob';
import { DAY_MS } from '../lib/time';
import { PAGE_TYPES } from '../signals/pageType';
import type { OfferConditions } from '../types';
import type { EngineInput } from './EngineInput';

/**
 * A condition's verdict: whether it passes, what was measured (shown in `inspect()` beside
 * what the offer wants), and — for conditions that time alone can make pass — in how many ms.
 */
export type Verdict = [pass: boolean, measured: unknown, waitMs?: number];

/** A named condition: how its config value is validated and how it is tested. Pure. */
export interface Condition<V> {
  check: Check<V>;
  test(value: V, x: EngineInput): Verdict;
}

const sec = (ms: number) => Math.floor(ms / 1000);

const list = <T>(c: Check<T>): Check<T[]> => either('one value or an array', (v, p) => [c(v, p)], arr(c, 1));
const pageTypes = list(oneOf(PAGE_TYPES));

/** `value ≥ n` on a counter of the session or page. */
const atLeast = (read: (x: EngineInput) => number): Condition<number> => ({
  check: num(0),
  test: (n, x) => [read(x) >= n, read(x)],
});

/** Re-check time-of-day conditions every 15 minutes while the page is open. */
const QUARTER_HOUR = 9e5;

/**
 * Offer conditions, by name. A new condition is one entry here and one test.
 */
export const CONDITIONS: { [K in keyof OfferConditions]-?: Condition<NonNullable<OfferConditions[K]>> } = {
  page: {
    check: either('a page type, an array of them, or { type, url }', pageTypes as Check<any>, obj({ type: pageTypes, url: list(glob) })),
    test(v, x) {
      const want = typeof v == 'string' || Array.isArray(v) ? { type: v } : v;
      const url = x.page.url;
      return [
        (!want.type || ([] as string[]).concat(want.type).includes(x.page.type)) && (!want.url || matchesGlob(new URL(url), ([] as string[]).concat(want.url))),
        want.url ? x.page.type + ' ' + url : x.page.type,
      ];
    },
  },
  engagedSeconds: {
    check: num(0),
    test(n, x) {
      const need = n * 1000 - x.page.engagedMs;
      // Engaged time only grows until the visitor has been idle for the whole engaged window.
      return [need <= 0, sec(x.page.engagedMs), need <= x.windowMs - x.page.idleMs ? need : Infinity];
    },
  },
  idleSeconds: {
    check: num(0),
    test: (n, x) => [x.page.idleMs >= n * 1000, sec(x.page.idleMs), n * 1000 - x.page.idleMs],
  },
  helpPagesViewed: atLeast((x) => x.session.helpPagesViewed),
  backAndForth: atLeast((x) => x.session.backAndForth),
  kbSearches: atLeast((x) => x.session.kbSearches),
  rageClicks: atLeast((x) => x.page.rageClicks),
  copies: atLeast((x) => x.page.copies),
  exitIntent: {
    check: bool,
    test: (v, { page: { exitIntent } }) => [exitIntent == v, exitIntent],
  },
  scrollDepth: {
    check: obj({ min: num(0, 1), max: num(0, 1) }),
    test: ({ min = 0, max = 1 }, { page: { scrollDepth: d } }) => [d >= min && d <= max, d],
  },
  rereads: atLeast((x) => x.page.rereads),
  visits: atLeast((x) => x.visitor.visits),
  helpPagesViewedDays: atLeast((x) => x.visitor.helpPagesViewedDays),
  purchasedWithinDays: {
    check: num(0),
    test(n, x) {
      const newest = x.purchases[0];
      const age = newest ? (x.now - newest.purchasedAt) / DAY_MS : Infinity;
      return [age <= n, newest ? Math.floor(age) : 'no purchase'];
    },
  },
  pageMatchesPurchase: {
    check: bool,
    test: (v, x) => [!!x.owned == v, x.owned ? x.owned.item.name : false],
  },
  pageAboutOtherProduct: {
    check: bool,
    // The page names a product (JSON-LD) that is not one the visitor bought: "your recent
    // purchase" would be about something else than what they are reading.
    test(v, x) {
      const named = (x.page.product && (x.page.product.name || x.page.product.sku)) || false;
      return [(!!named && !x.owned) == v, named];
    },
  },
  localHours: {
    check: hours,
    test(v, x) {
      const h = hourOf(x.date);
      return [inHours(v, h), x.date.toTimeString().slice(0, 5), QUARTER_HOUR];
    },
  },
  weekdays: {
    check: days,
    test: (v, x) => [v.includes(x.date.getDay()), x.date.getDay(), QUARTER_HOUR],
  },
  device: {
    check: oneOf(['mobile', 'desktop'] as const),
    test: (v, x) => [x.device == v, x.device],
  },
  businessHours: {
    check: obj({ open: bool, days, hours, timeZone }, ['open']),
    test(v, x) {
      const open = isOpen(v, x.date);
      return [open == v.open, open ? 'open' : 'closed', QUARTER_HOUR];
    },
  },
  locale: {
    check: list(str(35)),
    test(v, x) {
      const l = x.locale.toLowerCase();
      return [([] as string[]).concat(v).some((w) => l == w.toLowerCase() || l.startsWith(w.toLowerCase() + '-')), x.locale];
    },
  },
  event: {
    check: either('an event name or { name, count }', str(100) as Check<any>, obj({ name: str(100), count: num(1) }, ['name'])),
    test(v, x) {
      const { name, count = 1 } = typeof v == 'string' ? { name: v } : v;
      return [(x.session.events[name] || 0) >= count, x.session.events[name] || 0];
    },
  },
  score: {
    check: num(0, 1),
    // The score's idle part grows for 30 s without input: look again every few seconds meanwhile.
    test: (v, x) => [x.score >= v, x.score, x.page.idleMs < 30e3 ? Math.min(5e3, 30e3 - x.page.idleMs) : undefined],
  },
};

/** Validate an offer's `when` block; unknown condition names get a "did you mean". */
export const checkWhen: Check<OfferConditions> = (v, p) => {
  const shape: Record<string, Check> = {};
  for (const k of Object.keys(CONDITIONS)) shape[k] = CONDITIONS[k as keyof OfferConditions].check;
  return obj(shape)(v, p) as OfferConditions;
};
