/**
 * Is this visitor in the control group? A stable function of their id: FNV-1a (32-bit) of the
 * id, as a fraction of 2^32, below `rate`. FNV-1a spreads nanoid's 21 random characters
 * evenly, so the share held out converges on `rate` (see the 10,000-visitor test).
 */
export function inHoldout(visitorId: string, rate: number): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < visitorId.length; i++) h = Math.imul(h ^ visitorId.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296 < rate;
}
