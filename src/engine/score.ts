import { DAY_MS } from '../lib/time';
import type { ScoreWeights } from '../types';
import { RECENT_PURCHASE_DAYS } from './defaultOffer';
import type { EngineInput } from './EngineInput';

/**
 * Default weights of the stuck score (they sum to 1; overrides are re-normalised).
 * Reading then going quiet on a help page is the strongest single sign, so it weighs most;
 * each of the other hints alone cannot push the score past 0.5.
 */
export const DEFAULT_WEIGHTS: Required<ScoreWeights> = {
  idleAfterReading: 0.3,
  helpPages: 0.15,
  backAndForth: 0.15,
  searches: 0.1,
  rageClicks: 0.05,
  ownsPageProduct: 0.15,
  rereads: 0.1,
};

const clamp = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * Each part of the score in 0..1, before weighting:
 * - idleAfterReading: on a help or product page, `min(1, engaged/20 s) × min(1, idle/30 s)`;
 * - helpPages: `(help pages viewed − 1) / 3` (the fourth help page saturates it);
 * - backAndForth: returns to an already-seen help page / 2;
 * - searches: `(KB searches − 1) / 2` (one search is normal; three is a struggle);
 * - rageClicks: rage clicks on this page / 2;
 * - ownsPageProduct: 1 when the page is about something bought in the last 30 days;
 * - rereads: scroll-backs over what was read on this page / 3 (once can be a look back; again and
 *   again, on a help article, is confusion).
 */
export function scoreParts(x: EngineInput): Required<ScoreWeights> {
  const onHelp = x.page.type == 'kb' || x.page.type == 'product';
  return {
    idleAfterReading: onHelp ? clamp(x.page.engagedMs / 20e3) * clamp(x.page.idleMs / 30e3) : 0,
    helpPages: clamp((x.session.helpPagesViewed - 1) / 3),
    backAndForth: clamp(x.session.backAndForth / 2),
    searches: clamp((x.session.kbSearches - 1) / 2),
    rageClicks: clamp(x.page.rageClicks / 2),
    ownsPageProduct: x.owned && x.now - x.owned.order.purchasedAt <= RECENT_PURCHASE_DAYS * DAY_MS ? 1 : 0,
    rereads: clamp(x.page.rereads / 3),
  };
}

/** The stuck score: one number in 0..1, the weighted sum of {@link scoreParts}. */
export function stuckScore(x: EngineInput, weights: Required<ScoreWeights>): number {
  const parts = scoreParts(x);
  let total = 0;
  let sum = 0;
  for (const k of Object.keys(weights)) {
    const w = weights[k as keyof ScoreWeights];
    total += w;
    sum += w * parts[k as keyof ScoreWeights];
  }
  return total ? Math.round((sum / total) * 100) / 100 : 0;
}
