/**
 * `s` cut to at most `max` UTF-16 units at a character boundary: never between the two halves
 * of a surrogate pair (an emoji, a rare kanji). A lone half makes `encodeURIComponent` throw
 * (the URL hand-off failed on a product name cut inside an emoji) and shows as "�".
 */
export const cut = (s: string, max: number): string => s.slice(0, max).replace(/[\ud800-\udbff]$/, '');

/** `s` with any lone surrogate (from a page's own broken text) replaced by U+FFFD, so it can be URL-encoded. */
export const wellFormed = (s: string): string =>
  // Iterating a string yields code points; a lone surrogate comes out alone, as one unit.
  Array.from(s, (ch) => (ch.length == 1 && (ch.charCodeAt(0) & 0xf800) == 0xd800 ? '\ufffd' : ch)).join('');
