import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../../src/engine/conditions';
import type { EngineInput } from '../../../src/engine/EngineInput';
import type { OfferConditions } from '../../../src/types';
import { kettleOrder, makeInput, NOW } from './makeInput';

const test = <K extends keyof OfferConditions>(name: K, value: OfferConditions[K], x: EngineInput) =>
  (CONDITIONS[name] as { test(v: unknown, x: EngineInput): [boolean, unknown, number?] }).test(value, x);
const passes = <K extends keyof OfferConditions>(name: K, value: OfferConditions[K], x: EngineInput) => test(name, value, x)[0];

describe('offer conditions', () => {
  it('page: matches the page type, and URL globs when given', () => {
    const x = makeInput();
    expect(passes('page', 'kb', x)).toBe(true);
    expect(passes('page', ['product', 'cart'], x)).toBe(false);
    expect(passes('page', { type: 'kb', url: '/hc/*/articles/**' }, x)).toBe(true);
    expect(passes('page', { url: '/products/*' }, x)).toBe(false);
    expect(passes('page', { url: 'https://shop.example/hc/**' }, x)).toBe(true);
  });

  it('engagedSeconds: passes at the threshold and says how long until it can pass while engaged', () => {
    expect(test('engagedSeconds', 20, makeInput({ page: { engagedMs: 20_000 } }))[0]).toBe(true);
    const [pass, , wait] = test('engagedSeconds', 20, makeInput({ page: { engagedMs: 12_000, idleMs: 2_000 } }));
    expect([pass, wait]).toEqual([false, 8_000]);
    // Idle past the engaged window: engaged time cannot grow without input.
    expect(test('engagedSeconds', 20, makeInput({ page: { engagedMs: 12_000, idleMs: 29_000 } }))[2]).toBe(Infinity);
  });

  it('idleSeconds: passes at the threshold; otherwise waits the rest', () => {
    expect(test('idleSeconds', 15, makeInput({ page: { idleMs: 15_000 } }))[0]).toBe(true);
    expect(test('idleSeconds', 15, makeInput({ page: { idleMs: 5_000 } })).slice(0, 1).concat(test('idleSeconds', 15, makeInput({ page: { idleMs: 5_000 } }))[2])).toEqual([false, 10_000]);
  });

  it('counters: help pages, back-and-forth, KB searches, rage clicks', () => {
    const x = makeInput({ session: { helpPagesViewed: 3, backAndForth: 1, kbSearches: 2 }, page: { rageClicks: 1 } });
    expect([passes('helpPagesViewed', 3, x), passes('helpPagesViewed', 4, x)]).toEqual([true, false]);
    expect([passes('backAndForth', 1, x), passes('kbSearches', 3, x), passes('rageClicks', 1, x)]).toEqual([true, false, true]);
  });

  it('exitIntent: true once the visitor looked about to leave, false before', () => {
    expect([passes('exitIntent', true, makeInput({ page: { exitIntent: true } })), passes('exitIntent', true, makeInput())]).toEqual([true, false]);
    expect(passes('exitIntent', false, makeInput())).toBe(true);
    expect(() => CONDITIONS.exitIntent.check('yes', 'when.exitIntent')).toThrow('kikubari: when.exitIntent');
  });

  it('scrollDepth: the furthest share read is within { min, max }', () => {
    const x = makeInput({ page: { scrollDepth: 0.7 } });
    expect([passes('scrollDepth', { min: 0.6 }, x), passes('scrollDepth', { min: 0.8 }, x), passes('scrollDepth', { max: 0.2 }, x), passes('scrollDepth', { min: 0.5, max: 0.9 }, x)]).toEqual([true, false, false, true]);
    expect(() => CONDITIONS.scrollDepth.check({ min: 60 }, 'when.scrollDepth')).toThrow('kikubari: when.scrollDepth.min');
  });

  it('rereads: scrolled back over what was read on this page at least n times', () => {
    const x = makeInput({ page: { rereads: 2 } });
    expect([passes('rereads', 2, x), passes('rereads', 3, x)]).toEqual([true, false]);
  });

  it('visits: visits in the last 30 days, this one included, at least n (2: a returning visitor)', () => {
    const x = makeInput({ visitor: { visits: 2 } });
    expect([passes('visits', 2, x), passes('visits', 3, x), passes('visits', 2, makeInput())]).toEqual([true, false, false]);
    expect(() => CONDITIONS.visits.check(-1, 'when.visits')).toThrow('kikubari: when.visits');
  });

  it('helpPagesViewedDays: days in the last 30 with a help page seen, at least n', () => {
    const x = makeInput({ visitor: { helpPagesViewedDays: 3 } });
    expect([passes('helpPagesViewedDays', 3, x), passes('helpPagesViewedDays', 4, x)]).toEqual([true, false]);
  });

  it('copies: text copied on this page at least n times', () => {
    const x = makeInput({ page: { copies: 2 } });
    expect([passes('copies', 2, x), passes('copies', 3, x)]).toEqual([true, false]);
    expect(() => CONDITIONS.copies.check(-1, 'when.copies')).toThrow('kikubari: when.copies');
  });

  it('purchasedWithinDays: looks at the newest purchase; none means fail', () => {
    expect(passes('purchasedWithinDays', 30, makeInput({ purchases: [kettleOrder(3)] }))).toBe(true);
    expect(passes('purchasedWithinDays', 30, makeInput({ purchases: [kettleOrder(45)] }))).toBe(false);
    expect(test('purchasedWithinDays', 30, makeInput())).toEqual([false, 'no purchase']);
  });

  it('pageAboutOtherProduct: a page naming a product the visitor did not buy; general pages and owned products are not', () => {
    const owned = { item: kettleOrder().items[0]!, order: kettleOrder() };
    const grinderPage = makeInput({ page: { ...makeInput().page, product: { sku: 'GR-3', name: 'Kaze Burr Grinder' } } });
    expect(passes('pageAboutOtherProduct', false, grinderPage)).toBe(false);
    expect(test('pageAboutOtherProduct', false, grinderPage)[1]).toBe('Kaze Burr Grinder');
    expect(passes('pageAboutOtherProduct', false, { ...grinderPage, page: { ...grinderPage.page, product: { sku: 'AK-1' } }, owned })).toBe(true);
    expect(passes('pageAboutOtherProduct', false, makeInput())).toBe(true); // a general page (returns, shipping)
  });

  it('pageMatchesPurchase: true and false both mean something', () => {
    const owned = { item: kettleOrder().items[0]!, order: kettleOrder() };
    expect(passes('pageMatchesPurchase', true, makeInput({ owned }))).toBe(true);
    expect(passes('pageMatchesPurchase', false, makeInput({ owned }))).toBe(false);
    expect(passes('pageMatchesPurchase', false, makeInput())).toBe(true);
  });

  it('localHours and weekdays use the visitor clock; hours wrap past midnight', () => {
    const at = (iso: string) => makeInput({ date: new Date(iso) });
    expect(passes('localHours', [9, 18], at('2026-11-19T10:00:00'))).toBe(true);
    expect(passes('localHours', [22, 6], at('2026-11-19T23:30:00'))).toBe(true);
    expect(passes('localHours', [22, 6], at('2026-11-19T12:00:00'))).toBe(false);
    expect(passes('weekdays', [1, 2, 3, 4, 5], at('2026-11-19T10:00:00'))).toBe(true); // Thursday
    expect(passes('weekdays', [0, 6], at('2026-11-19T10:00:00'))).toBe(false);
  });

  it('businessHours: open or closed in the support team’s time zone', () => {
    // 2026-11-19 14:00 UTC is 23:00 in Tokyo: closed there, open in London.
    const x = makeInput({ date: new Date('2026-11-19T14:00:00Z') });
    expect(passes('businessHours', { open: false, timeZone: 'Asia/Tokyo', hours: [9, 18] }, x)).toBe(true);
    expect(passes('businessHours', { open: true, timeZone: 'Europe/London', hours: [9, 18] }, x)).toBe(true);
    // Saturday is closed by default (Monday–Friday).
    expect(passes('businessHours', { open: true, timeZone: 'UTC' }, makeInput({ date: new Date('2026-11-21T12:00:00Z') }))).toBe(false);
  });

  it('device, locale, custom event and stuck score', () => {
    const x = makeInput({ device: 'mobile', locale: 'ja-JP', session: { events: { viewed_warranty: 2 } }, score: 0.72 });
    expect([passes('device', 'mobile', x), passes('device', 'desktop', x)]).toEqual([true, false]);
    expect([passes('locale', 'ja', x), passes('locale', ['en', 'fr'], x)]).toEqual([true, false]);
    expect([passes('event', 'viewed_warranty', x), passes('event', { name: 'viewed_warranty', count: 3 }, x)]).toEqual([true, false]);
    expect([passes('score', 0.7, x), passes('score', 0.8, x)]).toEqual([true, false]);
  });

  it('every condition validates its own config value', () => {
    for (const [name, c] of Object.entries(CONDITIONS)) expect(() => c.check(Symbol('bad'), 'when.' + name), name).toThrow('kikubari: when.' + name);
  });
});
