import { lang } from '../lib/locale';
import type { ReasonCode, ReasonFact } from '../types';

/** Visitor-facing reason sentences, English and Japanese (other languages get English). */
const TEXT: Record<ReasonCode, [en: string, ja: string]> = {
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
  reread: ["You've scrolled back over this section a few times", '同じところを何度か読み返されています'],
  exit: ['It looked like you were about to leave', 'ページを離れようとされているようでした'],
  depth: ["You've read {n}% of this page", 'このページを{n}%までお読みになりました'],
  return: ["You've visited {n} times in the last 30 days", 'この30日間に{n}回ご訪問いただいています'],
  days: ["You've looked at help pages on {n} of the last 30 days", 'この30日間のうち{n}日、ヘルプページをご覧になりました'],
};

/**
 * The engine's reason facts as sentences in the visitor's language ("Why am I seeing this?", the
 * events' `reasons`). The sentences are ours and name only what their fact carries (`{n}`,
 * `{product}`), so a plain replace does: the message templates' `fill` (site-written, with
 * `[…|…]` branches and a guard against the prototype chain) would cost the widget chunk 112 B gzip.
 */
export const wordReasons = (facts: ReasonFact[], locale: string): string[] =>
  facts.map(([code, vars]) => TEXT[code][lang(locale) == 'ja' ? 1 : 0].replace(/\{(\w+)\}/g, (_, k) => vars![k]!));
