import { fold } from './fold';
import { stem } from './stem';

/**
 * Scripts written without spaces between words, as a character class's contents: kana and Han
 * (with 々 〆), Hangul, Thai, Lao, Myanmar, Khmer.
 */
export const UNSPACED_CHARS = '\\u3005\\u3006\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u0e00-\\u0eff\\u1000-\\u109f\\u1780-\\u17ff';
// `PIECES` cuts a word into runs of unspaced script (group 1) and runs of anything else.
const PIECES = new RegExp('([' + UNSPACED_CHARS + ']+)|[^' + UNSPACED_CHARS + ']+', 'g');
const UNSPACED = new RegExp('^[' + UNSPACED_CHARS + ']');
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Split text into index terms; the index and the query use the same function, so they agree.
 *
 * - Spaced scripts (English, French, …): each word, folded ({@link fold}) and, when plain a–z,
 *   stemmed ({@link stem}).
 * - Unspaced scripts (Japanese, Chinese, Thai, …): every character bigram, *and* the words
 *   `Intl.Segmenter` finds, kept apart with a `_` prefix. Bigrams never miss a word the
 *   dictionary splits differently in the question and the article (梅雨入り vs 梅雨 入り);
 *   dictionary words reward a whole-word match. On both benchmark sets the two together beat
 *   either alone (bench/search.mjs, README "Article search"). Where `Intl.Segmenter` is
 *   missing (Firefox < 125) the bigrams alone still work.
 * - Katakana is folded to hiragana in the dictionary words only (ネジ = ねじ), not in the
 *   bigrams, where folding would merge loanword fragments with common particles (カラ = から).
 *
 * A prebuilt index gives the same terms from its pieces without calling this (search/prebuilt.ts).
 *
 * @example
 * tokenize('Descaling the ＡＥＲＯ') // ['descal', 'the', 'aero']
 * tokenize('梅雨入り')               // ['梅雨', '雨入', '入り', '_梅雨入り']
 */
export function tokenize(text: string, words?: Words): string[] {
  const out: string[] = [];
  const folded = fold(text);
  if (terms(folded, out, same, slice)) {
    // Katakana to hiragana once for the whole text (one for one, so the spans still fit), not per word.
    const kana = hiragana(folded);
    const at = words ? known(kana, words) : wordSpans(folded);
    for (let i = 0; i < at.length; i += 2) out.push('_' + kana.slice(at[i], at[i + 1]));
  }
  return out;
}

/** The dictionary words an index has (`_` and the word, folded, katakana as hiragana), and the longest one's length. */
export interface Words {
  has(term: string): boolean;
  longest: number;
}

/**
 * Where an index's own dictionary words are in folded kana text, as {@link wordSpans} gives
 * the segmenter's: in each run of unspaced script, the longest word it has from the left, then
 * on from its end (a character no word starts at is skipped). What a question is cut with: no
 * `Intl.Segmenter` needed to ask, and on both benchmark sets the same ranking as the
 * segmenter's cut (JSQuAD MRR@10 0.940 both; JaQuAD 0.903 both, one question of 3,939 a place lower).
 */
function known(kana: string, words: Words): number[] {
  const at: number[] = [];
  for (const m of kana.matchAll(PIECES))
    if (m[1])
      for (let i = m.index!, end = i + m[1].length, n; i < end; i += n || 1) {
        for (n = Math.min(words.longest, end - i); n && !words.has('_' + kana.slice(i, i + n)); ) n--;
        if (n) at.push(i, i + n);
      }
  return at;
}

/** Katakana folded to hiragana, one character for one. */
export const hiragana = (folded: string) => folded.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 96));

/**
 * The terms of folded text but its dictionary words, each given to `out` as `word` or `pair`
 * makes it: spaced-script words stemmed (`word(stem)`), unspaced runs as bigrams (`pair(text,
 * at, 2)`, or `pair(text, at, 1)` for a run of one). Whether there was unspaced script (and so
 * dictionary words to add). A prebuilt index gives numbers ({@link Vocabulary}) where the
 * tokenizer gives strings.
 */
export function terms<T>(folded: string, out: T[], word: (stemmed: string) => T, pair: (text: string, at: number, n: number) => T): boolean {
  let unspaced = false;
  for (const [w] of folded.matchAll(WORDS))
    for (const [piece, u] of w.matchAll(PIECES)) {
      if (!u) out.push(word(stem(piece)));
      else {
        unspaced = true;
        if (piece.length < 2) out.push(pair(piece, 0, 1));
        for (let i = 1; i < piece.length; i++) out.push(pair(piece, i - 1, 2));
      }
    }
  return unspaced;
}

/** As {@link terms}, the strings. */
const same = (s: string) => s;
const slice = (text: string, at: number, n: number) => text.slice(at, at + n);

/**
 * Where `Intl.Segmenter` finds dictionary words of unspaced scripts in folded text, as
 * `[start, end, start, end, …]` — the slow part of tokenising Japanese (95% of it), which is why
 * a prebuilt index stores its text in the pieces that give these. Empty where `Intl.Segmenter` is missing.
 *
 * @example
 * wordSpans('ふたが閉まらない') // [0, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 8]: ふた が 閉 ま ら ない (Chromium, Node 20)
 */
export function wordSpans(folded: string): number[] {
  if (segmenter === undefined)
    segmenter = typeof Intl == 'object' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  const at: number[] = [];
  // One pass over the whole text: a third faster than one per piece, and the dictionary sees
  // the words in their context.
  if (segmenter)
    for (const { segment, index, isWordLike } of segmenter.segment(folded))
      if (isWordLike && UNSPACED.test(segment)) at.push(index, index + segment.length);
  return at;
}

/**
 * The word the visitor is still typing: the end of the query, when it does not end in a space
 * or punctuation. Spaced-script words need 2 characters (one letter matches too much to mean
 * anything); an unspaced piece counts only as a single character, because longer ones are
 * already found through their bigrams.
 *
 * @example
 * typedPrefix('how to desc') // 'desc'
 * typedPrefix('how to desc ') // undefined
 */
export function typedPrefix(query: string): string | undefined {
  const word = /[\p{L}\p{N}\p{M}]+$/u.exec(fold(query));
  const last = word && [...word[0].matchAll(PIECES)].pop()!;
  return last && (last[1] ? last[0].length == 1 : last[0].length > 1) ? last[0] : undefined;
}
