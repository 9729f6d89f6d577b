import { fieldsOf } from '../search/createArticleSearch';
import { fold } from '../search/fold';
import { DIGIT_0, PREBUILT_VERSION } from '../search/prebuilt';
import { formatIndex } from './formatIndex';
import { wordSpans } from '../search/tokenize';
import type { Article } from '../types';

/** A number as `search/prebuilt.ts` reads it: base 32, continuation digits first, the last one ends it. */
const digits = (v: number): string => {
  let s = String.fromCharCode(DIGIT_0 + (v % 32));
  while ((v = Math.floor(v / 32))) s = String.fromCharCode(DIGIT_0 + 32 + (v % 32)) + s;
  return s;
};

// A word's length shares its number with the gap before it (gap × 16 + length) up to this; a
// longer word (a long katakana loanword) writes 0 there and its length as a number of its own.
const SHORT_WORD = 15;

/**
 * A prebuilt index file's text: the articles exactly as {@link formatIndex} writes them, after a
 * line naming the format and its version, followed by what is slow to work out in a browser —
 * where `Intl.Segmenter` finds the words of Japanese (and other unspaced) text, 95% of the time
 * it takes to index it. Still one JSON array with one item per line, so it streams and parses in
 * slices like a plain index; the word spans come last, apart from the text, where gzip packs
 * them best (1.18× the plain index for Japanese instead of 1.24× inline).
 *
 * ```
 * [
 * {"kikubari":"index","v":1},
 * {"id":"1001","title":"ふたが閉まらない",…},    the articles
 * …
 * "8211112 5…",      per article, per field (title, body, tags; space-separated): the folded
 * "",                text's length, then gap × 16 + length for each word; "" when it has none
 * …
 * ]
 * ```
 *
 * @example
 * formatPrebuiltIndex([{ id: '1', title: 'ふたが閉まらない', url: '/1' }]) // '[\n{"kikubari":"index","v":1},\n{"id":"1",…},\n"8211112"\n]\n'
 */
export function formatPrebuiltIndex(articles: Article[]): string {
  const spans = articles.map((a) =>
    fieldsOf(a)
      .map((text) => {
        const folded = fold(text);
        const at = wordSpans(folded);
        if (!at.length) return '';
        let out = digits(folded.length);
        for (let i = 0, end = 0; i < at.length; end = at[i + 1]!, i += 2) {
          const length = at[i + 1]! - at[i]!;
          const gap = (at[i]! - end) * 16;
          out += length > SHORT_WORD ? digits(gap) + digits(length) : digits(gap + length);
        }
        return out;
      })
      .join(' ')
      .replace(/^ +$/, ''),
  );
  const lines = formatIndex(articles).split('\n').slice(1, -2); // the article lines, commas and all
  return '[\n' + JSON.stringify({ kikubari: 'index', v: PREBUILT_VERSION }) + ',\n' + lines.map((l) => l.replace(/,?$/, ',\n')).join('') + spans.map((s) => JSON.stringify(s)).join(',\n') + '\n]\n';
}
