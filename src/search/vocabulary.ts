/**
 * The terms of one index, numbered: the build counts numbers, not strings.
 *
 * @example
 * const v = vocabulary();
 * v.id('kettle'); // 0
 * v.find('lid'); // -1: never seen
 */
export interface Vocabulary {
  /** The term's number, given the next one if it is new. */
  id(term: string): number;
  /** The term's number, or -1 if it has none. */
  find(term: string): number;
  /** The terms, by number. */
  readonly names: string[];
}

/**
 * A {@link Vocabulary} that also finds a term of one or two UTF-16 units (every bigram of
 * Japanese text, and "to", "of") by its character codes (a number): a prebuilt index's bigrams
 * are counted without a string made for each.
 *
 * @example
 * const v = pairVocabulary();
 * v.pair(pairKey('梅雨', 0, 2)) == v.id('梅雨'); // true
 */
export interface PairVocabulary extends Vocabulary {
  /** The number of the one- or two-unit term whose {@link pairKey} this is, given the next one if new. */
  pair(key: number): number;
}

/** A new, empty {@link Vocabulary}: the build of a plain article list, whose terms are strings anyway. */
export function vocabulary(): Vocabulary {
  const names: string[] = [];
  const ids = new Map<string, number>();
  return {
    names,
    id: (t) => ids.get(t) ?? (ids.set(t, names.length), names.push(t) - 1),
    find: (t) => ids.get(t) ?? -1,
  };
}

/** The key of the `n` (1 or 2) UTF-16 units of `text` from `i`: their codes, the first × 65,536 plus the second. */
export const pairKey = (text: string, i: number, n: number): number =>
  n < 2 ? text.charCodeAt(i) : text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);

/** A new, empty {@link PairVocabulary}: what a prebuilt index is read into (`prebuilt.mjs`, the CLI). */
export function pairVocabulary(): PairVocabulary {
  // Longer terms as a plain vocabulary keeps them; one- and two-unit ones by key in a table of
  // their own: open addressing in one typed array of pairs — the key's 32 bits, then its number
  // + 1 (0 for an empty place), side by side so that a look-up reads one cache line — kept at most
  // half full. Most keys of Japanese bigrams pass 2^30, and a map with such keys hashed a number
  // object for each: counting the bigrams of 10,000 Japanese articles spent a quarter of its time there.
  const longer = vocabulary();
  const names = longer.names;
  let table = new Int32Array(8192);
  let shift = 20; // 32 − log2(the number of places): a multiplicative hash takes the top bits
  let pairs = 0;
  // Where key `k` is (its place × 2): the place holding it, or the empty one where it would go.
  const place = (k: number) => {
    let h = (Math.imul(k, 0x9e3779b1) >>> shift) * 2;
    while (table[h + 1] && table[h] != (k | 0)) h = (h + 2) & (table.length - 1);
    return h;
  };
  const put = (k: number, n: number) => {
    const h = place(k);
    table[h] = k;
    table[h + 1] = n;
  };
  const pair = (k: number): number => {
    const h = place(k);
    if (table[h + 1]) return table[h + 1]! - 1;
    // New: into the empty place the look-up found.
    table[h] = k;
    table[h + 1] = names.push(k > 65535 ? String.fromCharCode(k / 65536, k) : String.fromCharCode(k));
    if (++pairs * 4 > table.length) {
      const was = table;
      table = new Int32Array(was.length * 2);
      shift--;
      for (let j = 0; j < was.length; j += 2) if (was[j + 1]) put(was[j]!, was[j + 1]!);
    }
    return names.length - 1;
  };
  const short = (t: string) => t.length && t.length < 3;
  return {
    names,
    pair,
    id: (t) => (short(t) ? pair(pairKey(t, 0, t.length)) : longer.id(t)),
    find: (t) => (short(t) ? table[place(pairKey(t, 0, t.length)) + 1]! - 1 : longer.find(t)),
  };
}
