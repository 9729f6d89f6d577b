import type { OfferConfig } from '../types';

/**
 * The offer that works with zero config: on a help or product page, with a purchase in the
 * last 30 days, after at least 20 s of engaged reading and then 15 s idle — naming the
 * product when the page is about it, and quiet on a page about a product the visitor did not buy.
 */
export const DEFAULT_OFFER: OfferConfig = {
  id: 'recent-purchase',
  when: { page: ['kb', 'product'], purchasedWithinDays: 30, pageAboutOtherProduct: false, engagedSeconds: 20, idleSeconds: 15 },
  message: {
    en: 'Questions about your recent purchase[ of {product}]?',
    ja: '[最近ご購入いただいた{product}について|最近のご購入について]、ご不明な点はございませんか？',
  },
  topics: ['setup', 'troubleshooting'],
  priority: -1,
};
