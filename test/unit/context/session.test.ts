import { describe, expect, it, vi } from 'vitest';
import { createVisit, offerHistory } from '../../../src/context/session';
import { createContextStore } from '../../../src/context/store';
import { createLogger } from '../../../src/lib/logger';

const DAY = 864e5;
const visitOnMemory = () => {
  const store = createContextStore(window, false, 90, createLogger());
  return { store, visit: createVisit(store) };
};

describe('the visit', () => {
  it('counts page views and help pages; a return to a help page seen earlier is one back-and-forth, a reload is not', async () => {
    const { visit } = visitOnMemory();
    for (const url of ['/hc/a', '/hc/a', '/hc/b', '/hc/a', '/products/k']) await visit.pageViewed({ url, type: url.startsWith('/hc') ? 'kb' : 'product' });
    expect(visit.snapshot(Date.now())).toMatchObject({ pageViews: 5, helpPagesViewed: 2, backAndForth: 1 });
  });

  it('custom events are counted, and kb_search is also a KB search', async () => {
    const { visit } = visitOnMemory();
    await visit.tracked('kb_search');
    await visit.tracked('kb_search');
    await visit.tracked('contact');
    expect(visit.snapshot(Date.now())).toMatchObject({ kbSearches: 2, events: { kb_search: 2, contact: 1 } });
  });

  it('gives out one offer slot per visit when perSession is 1', async () => {
    const { visit } = visitOnMemory();
    expect([await visit.takeOfferSlot(1), await visit.takeOfferSlot(1)]).toEqual([true, false]);
    expect(visit.snapshot(Date.now()).offers).toBe(1);
  });

  it('a visit ends after 30 minutes without a page view — but never under a page that is still open', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { store, visit } = visitOnMemory();
    await visit.pageViewed({ url: '/hc/a', type: 'kb' });
    vi.advanceTimersByTime(31 * 60_000);
    // This page is still open: its visit goes on.
    expect(visit.snapshot(Date.now()).pageViews).toBe(1);
    // A new page (a fresh visit object over the same store) starts a new visit.
    expect(createVisit(store).snapshot(Date.now())).toMatchObject({ pageViews: 0, offers: 0 });
    vi.useRealTimers();
  });

  it('the engine sees the counts, not the list of help pages or the last URL', async () => {
    const { visit } = visitOnMemory();
    await visit.pageViewed({ url: '/hc/a', type: 'kb' });
    expect(Object.keys(visit.snapshot(Date.now())).sort()).toEqual(['backAndForth', 'events', 'helpPagesViewed', 'kbSearches', 'offers', 'pageViews', 'startedAt']);
  });
});

describe('the offer history', () => {
  const now = new Date('2026-11-19T10:00:00').getTime();
  it('counts offers shown or held out, ever and since midnight', () => {
    const h = offerHistory(
      [
        { kind: 'offer', id: 'a', outcome: 'shown', at: now - 1000 },
        { kind: 'offer', id: 'a', outcome: 'held-out', at: now - 2 * DAY },
        { kind: 'offer', id: 'b', outcome: 'accepted', at: now - 1000 },
      ],
      now,
      14,
    );
    expect(h).toEqual({ shown: { a: 2 }, shownToday: 1, quiet: {} });
  });

  it('a dismissal keeps the offer quiet for dismissDays; "don\'t show offers like this" for good', () => {
    const h = offerHistory(
      [
        { kind: 'offer', id: 'a', outcome: 'dismissed', at: now },
        { kind: 'offer', id: 'b', outcome: 'muted', at: now },
      ],
      now,
      14,
    );
    expect(h.quiet.a).toBe(now + 14 * DAY);
    expect(h.quiet.b! - now).toBeGreaterThan(3000 * DAY);
  });
});
