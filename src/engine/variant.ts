import type { OfferConfig, OfferVariant } from '../types';
import { fnv1a } from './holdout';

/**
 * Which of an offer's message variants this visitor sees: a stable function of the stored
 * visitor id and the offer id, picked in proportion to the variants' `weight` (default 1).
 *
 * Independent of the holdout (`holdout.ts`): that hashes the bare id with FNV-1a; this hashes
 * `offerId + "\n" + id` and runs the result through murmur3's finaliser, so the two hashes share
 * no structure and every variant keeps its share inside the held-out group too (tested). Held-out
 * visitors get a variant as well — the one they would have seen — so each variant can be compared
 * with the control group.
 *
 * @example
 * chooseVariant({ id: 'setup', when: {}, message: '…', variants: [{ id: 'a', message: '…' }, { id: 'b', message: '…' }] }, visitorId) // → { id: 'b', … }
 */
export function chooseVariant(offer: OfferConfig, visitorId: string): OfferVariant | undefined {
  const variants = offer.variants;
  if (!variants) return undefined;
  const total = variants.reduce((n, v) => n + weightOf(v), 0);
  let at = unit(offer.id + '\n' + visitorId) * total;
  for (const v of variants) if ((at -= weightOf(v)) < 0) return v;
  return variants[variants.length - 1];
}

const weightOf = (v: OfferVariant) => v.weight ?? 1;

/** A uniform number in [0, 1) from a string: FNV-1a, then murmur3's fmix32 to spread every bit. */
function unit(s: string): number {
  let h = fnv1a(s);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
