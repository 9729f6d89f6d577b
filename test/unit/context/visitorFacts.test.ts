import { describe, expect, it } from 'vitest';
import { visitorFacts } from '../../../src/context/visitorFacts';
import type { PageType } from '../../../src/types';

const NOW = new Date('2026-11-19T10:00:00').getTime();
const MIN = 60_000;
const DAY = 864e5;
/** Page views, newest first, as the store keeps them: `[type, ms before NOW]`. */
const pages = (...views: [PageType, number][]) => views.map(([type, ago]) => ({ type, at: NOW - ago }));

describe('the visitor across visits', () => {
  it('a first visit is one visit, seen today, with one help day when a help page was seen', () => {
    expect(visitorFacts(pages(['kb', 0], ['other', 5 * MIN]), NOW)).toEqual({ visits: 1, firstSeenDays: 0, helpPagesViewedDays: 1 });
  });

  it('a page view more than 30 minutes after the one before starts a new visit; a reload does not', () => {
    const views = pages(['kb', 0], ['kb', 1 * MIN], ['kb', 29 * MIN], ['other', 2 * DAY], ['other', 2 * DAY + 31 * MIN]);
    expect(visitorFacts(views, NOW)).toMatchObject({ visits: 3, firstSeenDays: 2 });
  });

  it('counts days with help pages, not help pages: three on one day and one two days ago are two days', () => {
    const views = pages(['kb', 0], ['kb', MIN], ['kb', 2 * MIN], ['product', 3 * MIN], ['kb', 2 * DAY]);
    expect(visitorFacts(views, NOW).helpPagesViewedDays).toBe(2);
  });

  it('visits and help days older than 30 days are not counted; days since the first visit still are', () => {
    const views = pages(['kb', 0], ['kb', 45 * DAY]);
    expect(visitorFacts(views, NOW)).toEqual({ visits: 1, firstSeenDays: 45, helpPagesViewedDays: 1 });
  });

  it('knows nothing with no page view kept (no consent yet on an earlier page, or forgotten)', () => {
    expect(visitorFacts([], NOW)).toEqual({ visits: 0, firstSeenDays: 0, helpPagesViewedDays: 0 });
  });
});
