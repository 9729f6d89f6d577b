import type { OfferConfig } from '../types';

/** "Recent" for the built-in offer, the stuck score's purchase part and the conversation's "which purchase?". */
export const RECENT_PURCHASE_DAYS = 30;

/**
 * The offer that works with zero config: on a help or product page, with a purchase in the
 * last 30 days, after at least 20 s of engaged reading and then 15 s idle — naming the
 * product when the page is about it, and quiet on a page about a product the visitor did not buy.
 */
export const DEFAULT_OFFER: OfferConfig = {
  id: 'recent-purchase',
  when: { page: ['kb', 'product'], purchasedWithinDays: RECENT_PURCHASE_DAYS, pageAboutOtherProduct: false, engagedSeconds: 20, idleSeconds: 15 },
  message: {
    en: 'Questions about your recent purchase[ of {product}]?',
    ja: '[最近ご購入いただいた{product}について|最近のご購入について]、ご不明な点はございませんか？',
  },
  topics: ['setup', 'troubleshooting'],
  priority: -1,
};
