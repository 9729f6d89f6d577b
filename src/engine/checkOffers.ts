import { checkVariants } from '../config/checkVariants';
import { fail } from '../lib/check';
import { asConfigError } from '../lib/KikubariError';
import type { OfferConfig } from '../types';
import { checkWhen } from './conditions';

/**
 * Check every offer's `when` block against the conditions (unknown names get a "did you mean";
 * values their condition's own check) and its `variants`. Returns the offers with clean `when`
 * blocks and variants, and a `message` (the first variant's when the offer gives none).
 *
 * @throws KikubariConfigError naming the field, e.g. `config.offers[0].when.idleSeconds must be a number ≥ 0`.
 */
export function checkOffers(offers: OfferConfig[] = []): OfferConfig[] {
  return asConfigError(() =>
    offers.map((o, i) => {
      const p = 'config.offers[' + i + ']';
      const variants = o.variants && checkVariants(o.variants, p + '.variants');
      return { ...o, when: checkWhen(o.when, p + '.when'), variants, message: o.message ?? (variants ? variants[0]!.message : fail(p + '.message', 'given')) };
    }),
  );
}
