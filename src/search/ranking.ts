import { lang } from '../lib/locale';
import { arr, num, obj, str } from '../lib/check';
import type { Article } from '../types';
import { snippet } from './snippet';

/** One hit, best first. */
export interface SearchResult {
  id: string;
  /** Relevance: BM25F, ×2 for an article about a purchased product. Comparable within one search only. */
  score: number;
  title: string;
  url: string;
  /** Plain text from the body around the match, ≤ 160 characters; absent when the article has no body. */
  snippet?: string;
}

/** What a search knows besides the words. */
export interface SearchOptions {
  /** SKUs the visitor bought: articles whose `products` include one rank first among good matches. */
  products?: string[];
  /**
   * The visitor's locale: only articles in its language (`ja` matches `ja-JP`) or with no locale
   * are returned — articles in another language only when none of those match.
   */
  locale?: string;
  /** Most results to return. Default 10. */
  limit?: number;
  /** The offer's topics (e.g. `['descaling']`): they add to the query at half the weight of typed words. */
  topics?: string[];
}

/** The hits as they are: no pick. */
export const same = <T>(x: T) => x;

// What the index in memory (createArticleSearch.ts) and a split index (split.ts) rank by alike:
// the same scores, in the same order, for the same articles.

// Defaults, chosen on principle and then checked on the benchmark (bench/search.mjs):
// - k1 = 0.9, b = 0.75. Both k1 values in common use were measured, Lucene's 1.2 and the 0.9
//   Anserini uses for passage retrieval (help articles are passage-sized); 0.9 was ahead on
//   both sets (+0.003, +0.002 MRR@10). b = 0.75 is the usual value; 0.5 and 0.9 split the
//   sets, so it stays (`npm run bench:search -- --ablation` prints these rows).
// - title 3: a help article's title is the question it answers, the field a visitor's words
//   are most likely to echo; 3 is mid-range of the usual BM25F title weights (2–5). The
//   benchmark sets barely move anywhere from 1 to 5 (≤ 0.005 MRR@10), so this is judgment,
//   not fitting.
// - tags 2: curated keywords, as deliberate as the title but not phrased like a question.
export const WEIGHTS = { title: 3, body: 1, tags: 2 };
export const K1 = 0.9;
export const B = 0.75;
// A product article within a factor of 2 of the best text match outranks it: "rank first among
// the matches", without letting an article that only shares "how do I" with a question win.
const PRODUCT_BOOST = 2;
// Topics are the offer's guess at what the visitor needs; the visitor's own words count twice as much.
export const TOPIC_WEIGHT = 0.5;
// Scores are summed in units of 2^-32, in integers (exact below 2^53): the same sum whatever
// order an article's terms come in, and a prebuilt index has them in another order than its text.
export const UNIT = 2 ** 32;

export const checkSearch = obj<SearchOptions>({ products: arr(str(100)), locale: str(35, 0), limit: num(1), topics: arr(str(100)) });

/** An article's fields, in order: title, body, and tags with products. */
export const fieldsOf = (a: Article): string[] => [a.title, a.body || '', (a.tags || []).concat(a.products || []).join(' ')];

/** Lucene's idf, log(1 + (N − n + .5)/(n + .5)), for a term in `n` of `N` articles: positive for terms in most articles. */
export const idf = (N: number, n: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));

/** A field's weight per count in an article: its weight, normalised by its length `n` against the average (0 for an empty field, which has no counts to weigh: with b = 1 its weight would be infinite). */
export const normOf = (n: number, w: number, b: number, avg: number) => n && w / (1 - b + (b * n) / avg);

/**
 * One term's share of an article's score, in {@link UNIT}s: `q` its query weight times idf, `tf`
 * its pseudo term frequency (BM25F: each field's count weighted and normalised by the field's length).
 */
export const share = (q: number, tf: number, k1: number) => Math.round((q * tf * (k1 + 1) * UNIT) / (k1 + tf)) || 1; // (at least one unit: a matched article's score is never 0)

/**
 * The matched articles `hits` (numbers in `docs`, scored in units) in the order they are shown:
 * articles about a purchased product boosted; only those in the visitor's language, unless there
 * are none; then by score, ties in the articles' order. With no terms at all (`list`), the
 * purchased products' articles. Steps with places to pause.
 */
export function* order(docs: Article[], hits: number[], score: Float64Array, { products = [], locale }: SearchOptions, list: boolean): Generator<void, number[]> {
  for (const d of hits) score[d]! /= UNIT;
  const owns = (a: Article) => !!a.products && a.products.some((p) => products.includes(p));
  if (list)
    for (let d = 0; d < docs.length; d++)
      if (owns(docs[d]!)) {
        hits.push(d);
        score[d] = 1;
      }
  yield;
  const want = lang(locale || '');
  const inLocale = new Uint8Array(docs.length);
  for (const d of hits) {
    const a = docs[d]!;
    if (owns(a)) score[d]! *= PRODUCT_BOOST;
    inLocale[d] = +(!want || !a.locale || lang(a.locale) == want);
  }
  yield;
  // Only answers in the visitor's language (one they can read beats a better one they
  // cannot), unless there are none; then by score; ties keep the articles' order.
  const readable = hits.filter((d) => inLocale[d]);
  const chosen = readable.length ? readable : hits;
  chosen.sort((d, e) => score[e]! - score[d]! || d - e);
  return chosen;
}

/** The query's terms a snippet looks for, rarest first (`rarity`: how many articles have it; 0 none): the most telling place in a body. */
export const telling = (terms: string[], rarity: (t: string) => number, prefix?: string) => {
  const rare = terms.filter((t) => t[0] != '_' && rarity(t)).sort((s, t) => rarity(s) - rarity(t));
  if (prefix) rare.push(prefix);
  return rare;
};

/** An article as a hit. */
export const hit = (a: Article, score: number, rare: string[]): SearchResult => {
  const s = a.body && snippet(a.body, rare);
  const r: SearchResult = { id: a.id, score, title: a.title, url: a.url };
  if (s) r.snippet = s;
  return r;
};
