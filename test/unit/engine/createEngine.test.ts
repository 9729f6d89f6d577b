import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/createEngine';
import { kettleOrder, makeInput, NOW } from './makeInput';

const signals = (over = {}) => {
  const { page, device, windowMs, typing, sinceTypedMs } = makeInput({ page: { engagedMs: 25_000, idleMs: 16_000, ...over } });
  return { page, device, windowMs, typing, sinceTypedMs };
};
const context = (purchases = [kettleOrder(3)]) => ({
  session: { pageViews: 2, helpPagesViewed: 1, backAndForth: 0, kbSearches: 0, events: {}, startedAt: NOW - 120_000, offers: 0 },
  purchases,
  shown: {},
  shownToday: 0,
  quiet: {},
});

describe('the engine', () => {
  it('turns signals and context into its input: the purchase this page is about and the stuck score', () => {
    const x = createEngine({}, 'en').input(signals({ title: 'Descaling your Aero Kettle' }), context(), NOW);
    expect(x.owned!.item.sku).toBe('AK-1');
    expect(x.score).toBeGreaterThan(0);
    expect(x.date.getTime()).toBe(NOW);
  });

  it('the article index’s products for this page tie it to a purchase the page does not name: the offer names it', () => {
    const e = createEngine({}, 'en');
    const d = e.evaluate(e.input(signals({ title: 'Lid stuck? Read this' }), context(), NOW, ['AK-1'])).decision!;
    expect(d.message).toBe('Questions about your recent purchase of Aero Kettle?');
  });

  it('a page the article index ties to a product the visitor did not buy gets no built-in offer', () => {
    const e = createEngine({}, 'en');
    const x = e.input(signals({ title: 'Lid stuck? Read this' }), context(), NOW, ['GR-3']);
    expect(x.page.product).toEqual({ sku: 'GR-3' });
    expect(e.evaluate(x).decision).toBeUndefined();
    // Without the index's word, the same page is a general one, and gets it.
    expect(e.evaluate(e.input(signals({ title: 'Lid stuck? Read this' }), context(), NOW)).decision!.message).toBe('Questions about your recent purchase?');
  });

  it('makes a complete decision: the message names the product, and its reasons (as data, worded by the widget) say why', () => {
    const e = createEngine({}, 'en');
    const d = e.evaluate(e.input(signals({ title: 'Descaling your Aero Kettle' }), context(), NOW)).decision!;
    expect(d.message).toBe('Questions about your recent purchase of Aero Kettle?');
    expect(d.why).toEqual([['kb'], ['bought', { product: 'Aero Kettle', n: '3' }]]);
  });

  it('the debug overlay can show an offer whose conditions fail, with the reasons of its own conditions', () => {
    const e = createEngine({ offers: [{ id: 'night', when: { localHours: [22, 6] }, message: 'Up late?' }] }, 'en');
    const x = e.input(signals({ engagedMs: 0, idleMs: 0 }), context([]), NOW);
    expect(e.evaluate(x).decision).toBeUndefined();
    expect(e.force('night', x)).toMatchObject({ offerId: 'night', message: 'Up late?' });
    expect(e.force('nope', x)).toBeUndefined();
  });

  it('an invalid site offer throws first, naming the field', () => {
    expect(() => createEngine({ offers: [{ id: 'x', when: { idleSeconds: '15' as never }, message: 'm' }] }, 'en')).toThrow('config.offers[0].when.idleSeconds');
  });

  it('holds out the configured share of visitors, stably by id', () => {
    const e = createEngine({ holdout: 0.5 }, 'en');
    const ids = Array.from({ length: 2000 }, (_, i) => 'visitor-' + i);
    const held = ids.filter(e.heldOut);
    expect(held.length / ids.length).toBeGreaterThan(0.45);
    expect(held.length / ids.length).toBeLessThan(0.55);
    expect(ids.filter(e.heldOut)).toEqual(held);
    expect(createEngine({}, 'en').heldOut('visitor-1')).toBe(false);
  });
});
