import { DAY_MS, midnight } from '../lib/time';
import type { ReasonFact } from '../types';
import type { EngineInput } from './EngineInput';
import { scoreParts } from './score';

/**
 * Why this offer, as facts: one `[code, values]` per sign that contributed — the passing
 * conditions of the offer, and the parts of the stuck score. The widget words them in the
 * visitor's language (`widget/reasonText.ts`); the words are only needed once an offer is made,
 * so they travel in the widget chunk, not here.
 */
export function reasonFacts(passed: string[], x: EngineInput): ReasonFact[] {
  const parts = scoreParts(x);
  const has = (cond: string, part?: keyof typeof parts) => passed.includes(cond) || (part && passed.includes('score') && parts[part]! > 0);
  const out: ReasonFact[] = [];
  const say = (code: ReasonFact[0], vars?: Record<string, string>) => out.push(vars ? [code, vars] : [code]);
  if (has('engagedSeconds') || has('idleSeconds') || has('', 'idleAfterReading'))
    say(x.page.type == 'kb' || x.page.type == 'product' ? x.page.type : 'page');
  const bought = x.owned || (x.purchases[0] && { item: x.purchases[0].items[0]!, order: x.purchases[0] });
  if (bought && (has('purchasedWithinDays') || has('pageMatchesPurchase', 'ownsPageProduct'))) {
    // Calendar days in the visitor's time zone: bought at 23:00, asked at 00:30 is "yesterday".
    const days = Math.round((midnight(x.now) - midnight(bought.order.purchasedAt)) / DAY_MS);
    say(days < 1 ? 'bought0' : days < 2 ? 'bought1' : 'bought', { product: bought.item.name, n: String(days) });
  }
  if (has('helpPagesViewed', 'helpPages')) say('help', { n: String(x.session.helpPagesViewed) });
  if (has('backAndForth', 'backAndForth')) say('back');
  if (has('kbSearches', 'searches')) say('search', { n: String(x.session.kbSearches) });
  if (has('rageClicks', 'rageClicks')) say('rage');
  if (has('rereads', 'rereads')) say('reread');
  if (has('exitIntent')) say('exit');
  // Said only when true: a second visit or later.
  if (has('visits') && x.visitor.visits > 1) say('return', { n: String(x.visitor.visits) });
  return out;
}
