/**
 * The terms of one index, numbered: the build counts numbers, not strings. A term of one or two
 * UTF-16 units (every bigram of Japanese text, and "to", "of") is found by its character codes
 * (a number), so a prebuilt index's bigrams are counted without a string made for each.
 *
 * @example
 * const v = vocabulary();
 * v.id('kettle'); // 0
 * v.pair(pairKey('梅雨', 0, 2)) == v.id('梅雨'); // true
 * v.find('lid'); // -1: never seen
 */
export interface Vocabulary {
  /** The term's number, given the next one if it is new. */
  id(term: string): number;
  /** The number of the one- or two-unit term whose {@link pairKey} this is, given the next one if new. */
  pair(key: number): number;
  /** The term's number, or -1 if it has none. */
  find(term: string): number;
  /** The terms, by number. */
  readonly names: string[];
}

/** The key of the `n` (1 or 2) UTF-16 units of `text` from `i`: their codes, the first × 65,536 plus the second. */
export const pairKey = (text: string, i: number, n: number): number =>
  n < 2 ? text.charCodeAt(i) : text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);

/** A new, empty {@link Vocabulary}. */
export function vocabulary(): Vocabulary {
  const names: string[] = [];
  // One map: a one- or two-unit term under its key (a number), any other under itself.
  const ids = new Map<number | string, number>();
  const key = (t: string) => (t.length && t.length < 3 ? pairKey(t, 0, t.length) : t);
  const number = (k: number | string) => {
    let i = ids.get(k);
    if (i === undefined) ids.set(k, (i = names.push(typeof k == 'string' ? k : k > 65535 ? String.fromCharCode(k / 65536, k) : String.fromCharCode(k)) - 1));
    return i;
  };
  return {
    names,
    pair: number,
    id: (t) => number(key(t)),
    find: (t) => ids.get(key(t)) ?? -1,
  };
}
