import type { EventName, OfferDecision } from '../types';

/** The outcome schema's version: `schema/outcome.v1.json` in the package describes it. */
export const OUTCOME_VERSION = 1;

/** Outcome event types, as the `type` field names them. */
export type OutcomeType =
  | 'offer:shown'
  | 'offer:held-out'
  | 'offer:accepted'
  | 'offer:dismissed'
  | 'article:opened'
  | 'article:voted'
  | 'conversation:resolved'
  | 'handoff'
  | 'csat'
  | 'chat:opened'
  | 'chat:closed'
  | 'track';

/**
 * One outcome event, as the beacon sink posts it (one JSON object per line) and the dataLayer
 * sink pushes it under `kikubari`. Never personal data: `visitor` is a random id stored on the
 * visitor's device, and a hand-off's customer card is left out.
 */
export interface OutcomeEvent {
  v: typeof OUTCOME_VERSION;
  type: OutcomeType;
  /** Epoch ms. */
  at: number;
  /** The stored random visitor id. */
  visitor: string;
  /** The decision on this page view the event follows from; `null` before any (or on later pages). */
  decisionId: string | null;
  offerId: string | null;
  variant: string | null;
  /** The visitor's group: held-out visitors are the control group. */
  group: 'offered' | 'held-out';
  /** `track`: the site's event name (`contact` marks a contact made outside the widget). */
  name?: string;
  /** `article:opened`, `article:voted`. */
  articleId?: string;
  /** `article:voted`. */
  helpful?: boolean;
  /** `handoff`: which adapter. */
  adapter?: string;
  /** `offer:dismissed`: "don't show offers like this". */
  forever?: boolean;
  /** `csat`: the visitor's rating, 1 (poor) to 5 (great). */
  rating?: number;
}

/** Fields other events may carry, copied only when present: a payload may carry a customer card. */
const EXTRA = ['name', 'articleId', 'helpful', 'adapter', 'rating'] as const;

/**
 * Turns the SDK's events into outcome events. Remembers this page view's latest decision, so an
 * article opened or a hand-off after an offer names the decision it followed from; a contact on a
 * later page is joined to it by visitor and time in the report.
 *
 * @param visitor the stored visitor id (read when each event arrives)
 * @param heldOut whether this visitor is in the control group
 */
export function createOutcomes(visitor: () => string, heldOut: () => boolean): (event: EventName, payload: unknown) => OutcomeEvent | undefined {
  let last: OfferDecision | undefined;
  return (event, payload) => {
    const id = visitor();
    // `error` is no outcome; with no stored id (just forgotten) there is nothing to attribute to.
    if (event == 'error' || !id) return undefined;
    const p = (payload || {}) as Record<string, unknown>;
    // The offer:* events carry the decision itself (its `score` is the stuck score, not a CSAT score).
    const decision = event.startsWith('offer:');
    if (decision && p.decisionId) last = p as unknown as OfferDecision;
    const d: Partial<OfferDecision> = last || {};
    const o: OutcomeEvent = {
      v: OUTCOME_VERSION,
      type: event as OutcomeType,
      at: Date.now(),
      visitor: id,
      decisionId: d.decisionId || null,
      offerId: d.offerId || null,
      variant: d.variant || null,
      group: d.group || (heldOut() ? 'held-out' : 'offered'),
    };
    if (!decision) for (const k of EXTRA) p[k] !== undefined && ((o as unknown as Record<string, unknown>)[k] = p[k]);
    else if (p.forever) o.forever = true;
    return o;
  };
}
