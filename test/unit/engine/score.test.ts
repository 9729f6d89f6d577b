import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, scoreParts, stuckScore } from '../../../src/engine/score';
import { kettleOrder, makeInput } from './makeInput';

describe('the stuck score', () => {
  it('is 0 for a visitor who just arrived and 1 when every sign is at its full strength', () => {
    expect(stuckScore(makeInput(), DEFAULT_WEIGHTS)).toBe(0);
    const all = makeInput({
      page: { engagedMs: 20_000, idleMs: 30_000, rageClicks: 2, rereads: 3 },
      session: { helpPagesViewed: 4, backAndForth: 2, kbSearches: 3 },
      owned: { item: kettleOrder().items[0]!, order: kettleOrder() },
    });
    expect(stuckScore(all, DEFAULT_WEIGHTS)).toBe(1);
  });

  it('uses the documented default weights', () => {
    expect(DEFAULT_WEIGHTS).toEqual({ idleAfterReading: 0.3, helpPages: 0.15, backAndForth: 0.15, searches: 0.1, rageClicks: 0.05, ownsPageProduct: 0.15, rereads: 0.1 });
    // Read for 20 s then idle 30 s on a help page: the idle-after-reading part alone, 0.3.
    expect(stuckScore(makeInput({ page: { engagedMs: 20_000, idleMs: 30_000 } }), DEFAULT_WEIGHTS)).toBe(0.3);
    // Two searches: (2 − 1) / 2 of the searches weight.
    expect(stuckScore(makeInput({ session: { kbSearches: 2 } }), DEFAULT_WEIGHTS)).toBe(0.05);
  });

  it('weighs scrolling back over the article: a third of the rereads weight per scroll-back, full at three', () => {
    expect([1, 2, 3, 5].map((rereads) => stuckScore(makeInput({ page: { rereads } }), DEFAULT_WEIGHTS))).toEqual([0.03, 0.07, 0.1, 0.1]);
  });

  it('counts idle-after-reading only on help and product pages', () => {
    const x = makeInput({ page: { type: 'other', engagedMs: 20_000, idleMs: 30_000 } });
    expect(scoreParts(x).idleAfterReading).toBe(0);
  });

  it('honours overridden weights, re-normalised to 0..1', () => {
    const x = makeInput({ page: { rageClicks: 2 } });
    expect(stuckScore(x, { ...DEFAULT_WEIGHTS, rageClicks: 0 })).toBe(0);
    expect(stuckScore(x, { idleAfterReading: 0, helpPages: 0, backAndForth: 0, searches: 0, rageClicks: 5, ownsPageProduct: 0, rereads: 0 })).toBe(1);
  });
});
