import type { ConditionResult, Etiquette, OfferConfig, OfferDecision, OfferInspection } from '../types';
import { CONDITIONS } from './conditions';
import type { EngineInput, Verdict } from './EngineInput';
import { fill, pick } from './localize';
import { reasonsFor } from './reasons';

export const DEFAULT_ETIQUETTE: Etiquette = {
  perSession: 1,
  dismissDays: 14,
  quietStartSeconds: 10,
  typingQuietSeconds: 10,
  dailyCap: 2,
  neverOn: ['checkout', 'cart'],
};

/** The engine's answer at one instant. */
export interface Evaluation {
  offers: OfferInspection[];
  /** The offer to make now, if any. */
  decision?: OfferDecision;
  /** ms until some offer might become eligible with no further input; Infinity if none. */
  waitMs: number;
}

/** The rules of tact every proactive offer obeys, as conditions shown beside the offer's own. */
function etiquetteOf(offer: OfferConfig, x: EngineInput, e: Etiquette): [string, Verdict][] {
  const sinceStart = x.now - x.session.startedAt;
  const quietUntil = x.quiet[offer.id] || 0;
  const shown = x.shown[offer.id] || 0;
  return [
    ['etiquette.neverOn', [!e.neverOn.includes(x.page.type), 'no offers on ' + e.neverOn.join('/') + ' pages']],
    ['etiquette.quietStart', [sinceStart >= e.quietStartSeconds * 1000, 'visit is ' + Math.floor(sinceStart / 1000) + 's old (need ' + e.quietStartSeconds + 's)', e.quietStartSeconds * 1000 - sinceStart]],
    [
      'etiquette.notTyping',
      [
        !x.typing && x.sinceTypedMs >= e.typingQuietSeconds * 1000,
        x.typing ? 'focus is in a form field' : 'last typed ' + (x.sinceTypedMs == Infinity ? 'never' : Math.floor(x.sinceTypedMs / 1000) + 's ago'),
        x.typing ? Infinity : e.typingQuietSeconds * 1000 - x.sinceTypedMs,
      ],
    ],
    ['etiquette.perSession', [x.session.offers < e.perSession, x.session.offers + ' offer(s) this session (max ' + e.perSession + ')']],
    ['etiquette.dailyCap', [x.shownToday < e.dailyCap, x.shownToday + ' offer(s) today (max ' + e.dailyCap + ')']],
    ['etiquette.dismissed', [quietUntil <= x.now, quietUntil > x.now ? 'dismissed; quiet until ' + new Date(quietUntil).toISOString().slice(0, 10) : 'not dismissed']],
    ['etiquette.cap', [offer.cap === undefined || shown < offer.cap, 'shown ' + shown + ' time(s)' + (offer.cap === undefined ? '' : ' (cap ' + offer.cap + ')')]],
  ];
}

/**
 * Evaluate every offer against one snapshot of the signals and context. Pure.
 * The winner is the eligible offer with the highest priority (config order breaks ties).
 */
export function evaluate(offers: OfferConfig[], x: EngineInput, etiquette: Etiquette): Evaluation {
  let waitMs = Infinity;
  let best: { offer: OfferConfig; inspection: OfferInspection } | undefined;
  const inspections = offers.map((offer) => {
    const verdicts: [string, Verdict][] = Object.entries(offer.when).map(([name, value]) => [
      name,
      (CONDITIONS as Record<string, { test(v: unknown, x: EngineInput): Verdict }>)[name]!.test(value, x),
    ]);
    if (offer.enabled === false) verdicts.push(['enabled', [false, 'offer is disabled']]);
    verdicts.push(...etiquetteOf(offer, x, etiquette));
    const conditions: ConditionResult[] = verdicts.map(([name, [pass, detail]]) => ({ name, pass, detail }));
    const failing = verdicts.filter(([, [pass]]) => !pass);
    const eligible = !failing.length;
    if (!eligible) waitMs = Math.min(waitMs, Math.max(...failing.map(([, [, , w]]) => (w === undefined || w <= 0 ? Infinity : w))));
    const inspection: OfferInspection = {
      id: offer.id,
      eligible,
      score: x.score,
      conditions,
      reasons: reasonsFor(verdicts.filter(([, [pass]]) => pass).map(([name]) => name), x),
    };
    if (eligible && (!best || (offer.priority || 0) > (best.offer.priority || 0))) best = { offer, inspection };
    return inspection;
  });
  return { offers: inspections, waitMs, decision: best && decide(best.offer, best.inspection, x) };
}

function decide(offer: OfferConfig, inspection: OfferInspection, x: EngineInput): OfferDecision {
  const item = x.owned && x.owned.item;
  return {
    offerId: offer.id,
    message: fill(pick(offer.message, x.locale), {
      product: item && item.name,
      category: (item && item.category) || (x.page.product && x.page.product.category),
      page: x.page.title,
    }),
    reasons: inspection.reasons,
    topics: offer.topics || [],
    product: item && { sku: item.sku, name: item.name, category: item.category },
    score: x.score,
  };
}
