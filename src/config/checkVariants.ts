import { arr, num, obj, str, fail, type Check } from '../lib/check';
import type { LocalText, OfferVariant } from '../types';

/**
 * An offer's `variants`: at least two would be a comparison, but one is allowed (a rollout of a
 * new wording); ids unique within the offer; weights ≥ 0 and not all zero.
 *
 * @throws KikubariError naming the field, e.g. `config.offers[0].variants[1].weight must be a number ≥ 0`.
 */
export const checkVariants =
  (localText: Check<LocalText>): Check<OfferVariant[]> =>
  (v, p) => {
    const list = arr(obj<OfferVariant>({ id: str(100), message: localText, weight: num(0, 1e6) }, ['id', 'message']), 1, 20)(v, p);
    list.forEach((x, i) => list.findIndex((y) => y.id == x.id) < i && fail(p + '[' + i + '].id', 'unique within the offer (another variant is "' + x.id + '")'));
    if (list.every((x) => x.weight === 0)) fail(p + '[0].weight', 'above 0 for at least one variant (all weights are 0)');
    return list;
  };
