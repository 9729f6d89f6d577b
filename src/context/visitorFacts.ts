import { DAY_MS, midnight } from '../lib/time';
import type { PageType, VisitorSnapshot } from '../types';
import { SESSION_GAP_MS } from './records';

/** Returning visitors are counted over this many days (Intercom's and HubSpot's visitor segments look back 30 days too). */
const RETURN_DAYS = 30;

/**
 * The visitor across visits, worked out from the page views kept on this device (newest first)
 * rather than stored apart: they are kept only with consent, past `retentionDays` they are gone,
 * and so is what they said about the visitor. A page view more than 30 minutes after the one
 * before it starts a new visit (the visit's own boundary, and GA4's session time-out).
 */
export function visitorFacts(pages: { type: PageType; at: number }[], now: number): VisitorSnapshot {
  let visits = 0;
  let helpDays = 0;
  let later = Infinity; // the page view after this one
  let day = 0; // the day of the last help page counted (newest first: one day's page views are together)
  for (const { type, at } of pages)
    if (at > now - RETURN_DAYS * DAY_MS) {
      if (later - at > SESSION_GAP_MS) visits++;
      later = at;
      if (type == 'kb' && day != (day = midnight(at))) helpDays++;
    }
  const first = pages[pages.length - 1];
  return {
    visits,
    // Calendar days in the visitor's time zone, like "bought yesterday" (rounded: a DST day has 23 or 25 hours).
    firstSeenDays: first ? Math.round((midnight(now) - midnight(first.at)) / DAY_MS) : 0,
    helpPagesViewedDays: helpDays,
  };
}
