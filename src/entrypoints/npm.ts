/**
 * The npm entry: `import { createKikubari } from 'kikubari'`. Never reads the script tag's
 * `window.kikubari` queue, and importing it on a server touches no browser global.
 */
import { checkInlineArticles } from '../config/checkInlineArticles';
import { checkHandoff } from '../config/checkHandoff';
import { checkLinks } from '../config/checkLinks';
import { validateConfig } from '../config/validateConfig';
import { checkOffers } from '../engine/checkOffers';
import { offInspection } from '../engine/offInspection';
import { createKikubariWith } from '../kikubari';
import type { LoadChunk } from '../seams';
import type { ContextCard, Kikubari, KikubariConfig } from '../types';

/**
 * Create a kikubari instance. In a browser it starts watching for a visitor who is stuck; on a
 * server (no `window`) it validates the config and returns an inert instance, so calling it
 * during server-side rendering is safe.
 *
 * @example
 * const k = createKikubari({ articles: '/kb-index.json', locale: 'ja' });
 * await k.purchase({ orderId: 'A-1001', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
 * k.on('offer:shown', (e) => analytics.track('help offered', { offer: e.offerId }));
 *
 * @throws KikubariConfigError naming the bad field, e.g.
 *   `kikubari: config.offers[0].when.idleSeconds must be a number ≥ 0 (got "15")`.
 */
export function createKikubari(config?: KikubariConfig): Kikubari {
  // Offers' conditions and inline articles are checked here too, so a bad one throws now, not
  // when the pipeline loads or a visitor first searches.
  const cfg = validateConfig(config);
  checkOffers(cfg.offers);
  checkInlineArticles(cfg);
  checkHandoff(cfg);
  checkLinks(cfg);
  if (typeof window == 'undefined' || typeof document == 'undefined') return inert(cfg);
  // Static specifiers, so the host's bundler splits each lazy chunk off on its own.
  return createKikubariWith(((name: string) => (name == 'widget' ? import('./widget') : name == 'sinks' ? import('./sinks') : import('./pipeline'))) as LoadChunk, config);
}

function inert(cfg: KikubariConfig): Kikubari {
  const none = async () => {};
  const inspection = offInspection('', '', cfg.consent || 'granted', cfg.locale || 'en');
  const card: ContextCard = { locale: inspection.locale, page: inspection.page, purchases: [], recentPages: [], offers: [], articles: [], typed: [], answers: [], text: '' };
  return {
    purchase: none,
    identify: none,
    track() {},
    on: () => () => {},
    off() {},
    open: none,
    close() {},
    context: async () => card,
    setConsent() {},
    forget: none,
    inspect: () => inspection,
    destroy() {},
  };
}

export { KikubariConfigError, KikubariError } from '../lib/KikubariError';
export type * from '../types';
