import type { ConditionResult, Etiquette, OfferConfig, OfferDecision, OfferInspection } from '../types';
import { CONDITIONS, type Verdict } from './conditions';
import type { EngineInput } from './EngineInput';
import { fill, pick } from './localize';
import { reasonFacts } from './reasons';
import { chooseVariant } from './variant';
import { toJson } from '../lib/json';

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
  /** The offer to make now, if any, with the names of its conditions (for the reasons). */
  decision?: OfferDecision;
  passed?: string[];
  /** ms until some offer might become eligible with no further input; Infinity if none. */
  waitMs: number;
}

/** The rules of tact every proactive offer obeys, checked like conditions and shown beside them. */
function etiquette(offer: OfferConfig, x: EngineInput, e: Etiquette): [string, unknown, Verdict][] {
  const visit = x.now - x.session.startedAt;
  const quietUntil = x.quiet[offer.id] || 0;
  const shown = x.shown[offer.id] || 0;
  const typedAgo = x.sinceTypedMs;
  return [
    ['etiquette.neverOn', e.neverOn, [!e.neverOn.includes(x.page.type), x.page.type]],
    ['etiquette.quietStartSeconds', e.quietStartSeconds, [visit >= e.quietStartSeconds * 1000, Math.floor(visit / 1000), e.quietStartSeconds * 1000 - visit]],
    [
      'etiquette.typingQuietSeconds',
      e.typingQuietSeconds,
      [!x.typing && typedAgo >= e.typingQuietSeconds * 1000, x.typing ? 'typing' : typedAgo == Infinity ? 'never typed' : Math.floor(typedAgo / 1000), x.typing ? Infinity : e.typingQuietSeconds * 1000 - typedAgo],
    ],
    ['etiquette.perSession', e.perSession, [x.session.offers < e.perSession, x.session.offers]],
    ['etiquette.dailyCap', e.dailyCap, [x.shownToday < e.dailyCap, x.shownToday]],
    ['etiquette.dismissDays', e.dismissDays, [quietUntil <= x.now, quietUntil > x.now ? 'quiet until ' + new Date(quietUntil).toISOString() : 'not dismissed']],
    ['cap', offer.cap ?? null, [offer.cap === undefined || shown < offer.cap, shown]],
  ];
}

/**
 * Evaluate every offer against one snapshot of the signals and context. Pure.
 * The winner is the eligible offer with the highest priority (config order breaks ties).
 */
export function evaluate(offers: OfferConfig[], x: EngineInput, rules: Etiquette): Evaluation {
  let waitMs = Infinity;
  let best: [OfferConfig, string[]] | undefined;
  const inspections = offers.map((offer): OfferInspection => {
    const verdicts: [string, unknown, Verdict][] = Object.entries(offer.when).map(([name, want]) => [
      name,
      want,
      (CONDITIONS as Record<string, { test(v: unknown, x: EngineInput): Verdict }>)[name]!.test(want, x),
    ]);
    if (offer.enabled === false) verdicts.push(['enabled', true, [false, false]]);
    verdicts.push(...etiquette(offer, x, rules));
    const failing = verdicts.filter(([, , [pass]]) => !pass);
    const passed = verdicts.filter(([name, , [pass]]) => pass && !/^(etiquette|cap)/.test(name));
    if (failing.length) waitMs = Math.min(waitMs, Math.max(...failing.map(([, , [, , w]]) => (w! > 0 ? w! : Infinity))));
    else if (!best || (offer.priority || 0) > (best[0].priority || 0)) best = [offer, passed.map(([n]) => n)];
    const detail = ([, want, [, measured]]: [string, unknown, Verdict]) => String(measured) + ' (want ' + toJson(want) + ')';
    return {
      id: offer.id,
      eligible: !failing.length,
      score: x.score,
      conditions: verdicts.map((v): ConditionResult => ({ name: v[0], pass: v[2][0], detail: detail(v) })),
      reasons: passed.map((v) => v[0] + ': ' + detail(v)),
    };
  });
  return { offers: inspections, waitMs, decision: best && decide(best[0], best[1], x), passed: best && best[1] };
}

/** The decision to make `offer`, complete: its message for this visitor and page, and why (from the conditions that `passed`). */
export function decide(offer: OfferConfig, passed: string[], x: EngineInput): OfferDecision {
  const item = x.owned && x.owned.item;
  const variant = chooseVariant(offer, x.visitorId || '');
  return {
    offerId: offer.id,
    variant: variant ? variant.id : null,
    message: fill(pick(variant ? variant.message : offer.message, x.locale), {
      product: item && item.name,
      category: (item && item.category) || (x.page.product && x.page.product.category),
      page: x.page.title,
    }),
    // Worded by the widget chunk when the decision is acted on (see `wordReasons`).
    reasons: [],
    why: reasonFacts(passed, x),
    topics: offer.topics || [],
    product: item && { sku: item.sku, name: item.name, category: item.category },
    score: x.score,
  };
}
