import { asConfigError } from '../lib/KikubariError';
import type { OfferConfig } from '../types';
import { checkWhen } from './conditions';

/**
 * Check every offer's `when` block against the conditions (unknown names get a "did you mean";
 * values their condition's own check). Returns the offers with clean `when` blocks.
 *
 * @throws KikubariConfigError naming the field, e.g. `config.offers[0].when.idleSeconds must be a number ≥ 0`.
 */
export function checkOffers(offers: OfferConfig[] = []): OfferConfig[] {
  return asConfigError(() => offers.map((o, i) => ({ ...o, when: checkWhen(o.when, 'config.offers[' + i + '].when') })));
}
