import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFER } from '../../../src/engine/defaultOffer';
import { DEFAULT_ETIQUETTE, evaluate } from '../../../src/engine/evaluate';
import type { OfferConfig } from '../../../src/types';
import { DAY, kettleOrder, makeInput, NOW } from './makeInput';

const readIdle = { engagedMs: 25_000, idleMs: 16_000 };
const owned = { item: kettleOrder().items[0]!, order: kettleOrder() };

describe('the engine', () => {
  it('makes the default offer to a recent buyer who read, then went idle, naming the product the page is about', () => {
    const r = evaluate([DEFAULT_OFFER], makeInput({ page: readIdle, purchases: [kettleOrder()], owned }), DEFAULT_ETIQUETTE);
    expect(r.decision).toMatchObject({ offerId: 'recent-purchase', message: 'Questions about your recent purchase of Aero Kettle?', product: { sku: 'AK-1' } });
    expect(r.passed).toEqual(['page', 'purchasedWithinDays', 'pageAboutOtherProduct', 'engagedSeconds', 'idleSeconds']);
  });

  it('words the default offer without a product when the page is not about one, in Japanese too', () => {
    expect(evaluate([DEFAULT_OFFER], makeInput({ page: readIdle, purchases: [kettleOrder()] }), DEFAULT_ETIQUETTE).decision!.message).toBe(
      'Questions about your recent purchase?',
    );
    expect(evaluate([DEFAULT_OFFER], makeInput({ page: readIdle, purchases: [kettleOrder()], owned, locale: 'ja-JP' }), DEFAULT_ETIQUETTE).decision!.message).toBe(
      '最近ご購入いただいたAero Kettleについて、ご不明な点はございませんか？',
    );
  });

  it('says how long to sleep until time alone could make an offer', () => {
    const r = evaluate([DEFAULT_OFFER], makeInput({ page: { engagedMs: 25_000, idleMs: 5_000 }, purchases: [kettleOrder()] }), DEFAULT_ETIQUETTE);
    expect(r.decision).toBeUndefined();
    expect(r.waitMs).toBe(10_000);
    // Without a purchase no amount of waiting helps.
    expect(evaluate([DEFAULT_OFFER], makeInput({ page: readIdle }), DEFAULT_ETIQUETTE).waitMs).toBe(Infinity);
  });

  it('follows etiquette: never on checkout, not in the first seconds, not while typing, once per session, dismissed stays quiet', () => {
    const base = { page: readIdle, purchases: [kettleOrder()] };
    const blocked = (o: Parameters<typeof makeInput>[0], rule: string) => {
      const r = evaluate([DEFAULT_OFFER], makeInput({ ...base, ...o, page: { ...readIdle, ...(o && o.page) } }), DEFAULT_ETIQUETTE);
      expect(r.decision).toBeUndefined();
      expect(r.offers[0]!.conditions.find((c) => c.name == rule)!.pass).toBe(false);
    };
    blocked({ page: { type: 'checkout' } }, 'page');
    blocked({ page: { type: 'kb' }, session: { startedAt: NOW - 5_000 } }, 'etiquette.quietStartSeconds');
    blocked({ typing: true }, 'etiquette.typingQuietSeconds');
    blocked({ sinceTypedMs: 3_000 }, 'etiquette.typingQuietSeconds');
    blocked({ session: { offers: 1 } }, 'etiquette.perSession');
    blocked({ quiet: { 'recent-purchase': NOW + 13 * DAY } }, 'etiquette.dismissDays');
    blocked({ shownToday: 2 }, 'etiquette.dailyCap');
  });

  it('never offers on checkout or cart even when the offer itself would allow it', () => {
    const anywhere: OfferConfig = { id: 'any', when: { idleSeconds: 1 }, message: 'Hi' };
    const r = evaluate([anywhere], makeInput({ page: { type: 'cart', idleMs: 5_000 } }), DEFAULT_ETIQUETTE);
    expect(r.decision).toBeUndefined();
    expect(r.offers[0]!.conditions.find((c) => c.name == 'etiquette.neverOn')!.pass).toBe(false);
  });

  it('picks the eligible offer with the highest priority and fills its template', () => {
    const offers: OfferConfig[] = [
      DEFAULT_OFFER,
      { id: 'stuck', when: { score: 0.4 }, message: { en: 'Stuck on "{page}"?', ja: '「{page}」でお困りですか？' }, priority: 5, topics: ['troubleshooting'] },
    ];
    const r = evaluate(offers, makeInput({ page: readIdle, purchases: [kettleOrder()], score: 0.5 }), DEFAULT_ETIQUETTE);
    expect(r.decision).toMatchObject({ offerId: 'stuck', message: 'Stuck on "How to descale"?', topics: ['troubleshooting'] });
  });

  it('explains each condition for inspect(): what was measured against what the offer wants', () => {
    const r = evaluate([DEFAULT_OFFER], makeInput({ page: { engagedMs: 12_000, idleMs: 3_000 } }), DEFAULT_ETIQUETTE);
    const c = Object.fromEntries(r.offers[0]!.conditions.map((c) => [c.name, c]));
    expect(c.engagedSeconds).toEqual({ name: 'engagedSeconds', pass: false, detail: '12 (want 20)' });
    expect(c.purchasedWithinDays!.detail).toBe('no purchase (want 30)');
    expect(r.offers[0]!.reasons).toEqual(['page: kb (want ["kb","product"])', 'pageAboutOtherProduct: false (want false)']);
    expect(r.offers[0]!.eligible).toBe(false);
  });

  it('respects an offer cap and a disabled offer', () => {
    const capped: OfferConfig = { id: 'c', when: {}, message: 'x', cap: 2 };
    expect(evaluate([capped], makeInput({ shown: { c: 2 } }), DEFAULT_ETIQUETTE).decision).toBeUndefined();
    expect(evaluate([{ ...capped, enabled: false }], makeInput(), DEFAULT_ETIQUETTE).decision).toBeUndefined();
    expect(evaluate([capped], makeInput({ shown: { c: 1 } }), DEFAULT_ETIQUETTE).decision).toBeDefined();
  });
});
