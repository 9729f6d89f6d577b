import { arr, bool, either, fail, isObj, num, obj, oneOf, str, type Check } from '../lib/check';
import { globError, matchesGlob } from '../lib/glob';
import type { OfferConditions, PageType } from '../types';
import type { EngineInput, Verdict } from './EngineInput';

/** A named condition: how its config value is validated and how it is tested. Pure. */
export interface Condition<V> {
  check: Check<V>;
  test(value: V, x: EngineInput): Verdict;
}

export const PAGE_TYPES: PageType[] = ['kb', 'product', 'checkout', 'cart', 'other'];
const DAY = 864e5;
const s = (ms: number) => Math.floor(ms / 1000) + 's';

const glob: Check<string> = (v, p) => {
  const g = str(500)(v, p);
  const error = globError(g);
  return error ? fail(p, error) : g;
};
const list = <T>(c: Check<T>): Check<T[]> => either('a value or an array of them', (v, p) => [c(v, p)], arr(c, 1));
const pageTypes = list(oneOf(PAGE_TYPES));

/** `at least n` on a counter. */
const atLeast = (read: (x: EngineInput) => number, what: string): Condition<number> => ({
  check: num(0),
  test: (n, x) => {
    const v = read(x);
    return [v >= n, what + ' ' + v + ' (need ≥ ' + n + ')'];
  },
});

const hourOf = (d: Date) => d.getHours() + d.getMinutes() / 60;
const inHours = ([from, to]: [number, number], h: number) => (from <= to ? h >= from && h < to : h >= from || h < to);
/** ms until local hour `h` (today or tomorrow); at most 15 minutes so a sleeping tab re-checks. */
const untilHour = (d: Date, h: number) => Math.min((((h - hourOf(d) + 24) % 24) * 3600e3) || 60e3, 15 * 60e3);
const hours: Check<[number, number]> = (v, p) => arr(num(0, 24), 2, 2)(v, p) as [number, number];

/** Hour and weekday in a time zone, via Intl (the visitor's own zone when none is given). */
function zoned(d: Date, timeZone?: string): { hour: number; day: number } {
  if (!timeZone) return { hour: hourOf(d), day: d.getDay() };
  const parts: Record<string, string> = {};
  new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' })
    .formatToParts(d)
    .forEach((p) => (parts[p.type] = p.value));
  return { hour: +parts.hour! + +parts.minute! / 60, day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!) };
}

const timeZone: Check<string> = (v, p) => {
  const tz = str(64)(v, p);
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    fail(p, 'an IANA time zone such as "Asia/Tokyo"', tz);
  }
  return tz;
};

const days: Check<number[]> = arr(num(0, 6), 1, 7);

/**
 * Offer conditions, by name. A new condition is one entry here and one test.
 * `test` returns pass/fail, a detail for `inspect()` and the debug overlay, and (for
 * conditions that time alone can make pass) how many ms until it might.
 */
export const CONDITIONS: { [K in keyof OfferConditions]-?: Condition<NonNullable<OfferConditions[K]>> } = {
  page: {
    check: either(
      'a page type, an array of them, or { type, url }',
      pageTypes as Check<any>,
      obj({ type: pageTypes, url: list(glob) }),
    ),
    test(v, x) {
      const want = typeof v == 'string' || Array.isArray(v) ? { type: v } : v;
      const types = want.type && ([] as PageType[]).concat(want.type);
      const urls = want.url && ([] as string[]).concat(want.url);
      const typeOk = !types || types.includes(x.page.type);
      const urlOk = !urls || matchesGlob(new URL(x.page.url), urls);
      return [typeOk && urlOk, 'page is ' + x.page.type + (types ? ' (want ' + types.join('/') + ')' : '') + (urls ? (urlOk ? '; URL matches' : '; URL does not match') : '')];
    },
  },
  engagedSeconds: {
    check: num(0),
    test(n, x) {
      const need = n * 1000 - x.page.engagedMs;
      // Engaged time only grows until the visitor has been idle for the engaged window.
      const wait = need <= x.windowMs - x.page.idleMs ? need : Infinity;
      return [need <= 0, 'engaged ' + s(x.page.engagedMs) + ' (need ' + n + 's)', wait];
    },
  },
  idleSeconds: {
    check: num(0),
    test: (n, x) => [x.page.idleMs >= n * 1000, 'idle ' + s(x.page.idleMs) + ' (need ' + n + 's)', n * 1000 - x.page.idleMs],
  },
  helpPagesViewed: atLeast((x) => x.session.helpPagesViewed, 'help pages viewed'),
  backAndForth: atLeast((x) => x.session.backAndForth, 'back-and-forth'),
  kbSearches: atLeast((x) => x.session.kbSearches, 'KB searches'),
  rageClicks: atLeast((x) => x.page.rageClicks, 'rage clicks'),
  purchasedWithinDays: {
    check: num(0),
    test(n, x) {
      const newest = x.purchases[0];
      const age = newest ? (x.now - newest.purchasedAt) / DAY : Infinity;
      return [age <= n, newest ? 'newest purchase ' + Math.floor(age) + ' days ago (want ≤ ' + n + ')' : 'no purchase known'];
    },
  },
  pageMatchesPurchase: {
    check: bool,
    test: (v, x) => [!!x.owned == v, x.owned ? 'page is about ' + x.owned.item.name + ', bought' : 'page is not about a purchase'],
  },
  localHours: {
    check: hours,
    test(v, x) {
      const ok = inHours(v, hourOf(x.date));
      return [ok, 'local time ' + x.date.toTimeString().slice(0, 5) + ' (want ' + v[0] + '–' + v[1] + ')', ok ? undefined : untilHour(x.date, v[0])];
    },
  },
  weekdays: {
    check: days,
    test: (v, x) => [v.includes(x.date.getDay()), 'weekday ' + x.date.getDay() + ' (want ' + v.join(',') + ')'],
  },
  device: {
    check: oneOf(['mobile', 'desktop'] as const),
    test: (v, x) => [x.device == v, 'device ' + x.device],
  },
  businessHours: {
    check: obj({ open: bool, days, hours, timeZone }, ['open']),
    test(v, x) {
      const { hour, day } = zoned(x.date, v.timeZone);
      const open = (v.days || [1, 2, 3, 4, 5]).includes(day) && inHours(v.hours || [9, 17], hour);
      return [open == v.open, 'support is ' + (open ? 'open' : 'closed') + ' now' + (v.timeZone ? ' in ' + v.timeZone : ''), 15 * 60e3];
    },
  },
  locale: {
    check: list(str(35)),
    test(v, x) {
      const want = ([] as string[]).concat(v);
      const lang = x.locale.toLowerCase();
      return [want.some((l) => lang == l.toLowerCase() || lang.startsWith(l.toLowerCase() + '-')), 'locale ' + x.locale];
    },
  },
  event: {
    check: either('an event name or { name, count }', str(100) as Check<any>, obj({ name: str(100), count: num(1) }, ['name'])),
    test(v, x) {
      const { name, count = 1 } = typeof v == 'string' ? { name: v } : v;
      const seen = x.session.events[name] || 0;
      return [seen >= count, 'event "' + name + '" seen ' + seen + ' time(s) (need ' + count + ')'];
    },
  },
  score: {
    check: num(0, 1),
    test: (v, x) => [x.score >= v, 'stuck score ' + x.score.toFixed(2) + ' (need ≥ ' + v + ')'],
  },
};

/** Validate an offer's `when` block; unknown condition names get a "did you mean". */
export const checkWhen: Check<OfferConditions> = (v, p) => {
  if (!isObj(v)) return fail(p, 'an object of conditions', v);
  return obj(Object.fromEntries(Object.entries(CONDITIONS).map(([k, c]) => [k, c.check])) as any)(v, p) as OfferConditions;
};
