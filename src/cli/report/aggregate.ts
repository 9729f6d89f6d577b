import { differenceInterval } from './interval';

/** A contact within this long after a decision counts against it (README "Did it work?"). */
export const CONTACT_WINDOW_MS = 7 * 864e5;

/** One row of the report: an offer as a whole (`variant: null`) or one of its variants. */
export interface OfferReport {
  offerId: string;
  variant: string | null;
  /** Decisions made: offered plus held out. */
  decisions: number;
  heldOut: number;
  shown: number;
  accepted: number;
  /** Decisions followed by `conversation:resolved` (self-serve resolution). */
  resolved: number;
  /** Decisions followed by a `handoff` to a person. */
  handoffs: number;
  /** Share of decisions with a contact (hand-off or `track('contact')`) within 7 days. */
  contactRate: { offered: number | null; heldOut: number | null };
  /** (held-out rate − offered rate) × 1000, with its 95% interval; `null` without both groups. */
  avoidedPer1000: { estimate: number; low: number; high: number } | null;
  /** The interval lies wholly above or below zero. */
  excludesZero: boolean;
}

/** Variant `a` against variant `b` of one offer, among offered decisions: contacts `a` avoids per 1,000. */
export interface VariantComparison {
  offerId: string;
  a: string;
  b: string;
  avoidedPer1000: { estimate: number; low: number; high: number } | null;
  excludesZero: boolean;
}

export interface Report {
  offers: OfferReport[];
  comparisons: VariantComparison[];
  /** Lines read, and lines skipped (not JSON, or not an outcome event of schema v1). */
  events: number;
  skipped: number;
}

interface Decision {
  visitor: string;
  offerId: string;
  variant: string | null;
  held: boolean;
  at: number;
  /** Bits: 1 decided (shown or held out), 2 shown, 4 accepted, 8 resolved, 16 hand-off. */
  flags: number;
}

const FLAG: Record<string, number> = { 'offer:shown': 3, 'offer:held-out': 1, 'offer:accepted': 4, 'conversation:resolved': 8, handoff: 16 };

/**
 * Folds outcome events (schema v1) into the report, one at a time, in any order. It keeps one
 * small record per decision and the contact times per visitor — never the events — so memory
 * grows with decisions and contacts, not with the length of the stream.
 */
export function createAggregator() {
  const decisions = new Map<string, Decision>();
  const contacts = new Map<string, number[]>();
  let events = 0;
  let skipped = 0;

  const add = (e: any): void => {
    events++;
    if (!e || e.v !== 1 || typeof e.type != 'string' || typeof e.visitor != 'string' || typeof e.at != 'number') return void skipped++;
    if (e.type == 'handoff' || (e.type == 'track' && e.name == 'contact')) {
      const list = contacts.get(e.visitor);
      list ? list.push(e.at) : contacts.set(e.visitor, [e.at]);
    }
    const flag = FLAG[e.type];
    if (!flag || typeof e.decisionId != 'string' || typeof e.offerId != 'string') return;
    let d = decisions.get(e.decisionId);
    if (!d) decisions.set(e.decisionId, (d = { visitor: e.visitor, offerId: e.offerId, variant: e.variant ?? null, held: e.group == 'held-out', at: e.at, flags: 0 }));
    // The decision's own event sets its time; events that follow it may have arrived first.
    if (flag & 1 && !(d.flags & 1)) (d.at = e.at), (d.held = e.group == 'held-out');
    d.flags |= flag;
  };

  const result = (): Report => {
    type Tally = { n: [number, number]; c: [number, number]; shown: number; accepted: number; resolved: number; handoffs: number };
    const rows = new Map<string, { offerId: string; variant: string | null; t: Tally }>();
    const tally = (offerId: string, variant: string | null) => {
      const k = offerId + '\u0000' + (variant ?? '\u0001');
      let r = rows.get(k);
      if (!r) rows.set(k, (r = { offerId, variant, t: { n: [0, 0], c: [0, 0], shown: 0, accepted: 0, resolved: 0, handoffs: 0 } }));
      return r.t;
    };
    for (const d of decisions.values()) {
      if (!(d.flags & 1)) continue; // events of a decision whose own event never arrived
      const list = contacts.get(d.visitor);
      const contacted = !!list && list.some((t) => t >= d.at && t <= d.at + CONTACT_WINDOW_MS);
      const g = d.held ? 1 : 0;
      for (const t of d.variant === null ? [tally(d.offerId, null)] : [tally(d.offerId, null), tally(d.offerId, d.variant)]) {
        t.n[g]++;
        t.c[g] += +contacted;
        t.shown += +!!(d.flags & 2);
        t.accepted += +!!(d.flags & 4);
        t.resolved += +!!(d.flags & 8);
        t.handoffs += +!!(d.flags & 16);
      }
    }
    const per1000 = (i: { estimate: number; low: number; high: number } | null) => i && { estimate: i.estimate * 1000, low: i.low * 1000, high: i.high * 1000 };
    const excludes = (i: { low: number; high: number } | null) => !!i && (i.low > 0 || i.high < 0);
    const sorted = [...rows.values()].sort((a, b) => (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : a.variant === null ? -1 : b.variant === null ? 1 : a.variant < b.variant ? -1 : 1));
    const offers = sorted.map(({ offerId, variant, t }): OfferReport => {
      const lift = per1000(differenceInterval(t.c[1], t.n[1], t.c[0], t.n[0]));
      return {
        offerId,
        variant,
        decisions: t.n[0] + t.n[1],
        heldOut: t.n[1],
        shown: t.shown,
        accepted: t.accepted,
        resolved: t.resolved,
        handoffs: t.handoffs,
        contactRate: { offered: t.n[0] ? t.c[0] / t.n[0] : null, heldOut: t.n[1] ? t.c[1] / t.n[1] : null },
        avoidedPer1000: lift,
        excludesZero: excludes(lift),
      };
    });
    const comparisons: VariantComparison[] = [];
    const variants = sorted.filter((r) => r.variant !== null);
    for (const a of variants)
      for (const b of variants)
        if (a.offerId == b.offerId && a.variant! < b.variant!) {
          const lift = per1000(differenceInterval(b.t.c[0], b.t.n[0], a.t.c[0], a.t.n[0]));
          comparisons.push({ offerId: a.offerId, a: a.variant!, b: b.variant!, avoidedPer1000: lift, excludesZero: excludes(lift) });
        }
    return { offers, comparisons, events, skipped };
  };

  return { add, result };
}
