import type { EngineInput } from './EngineInput';
import { fill, lang } from './localize';
import { scoreParts } from './score';
import { DAY_MS } from '../lib/time';

/** Visitor-facing reason sentences, English and Japanese. */
const TEXT: Record<string, [en: string, ja: string]> = {
  kb: ["You've been on this help page for a while", 'このヘルプページをしばらくご覧になっています'],
  product: ["You've been looking at this product for a while", 'この商品ページをしばらくご覧になっています'],
  page: ["You've been on this page for a while", 'このページをしばらくご覧になっています'],
  bought0: ['You bought {product} today', '本日{product}をご購入いただきました'],
  bought1: ['You bought {product} yesterday', '昨日{product}をご購入いただきました'],
  bought: ['You bought {product} {n} days ago', '{n}日前に{product}をご購入いただきました'],
  help: ["You've looked at {n} help pages", 'ヘルプページを{n}件ご覧になりました'],
  back: ['You went back and forth between help pages', 'ヘルプページを行き来されています'],
  search: ['You searched the help center {n} times', 'ヘルプセンターを{n}回検索されました'],
  rage: ["Something on this page didn't respond to your clicks", 'このページでクリックしても反応しない箇所があったようです'],
};

/**
 * Why this offer, in the visitor's language: one sentence per sign that contributed — the
 * passing conditions of the offer, and the parts of the stuck score. Lives in the lazy chunk:
 * it is only needed once an offer is made.
 */
export function reasonsFor(passed: string[], x: EngineInput): string[] {
  const ja = lang(x.locale) == 'ja' ? 1 : 0;
  const parts = scoreParts(x);
  const has = (cond: string, part?: keyof typeof parts) => passed.includes(cond) || (part && passed.includes('score') && parts[part] > 0);
  const out: string[] = [];
  const say = (key: string, vars: Record<string, string> = {}) => out.push(fill(TEXT[key]![ja], vars));
  if (has('engagedSeconds') || has('idleSeconds') || has('', 'idleAfterReading'))
    say(x.page.type == 'kb' || x.page.type == 'product' ? x.page.type : 'page');
  const bought = x.owned || (x.purchases[0] && { item: x.purchases[0].items[0]!, order: x.purchases[0] });
  if (bought && (has('purchasedWithinDays') || has('pageMatchesPurchase', 'ownsPageProduct'))) {
    // Calendar days in the visitor's time zone: bought at 23:00, asked at 00:30 is "yesterday".
    const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);
    const days = Math.round((midnight(x.now) - midnight(bought.order.purchasedAt)) / DAY_MS);
    say(days < 1 ? 'bought0' : days < 2 ? 'bought1' : 'bought', { product: bought.item.name, n: String(days) });
  }
  if (has('helpPagesViewed', 'helpPages')) say('help', { n: String(x.session.helpPagesViewed) });
  if (has('backAndForth', 'backAndForth')) say('back');
  if (has('kbSearches', 'searches')) say('search', { n: String(x.session.kbSearches) });
  if (has('rageClicks', 'rageClicks')) say('rage');
  return out;
}
