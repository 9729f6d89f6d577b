import { KikubariError } from '../lib/KikubariError';
import { fail, num, obj } from '../lib/check';
import { checkArticle } from './checkArticle';
import { isPrebuilt, prebuiltSource, type Entry, type Source } from './prebuilt';
import type { Article } from '../types';
import { finish, finishSliced } from './pause';
import { B, checkSearch, fieldsOf, hit, idf, K1, normOf, order, same, share, telling, TOPIC_WEIGHT, WEIGHTS, type SearchOptions, type SearchResult } from './ranking';
import { tokenize, typedPrefix, type Words } from './tokenize';
import { vocabulary } from './vocabulary';

export type { SearchOptions, SearchResult } from './ranking';

/** Ranking parameters; the defaults are explained in the source and measured in `bench/search.mjs`. */
export interface ArticleSearchOptions {
  /** Field weights for BM25F. Default `{ title: 3, tags: 2, body: 1 }`; an article's `products` count as tags. */
  weights?: { title?: number; body?: number; tags?: number };
  /** BM25 term-frequency saturation. Default 0.9. */
  k1?: number;
  /** BM25 length normalisation, 0..1. Default 0.75. */
  b?: number;
}

/** A built index: build once, query many times. */
export interface ArticleSearch {
  /**
   * Articles matching `query`, best first. An empty query with `products` lists those
   * products' articles; with `topics`, it searches the topics.
   */
  search(query: string, options?: SearchOptions): SearchResult[];
  /**
   * The same answer as {@link ArticleSearch.search}, worked out in slices of a few ms with pauses
   * between them, so no query is a long task however large the index (the widget's path).
   * `pick` chooses among the hits before they are returned (a split index fetches the bodies of
   * the ones it keeps only, and cuts their snippets then).
   *
   * @example
   * const hits = await s.searchSliced('蓋が閉まらない', { locale: 'ja', limit: 3 });
   */
  searchSliced<T extends SearchResult = SearchResult>(query: string, options?: SearchOptions, pick?: (hits: SearchResult[]) => T[]): Promise<T[]>;
  /** The indexed article with this id (the widget reads its body in the panel). */
  get(id: string): Article | undefined;
  /** How many articles are indexed. */
  readonly size: number;
  /**
   * The dictionary words (Japanese, Chinese, Thai, …) this index has: a question is cut into
   * these, longest first, not by `Intl.Segmenter`; `tokenize(text, s.words)` cuts other text the same way.
   */
  readonly words: Words;
}

const weight = num(0, 100);
const checkOptions = obj<ArticleSearchOptions>({ weights: obj({ title: weight, body: weight, tags: weight }), k1: num(0, 100), b: num(0, 1) });


// A term's counts in an article's three fields share one number, its posting's: title + body ×
// 2^15 + tags × 2^30 (a title has at most 300 characters, a body 20,000, so neither count
// reaches 2^15; the tags have 23 bits left, exact in a double).
const FIELD = [1, 2 ** 15, 2 ** 30];
// Postings are kept in blocks of this many; a query may pause after each.
const BLOCK = 65536;

/**
 * The index build as a generator that yields after each unit of work, so one code path serves
 * the synchronous build (run to the end) and the sliced one (pause between slices).
 */
function* build([v, entries]: Source, options: unknown): Generator<void, ArticleSearch> {
  const opts = checkOptions(options === undefined ? {} : options, 'options');
  const w = { ...WEIGHTS, ...opts.weights };
  const W = [w.title, w.body, w.tags];
  const k1 = opts.k1 ?? K1;
  const b = opts.b ?? B;
  const docs: Article[] = [];
  const first = new Map<string, number>();
  // The one pass: validate, tokenise, count. Each term gets a number the first time it is
  // seen; each article's terms are counted in per-term slots (`seen` marks the slots this
  // article has touched) and appended as one posting each — its term and its counts — to blocks
  // of typed arrays, an article's ending at `ends[d]`, in the articles' order: a query reads
  // them all, in slices, and weighs only its own terms' (a few million numbers read in order
  // take a few ms; filing 2.6 million postings by term took 300 ms for 10,000 Japanese
  // articles, most of it writing to scattered places in 30 MB). No map or array per article or
  // per term: millions of small arrays made the garbage collector's pauses long tasks at 4× CPU.
  const seen: number[] = [];
  const count: number[] = [];
  const df: number[] = []; // a term's articles
  const touched: number[] = [];
  const terms: Int32Array[] = [];
  const counts: Float64Array[] = [];
  const ends: number[] = [];
  const lengths: number[] = [];
  const total = [0, 0, 0];
  let P = 0;
  let d = 0;
  // One field's terms into the slots; how many slots the article has touched.
  const tally = (tokens: ArrayLike<number>, f: number, n: number) => {
    const add = FIELD[f]!;
    for (let j = 0; j < tokens.length; j++) {
      const i = tokens[j]!;
      if (seen[i] != d) {
        seen[i] = d;
        count[i] = 0;
        df[i]!++;
        touched[n++] = i;
      }
      count[i]! += add;
    }
    return n;
  };
  for (const e of entries) {
    if (!e.length) {
      yield;
      continue;
    }
    const [raw, stored] = e;
    const path = 'articles[' + d + ']';
    const a = checkArticle(raw, path);
    if (first.has(a.id)) throw new KikubariError(path + '.id "' + a.id + '" is already the id of articles[' + first.get(a.id) + ']; ids must be unique', path + '.id');
    first.set(a.id, d);
    docs.push(a);
    const fields = fieldsOf(a);
    let n = 0;
    for (let f = 0; f < 3; f++) {
      const tokens = stored ? stored[f]! : tokenize(fields[f]!).map(v.id);
      // A slot for each term numbered so far (the arrays stay packed: no holes).
      while (seen.length < v.names.length) seen.push(-1), count.push(0), df.push(0);
      lengths.push(tokens.length);
      total[f]! += tokens.length;
      // A field weighted 0 adds nothing: its terms are not indexed from it.
      if (W[f]) n = tally(tokens, f, n);
    }
    for (let j = 0; j < n; j++, P++) {
      if (!(P % BLOCK)) {
        terms.push(new Int32Array(BLOCK));
        counts.push(new Float64Array(BLOCK));
      }
      terms[(P / BLOCK) | 0]![P % BLOCK] = touched[j]!;
      counts[(P / BLOCK) | 0]![P % BLOCK] = count[touched[j]!]!;
    }
    ends.push(P);
    d++;
    yield;
  }
  // BM25F (Robertson, Zaragoza & Taylor 2004): per term and article, a pseudo term frequency
  // summed over fields, each count weighted and normalised by its field's length, saturated
  // once, times the term's idf (ranking.ts).
  const N = docs.length;
  const names = v.names;
  const T = names.length;
  const avg = total.map((t) => t / N || 1);
  const norm = lengths.map((n, i) => normOf(n, W[i % 3]!, b, avg[i % 3]!));

  // A question is cut into the dictionary words this index has, not by `Intl.Segmenter`.
  const words: Words = { has: (t) => v.find(t) >= 0, longest: 0 };
  for (let i = 0; i < T; i++) {
    if (names[i]![0] == '_') words.longest = Math.max(words.longest, names[i]!.length - 1);
    if (!(i % 4096)) yield;
  }
  const rarity = (t: string) => {
    const i = v.find(t);
    return i < 0 ? 0 : df[i]!;
  };
  // Each article's score from one block of postings, for the terms weighted in `weight`.
  const scan = (block: number, on: Int32Array, weight: Float64Array, score: Float64Array, hits: number[], doc: number) => {
    const ts = terms[block]!;
    const cs = counts[block]!;
    const base = block * BLOCK;
    for (let j = 0, n = Math.min(BLOCK, P - base); j < n; j++) {
      const i = ts[j]!;
      if (!(on[i >> 5]! & (1 << i))) continue;
      const q = weight[i]!;
      while (base + j >= ends[doc]!) doc++;
      // The three counts out of one number (FIELD), in integer steps: a remainder of doubles is slow.
      const c = cs[j]!;
      const tags = Math.floor(c / FIELD[2]!);
      const low = c - tags * FIELD[2]!;
      const title = low & 32767;
      const body = low >>> 15;
      const tf = title * norm[doc * 3]! + body * norm[doc * 3 + 1]! + tags * norm[doc * 3 + 2]!;
      if (!score[doc]) hits.push(doc);
      score[doc]! += share(q, tf, k1);
    }
    return doc;
  };

  function* searching(query: string, options: unknown): Generator<void, SearchResult[]> {
    if (typeof query != 'string') fail('query', 'a string', query);
    const opts = checkSearch(options === undefined ? {} : options, 'options');
    const { limit = 10, topics = [] } = opts;
    const score = new Float64Array(N);
    const hits: number[] = [];
    // Each query term's weight, times its idf.
    const weight = new Float64Array(T);
    // …and a bit for each: what the scan tests, a table small enough to stay in the fastest cache.
    const on = new Int32Array((T >> 5) + 1);
    let any = false;
    const add = (term: string, w: number) => {
      const i = v.find(term);
      if (i >= 0) (weight[i]! += w * idf(N, df[i]!)), (on[i >> 5]! |= 1 << i);
      any ||= i >= 0;
    };
    const terms = tokenize(query, words);
    const topicTerms = tokenize(topics.join(' '), words);
    for (const t of terms) add(t, 1);
    for (const t of topicTerms) add(t, TOPIC_WEIGHT);
    const prefix = typedPrefix(query);
    // The word being typed also matches the longer words it begins, weighted by how much of
    // the word is typed, so the exact word (weight 1) still ranks first.
    if (prefix) for (const t of names) if (t.length > prefix.length && t.startsWith(prefix) && !terms.includes(t)) add(t, prefix.length / t.length);
    yield;
    // A possible pause after each block of postings.
    for (let k = 0, doc = 0; any && k * BLOCK < P; k++) yield void (doc = scan(k, on, weight, score, hits, doc));
    const chosen = yield* order(docs, hits, score, opts, !terms.length && !topicTerms.length);
    yield;
    const rare = telling(terms.concat(topicTerms), rarity, prefix);
    const out: SearchResult[] = [];
    for (const d of chosen.slice(0, limit)) yield void out.push(hit(docs[d]!, score[d]!, rare));
    return out;
  }

  return {
    size: N,
    words,
    get: (id) => docs.find((a) => a.id == id),
    search: (query, options) => finish(searching(query, options)),
    searchSliced: async (query, options, pick = same as never) => pick(await finishSliced(searching(query, options))),
  };
}

/** A list of articles as what the build reads. */
export const plainSource = (articles: unknown[]): Source => [vocabulary(), articles.map((a): Entry => [a])];

/** What the build reads from `articles`: a list of articles, or a parsed prebuilt index. */
const sourceOf = (articles: unknown): Source =>
  !Array.isArray(articles) ? fail('articles', 'an array of articles', articles) : isPrebuilt(articles) ? prebuiltSource(articles) : plainSource(articles);

/**
 * Build an article index, synchronously, from a list of articles or a parsed `kikubari index
 * --prebuilt` file. Throws a {@link KikubariError} naming the field for invalid input
 * (`kikubari: articles[3].id must be a non-empty string`), including duplicate ids.
 * For more than a few hundred articles in a browser, prefer {@link createArticleSearchAsync}.
 *
 * @example
 * const s = createArticleSearch([{ id: '1001', title: 'How to descale your Aero Kettle', url: '/hc/en/articles/1001', products: ['AK-1'] }]);
 * s.search('descale', { products: ['AK-1'], locale: 'en', limit: 5 }); // [{ id: '1001', score: 2.1, title: …, url: … }]
 */
export function createArticleSearch(articles: Article[], options?: ArticleSearchOptions): ArticleSearch {
  return finish(build(sourceOf(articles), options));
}

/**
 * Build an article index in slices of about 8 ms (`SLICE_MS`), pausing between them, so that even 10,000
 * articles never hold the main thread long enough to be a long task (> 50 ms). Same result and
 * same errors (as a rejection) as {@link createArticleSearch}.
 *
 * @example
 * const s = await createArticleSearchAsync(await (await fetch('/kb-index.json')).json());
 * s.search('蓋が閉まらない', { locale: 'ja' });
 */
export async function createArticleSearchAsync(articles: Article[], options?: ArticleSearchOptions): Promise<ArticleSearch> {
  return finishSliced(build(sourceOf(articles), options));
}

/**
 * The sliced build from a source: the widget's path, which reads a prebuilt index with the
 * `prebuilt.mjs` chunk, loaded only for one.
 *
 * @example
 * const s = await buildSliced(plainSource(list));
 */
export const buildSliced = (source: Source, options?: ArticleSearchOptions): Promise<ArticleSearch> => finishSliced(build(source, options));
