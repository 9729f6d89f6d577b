import { fail } from '../lib/check';
import type { OfferVariant } from '../types';

/**
 * What the shape check in `validateConfig` cannot see in an offer's `variants`: ids unique within
 * the offer, and weights not all 0. (It lives in the pipeline chunk with `checkOffers`, to keep
 * the always-loaded script small.)
 *
 * @throws KikubariError naming the field, e.g. `config.offers[0].variants[1].id must be unique`.
 */
export function checkVariants(list: OfferVariant[], p: string): OfferVariant[] {
  list.forEach((x, i) => list.findIndex((y) => y.id == x.id) < i && fail(p + '[' + i + '].id', 'unique'));
  if (list.every((x) => x.weight === 0)) fail(p + '[0].weight', 'above 0 (all are 0)');
  return list;
}
