/**
 * Is this visitor in the control group? A stable function of their id: FNV-1a (32-bit) of the
 * id, as a fraction of 2^32, below `rate`. FNV-1a spreads nanoid's 21 random characters
 * evenly, so the share held out converges on `rate` (see the 10,000-visitor test).
 */
export function inHoldout(visitorId: string, rate: number): boolean {
  return (fnv1a(visitorId) >>> 0) / 4294967296 < rate;
}

/** FNV-1a, 32-bit (as a signed int: callers take `>>> 0`). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
