import type { EngineInput } from '../../../src/engine/EngineInput';
import type { StoredOrder } from '../../../src/types';

export const NOW = new Date('2026-11-19T10:00:00').getTime();
export const DAY = 864e5;

export const kettleOrder = (daysAgo = 3): StoredOrder => ({
  orderId: 'A-1001',
  purchasedAt: NOW - daysAgo * DAY,
  items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'kettles' }],
});

type Partial2<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

/** An engine input for a visitor on a help article, with anything overridden. */
export function makeInput(o: Partial2<EngineInput> = {}): EngineInput {
  const { page, session, visitor, ...rest } = o;
  return {
    now: NOW,
    date: new Date(NOW),
    page: { type: 'kb', url: 'https://shop.example/hc/en/articles/1-descale', title: 'How to descale', engagedMs: 0, visibleMs: 0, idleMs: 0, rageClicks: 0, copies: 0, scrollDepth: 0, rereads: 0, exitIntent: false, ...page },
    session: { pageViews: 1, helpPagesViewed: 1, backAndForth: 0, kbSearches: 0, events: {}, startedAt: NOW - 60_000, offers: 0, ...session },
    visitor: { visits: 1, firstSeenDays: 0, helpPagesViewedDays: 0, ...visitor },
    visitorId: 'visitor-1',
    purchases: [],
    locale: 'en',
    device: 'desktop',
    windowMs: 30_000,
    typing: false,
    sinceTypedMs: Infinity,
    shown: {},
    shownToday: 0,
    quiet: {},
    score: 0,
    ...(rest as Partial<EngineInput>),
  };
}
