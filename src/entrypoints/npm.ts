/**
 * The npm entry: `import { createKikubari } from 'kikubari'`. Never reads the script tag's
 * `window.kikubari` queue, and importing it on a server touches no browser global.
 */
import { createKikubariWith } from '../kikubari';
import type { Kikubari, KikubariConfig } from '../types';

/**
 * Create a kikubari instance.
 *
 * @example
 * const k = createKikubari({ articles: '/kb-index.json', locale: 'ja' });
 * await k.purchase({ orderId: 'A-1001', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
 * k.on('offer:shown', (e) => analytics.track('help offered', { offer: e.offerId }));
 *
 * @throws KikubariConfigError naming the bad field, e.g. `config.offers[0].when.idleSeconds must be a number ≥ 0`.
 */
export function createKikubari(config?: KikubariConfig): Kikubari {
  // A static specifier, so the host's bundler splits the widget into its own lazy chunk.
  return createKikubariWith(() => import('./widget'), config);
}

export { KikubariConfigError, KikubariError } from '../lib/KikubariError';
export type * from '../types';
