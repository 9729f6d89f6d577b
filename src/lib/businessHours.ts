import type { BusinessHours } from '../types';
import { arr, fail, num, str, type Check } from './check';

export const hourOf = (d: Date) => d.getHours() + d.getMinutes() / 60;
/** `[22, 6]` wraps past midnight. */
export const inHours = ([from, to]: number[], h: number) => (from! <= to! ? h >= from! && h < to! : h >= from! || h < to!);

/** Hour and weekday in an IANA time zone (the visitor's own when none is given). */
export function zoned(d: Date, timeZone?: string): [hour: number, day: number] {
  if (!timeZone) return [hourOf(d), d.getDay()];
  const p: Record<string, string> = {};
  new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' })
    .formatToParts(d)
    .forEach((x) => (p[x.type] = x.value));
  return [+p.hour! + +p.minute! / 60, ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday!)];
}

/**
 * Whether the support team is at work at `d`: the offer condition `businessHours` and the hand-off's
 * `handoff.businessHours` share it. Unset, Monday to Friday, 9:00 to 17:00.
 */
export const isOpen = (v: BusinessHours, d: Date) => {
  const [hour, day] = zoned(d, v.timeZone);
  return (v.days || [1, 2, 3, 4, 5]).includes(day) && inHours(v.hours || [9, 17], hour);
};

export const hours: Check<[number, number]> = arr(num(0, 24), 2, 2) as Check<[number, number]>;
export const days: Check<number[]> = arr(num(0, 6), 1, 7);
export const timeZone: Check<string> = (v, p) => {
  const tz = str(64)(v, p);
  try {
    zoned(new Date(), tz);
  } catch {
    fail(p, 'an IANA time zone like "Asia/Tokyo"', tz);
  }
  return tz;
};
