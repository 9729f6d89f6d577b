// A simulated stream of outcome events (schema v1) with a known effect, for the report's tests
// and benchmark. Seeded (mulberry32), so a failing seed can be replayed.

/** A seeded uniform [0, 1) generator. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 864e5;

/**
 * Yield events for `decisions` decisions, one visitor each: a share `holdout` held out; a
 * contact (hand-off when offered and accepted, else `track('contact')`) within 7 days with
 * probability `heldRate` (held out) or `offeredRate` (offered, per variant if given); some
 * contacts 8–9 days later, outside the window, which must not count; noise events between.
 *
 * @param {{ decisions: number, holdout: number, heldRate: number, offeredRate: number | Record<string, number>, seed?: number, offerId?: string }} o
 */
export function* simulateEvents(o) {
  const rand = mulberry32(o.seed ?? 1);
  const t0 = Date.UTC(2026, 10, 1);
  const variants = typeof o.offeredRate == 'object' ? Object.keys(o.offeredRate) : [null];
  for (let i = 0; i < o.decisions; i++) {
    const visitor = 'v' + i.toString(36) + '-' + (o.seed ?? 1);
    const decisionId = 'd' + i.toString(36) + '-' + (o.seed ?? 1) + (o.offerId || '');
    const held = rand() < o.holdout;
    const variant = variants[Math.floor(rand() * variants.length)];
    const rate = held ? o.heldRate : variant === null ? o.offeredRate : o.offeredRate[variant];
    const at = t0 + Math.floor(rand() * 20 * DAY);
    const base = { v: 1, visitor, decisionId, offerId: o.offerId || 'stuck', variant, group: held ? 'held-out' : 'offered' };
    const none = { v: 1, visitor, decisionId: null, offerId: null, variant: null, group: base.group };
    yield { ...none, type: 'track', at: at - 60_000, name: 'kb_search' };
    yield { ...base, type: held ? 'offer:held-out' : 'offer:shown', at };
    const accepted = !held && rand() < 0.3;
    if (accepted) {
      yield { ...base, type: 'offer:accepted', at: at + 2000 };
      yield { ...base, type: 'article:opened', at: at + 5000, articleId: 'a' + (i % 50) };
      if (rand() < 0.4) yield { ...base, type: 'conversation:resolved', at: at + 60_000 };
    } else if (!held && rand() < 0.5) yield { ...base, type: 'offer:dismissed', at: at + 3000 };
    if (rand() < rate) {
      const later = at + Math.floor(rand() * 6.9 * DAY);
      // A hand-off in the widget right after accepting, else a ticket form on another page later.
      if (accepted && later - at < DAY) yield { ...base, type: 'handoff', at: later, adapter: 'zendesk' };
      else yield { ...none, type: 'track', at: later, name: 'contact' };
    } else if (rand() < 0.05) yield { ...none, type: 'track', at: at + 8 * DAY + Math.floor(rand() * DAY), name: 'contact' };
  }
}
