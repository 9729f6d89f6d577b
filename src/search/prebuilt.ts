import { fail, isObj } from '../lib/check';

/**
 * The prebuilt index format's version: the first line of a file `kikubari index --prebuilt`
 * writes is `{"kikubari":"index","v":1}`. A reader refuses a version it does not know.
 */
export const PREBUILT_VERSION = 1;

/**
 * Numbers are written in base 32 with the 64 characters from `0` (48) to `o` (111), none of
 * which JSON escapes but `\\` (rare: only as the high digit 12 of a number over 383): the first
 * 32 end a number (its last digit), the other 32 are a digit with more to follow.
 */
export const DIGIT_0 = 48;

/**
 * A parsed prebuilt index (`[{"kikubari":"index","v":1}, article, …, "word spans", …]`) as its
 * articles and, per article, where its dictionary words are; `undefined` for a plain article
 * list. Throws a `kikubari:` error for a version it cannot read.
 *
 * @example
 * prebuilt(await readIndex(res)) // [[{ id, title, url, body }, …], ['', '2g 10b1…', …]]
 */
export function prebuilt(list: unknown[]): [unknown[], unknown[]] | undefined {
  const head = list[0];
  if (!isObj(head) || head.kikubari != 'index') return undefined;
  if (head.v !== PREBUILT_VERSION) fail('index version', String(PREBUILT_VERSION), head.v);
  let n = 1;
  while (isObj(list[n])) n++;
  return [list.slice(1, n), list.slice(n)];
}

/**
 * Where the dictionary words are in one field's folded text, as the index stored them:
 * `[start, end, start, end, …]`. The stored text of a field is its folded length, then per word
 * (gap from the previous word's end × 16 + its length), with a length over 15 written as a
 * second number after a 0 length. `undefined` when the length differs — this browser folds the
 * text differently (another Unicode version) — so the caller segments it itself.
 *
 * @example
 * readSpans('321', 'ふたが') // [0, 2, 2, 3]: length 3, then ふた (gap 0, length 2) and が
 */
export function readSpans(stored: string, folded: string): number[] | undefined {
  const n: number[] = [];
  let v = 0;
  for (let i = 0; i < stored.length; i++) {
    const d = stored.charCodeAt(i) - DIGIT_0;
    v = v * 32 + (d & 31);
    if (d < 32) n.push(v), (v = 0);
  }
  if (n[0] !== folded.length) return undefined;
  const out: number[] = [];
  for (let i = 1, end = 0; i < n.length; i++) {
    const start = end + (n[i]! >> 4);
    out.push(start, (end = start + (n[i]! & 15 || n[++i]!)));
  }
  return out;
}
