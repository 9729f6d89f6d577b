import { fail, isObj } from '../lib/check';
import { task } from '../lib/task';
import type { Article } from '../types';
import { checkArticle } from './checkArticle';
import type { ArticleSearch } from './createArticleSearch';
import { finishSliced, slicer } from './pause';
import { B, checkSearch, hit, idf, K1, normOf, order, same, share, telling, TOPIC_WEIGHT, WEIGHTS, type SearchOptions, type SearchResult } from './ranking';
import { tokenize, typedPrefix, UNSPACED_CHARS, type Words } from './tokenize';

/**
 * The split index format's version: the first line of the `index.json` that `kikubari index
 * --split` writes is `{"kikubari":"split","v":1,…}`. A reader refuses a version it does not know.
 */
export const SPLIT_VERSION = 1;

/**
 * A posting's counts in one number: body + title × 2^15 + tags × 2^30 (a title has at most 300
 * characters, a body 20,000: neither count reaches 2^15). The body first: most postings have
 * only a body count, written as a small number.
 */
export const COUNT = [2 ** 15, 1, 2 ** 30];

const UNSPACED = /* @__PURE__ */ new RegExp('^[' + UNSPACED_CHARS + ']');

/** FNV-1a over the UTF-16 code units of `texts`, one after another: a file's number, a build's name. */
export const fnv = (texts: Iterable<string>) => {
  let h = 2166136261;
  for (const t of texts) for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** The file of `n` a key is in. */
const fileOf = (key: string, n: number) => fnv([key]) % n;

/**
 * The shard a term's postings are in (`t/<n>.json`), by a hash of the term — but a dictionary
 * word of unspaced script (`_…`) by its first two characters, the bigram a question with that
 * word has too: one file fewer to fetch.
 *
 * @example
 * shardOf('_日本', 512) == shardOf('日本', 512) // true
 */
export const shardOf = (term: string, shards: number): number => fileOf(term[0] == '_' && UNSPACED.test(term[1] || '') ? term.slice(1, 3) : term, shards);

/**
 * The keys a term is listed under in the prefix files (`p/<n>.json`), for a word still being
 * typed ({@link typedPrefix}) that it is longer than: its first character in unspaced script
 * (such a prefix is one character), else its first 2, 3 and 4 (a prefix is at least 2). None
 * for a dictionary word (`_…`): no prefix matches one.
 */
export const prefixKeys = (term: string): string[] =>
  term[0] == '_' ? [] : UNSPACED.test(term) ? (term.length > 1 ? [term[0]!] : []) : [2, 3, 4].filter((k) => k < term.length).map((k) => term.slice(0, k));

/** The key a typed prefix is looked up by: every term it begins is listed under it ({@link prefixKeys}). */
export const prefixKey = (prefix: string) => prefix.slice(0, UNSPACED.test(prefix) ? 1 : 4);

/** The prefix file a key is in. */
export const prefixFileOf = fileOf;

/** Where a build's files are: beside the index.json at `url`, in the build's folder. */
const baseOf = (url: string, build: string) => url.replace(/[?#].*/, '').replace(/[^/]*$/, '') + build + '/';

/**
 * Whether `w` is a line of `lines` (`\n`, lines sorted by code unit, `\n`): a binary search in the text.
 *
 * @example
 * hasLine('\nふた\n蓋\n閉まる\n', '蓋') // true
 */
export function hasLine(lines: string, w: string): boolean {
  // lines[lo] and lines[hi] are line ends; the lines between them are those left to look at.
  for (let lo = 0, hi = lines.length - 1; lo < hi; ) {
    const at = lines.lastIndexOf('\n', (lo + hi) >> 1);
    const end = lines.indexOf('\n', at + 1);
    const line = lines.slice(at + 1, end);
    if (line == w) return true;
    if (line < w) lo = end;
    else hi = at;
  }
  return false;
}

/** What the reader asks of the widget's article source: a JSON file (rejecting with the source's error), and an error for a file that is not what it should be. */
export interface SplitIo {
  json(url: string): Promise<unknown>;
  bad(e: unknown): Error;
}

/** A split index's search: no synchronous `search`, each question fetches what it needs. */
export type SplitSearch = Pick<ArticleSearch, 'searchSliced' | 'get' | 'words' | 'size'>;

const count = (v: unknown): v is number => typeof v == 'number' && v >= 0 && v % 1 == 0;

/**
 * File `s` of a split index's shards (`t/`) or prefix files (`p/`), parsed: `[key, value, key,
 * value, …]`, each key one of this file's (`mine`), each value what `ok` accepts. Throws a
 * `kikubari:` error naming the file and what is wrong in it.
 */
function readPairs<T>(json: unknown, path: string, mine: (key: string) => boolean, ok: (value: unknown, key: string) => boolean, expected: string): Map<string, T> {
  const pairs = new Map<string, T>();
  if (!Array.isArray(json)) fail(path, 'an array', json);
  const list = json as unknown[];
  for (let i = 0; i < list.length; i += 2) {
    const [k, v] = [list[i], list[i + 1]];
    if (typeof k != 'string' || !mine(k)) fail(path + ' key', 'one of this file’s', k);
    if (!ok(v, k as string)) fail(path + ' "' + k + '"', expected, v);
    pairs.set(k as string, v as T);
  }
  return pairs;
}

/**
 * Shard `s` of `S` of a split index of `N` articles, parsed: each term's postings (article
 * gaps and counts).
 *
 * @example
 * readShard(["descal",[0,1,3,2]], 5, 512, 10).get('descal') // [0, 1, 3, 2]
 */
export const readShard = (json: unknown, s: number, S: number, N: number) =>
  readPairs<number[]>(
    json,
    'shard ' + s,
    (t) => shardOf(t, S) == s,
    (p) => {
      let ok = Array.isArray(p) && p.length > 0 && !(p.length % 2);
      for (let j = 0, d = 0; ok && j < (p as number[]).length; j++) ok = count((p as number[])[j]) && (j % 2 > 0 || (d += (p as number[])[j]!) < N);
      return ok;
    },
    'postings of articles 0 to ' + (N - 1),
  );

/**
 * Prefix file `s` of `S` of a split index, parsed: under each key, the terms it begins ({@link prefixKeys}).
 *
 * @example
 * readPrefixes(["desc",["descal","descript"]], 3, 512).get('desc') // ['descal', 'descript']
 */
export const readPrefixes = (json: unknown, s: number, S: number) =>
  readPairs<string[]>(
    json,
    'prefix file ' + s,
    (k) => prefixFileOf(k, S) == s,
    (terms, k) => Array.isArray(terms) && terms.every((t) => typeof t == 'string' && t.startsWith(k)),
    'terms it begins',
  );

/**
 * The search of a split index (`kikubari index --split`) at `url`, from the first two lines of
 * its `index.json` (`first`: the shards and the build; `dictionary`: the words) and the whole
 * file parsed (`whole`: then the articles without their bodies, their fields' lengths). A
 * question fetches only the shards its terms are in (`<build>/t/<n>.json`: each term's postings,
 * the articles it is in and its counts there) and the bodies of the articles it answers with
 * (`<build>/a/<n>.json`) — a few dozen KB, where an index loaded whole is megabytes built on the
 * device — and ranks exactly as {@link createArticleSearch} would with the same articles: the
 * same BM25F, in the same integer units, the same order. Searches start as soon as the words
 * are read: the first question's shards are on their way while the articles arrive.
 * Shards and bodies are kept for the next question; a failed fetch is tried again by the next.
 * The index is checked as it is read (in slices: no long task); a shard when it arrives (a
 * `kikubari:` error naming what is wrong).
 *
 * @example
 * // index.json's first two lines as they are read, and the promise of the whole file:
 * const s = splitSearch(head, words, whole, '/kb/index.json', io);
 * await s.searchSliced('蓋が閉まらない', { locale: 'ja', limit: 3 });
 */
export function splitSearch(first: unknown, dictionary: unknown, whole: Promise<unknown>, url: string, io: SplitIo): SplitSearch {
  const head = (isObj(first) ? first : {}) as Record<string, unknown>;
  if (head.v !== SPLIT_VERSION) fail('index version', String(SPLIT_VERSION), head.v);
  const S = head.shards as number;
  if (!count(S) || !S) fail('index shards', 'a whole number above 0', S);
  if (typeof head.build != 'string' || !/^\w+$/.test(head.build)) fail('index build', 'the name of its folder', head.build);
  if (typeof dictionary != 'string') fail('index words', 'a string', dictionary);
  const fault = (e: Error) => {
    throw e.name == 'ArticleSourceError' ? e : io.bad(e);
  };
  const base = baseOf(url, head.build as string);
  // The words, sorted, one per line: a question's are looked up in the text itself at once; a
  // set of them (the lookups of whole articles' text, later) is made behind the searches. Made
  // at once, it was most of a 60 ms task at 4× CPU for 22,000 Japanese words.
  const lines = dictionary ? '\n' + dictionary + '\n' : '\n';
  const known = new Set<string>();
  let made = false;
  let longest = 0;
  for (let i = 0, j; (j = lines.indexOf('\n', i + 1)) > 0; i = j) longest = Math.max(longest, j - i - 1);
  const words: Words = { has: (t) => (made ? known.has(t) : hasLine(lines, t.slice(1))), longest };
  const sorted = (async () => {
    const breathe = slicer(task);
    await task();
    for (let i = 0, j, w, last = ''; (j = lines.indexOf('\n', i + 1)) > 0; i = j, last = w) {
      if ((w = lines.slice(i + 1, j)) <= last) fail('index words', 'sorted, each once', w);
      known.add('_' + w);
      if (!(known.size % 256)) await breathe();
    }
    made = true;
  })();
  // The articles, their fields' lengths (as norms) and whether a body is to be fetched.
  let N = 0;
  const listed = Promise.all([whole, sorted]).then(([all]) => ((N = (all as unknown[]).length - 2), all as unknown[]));
  const docs: Article[] = [];
  const bodies: (Promise<void> | 0 | 1)[] = [];
  // The articles are read (and checked) while the first question's shards are on their way: the
  // first search starts its fetches, then waits for this. A bad article fails every search
  // (`malformed`, naming it), as a bad shard fails the searches that need it.
  const norms = listed.then(async (list) => {
    const lengths: number[] = [];
    const total = [0, 0, 0];
    const breathe = slicer(task); // (behind the shards' responses)
    for (let d = 0; d < N; d++) {
      const e = list[d + 2];
      const path = 'articles[' + d + ']';
      const n = (isObj(e) ? e.n : e) as number[];
      if (!Array.isArray(n) || n.length != 3 || !n.every(count)) fail(path + '.n', "its fields' lengths", n);
      docs.push(checkArticle(e, path));
      bodies.push((e as { b?: unknown }).b ? 1 : 0);
      for (let f = 0; f < 3; f++) lengths.push(n[f]), (total[f]! += n[f]);
      if (!(d % 64)) await breathe(); // (an await per article: 10,000 of them cost more than the checks)
    }
    const W = [WEIGHTS.title, WEIGHTS.body, WEIGHTS.tags];
    const avg = total.map((t) => t / N || 1);
    return lengths.map((n, i) => normOf(n, W[i % 3]!, B, avg[i % 3]!));
  });
  norms.catch(() => {}); // (reported by the searches)

  // A fetched file that is not what it should be is the source's fault (`malformed`); a failed
  // fetch is tried again by the next question.
  const fetched = new Map<string, Promise<Map<string, unknown>>>();
  const file = <T>(path: string, read: (json: unknown) => Map<string, T> | Promise<Map<string, T>>) => {
    let p = fetched.get(path);
    if (!p) {
      p = io.json(base + path).then(read).catch(fault);
      p.catch(() => fetched.delete(path));
      fetched.set(path, p);
    }
    return p as Promise<Map<string, T>>;
  };
  // (A shard's postings are checked against the number of articles: once the list has arrived.)
  const shard = (s: number) => file('t/' + s + '.json', (json) => listed.then(() => readShard(json, s, S, N)));
  const prefixes = (s: number) => file('p/' + s + '.json', (json) => readPrefixes(json, s, S));
  const body = (d: number) => {
    const b = bodies[d];
    if (b === 1)
      bodies[d] = io
        .json(base + 'a/' + d + '.json')
        .then((text) => void (docs[d] = checkArticle({ ...docs[d], body: text }, 'articles[' + d + ']')))
        .catch((e) => {
          bodies[d] = 1;
          fault(e);
        });
    return bodies[d];
  };

  const searchSliced = async <T extends SearchResult>(query: string, options?: SearchOptions, pick: (hits: SearchResult[]) => T[] = same as never): Promise<T[]> => {
    if (typeof query != 'string') fail('query', 'a string', query);
    const opts = checkSearch(options === undefined ? {} : options, 'options');
    const { limit = 10, topics = [] } = opts;
    const breathe = slicer();
    const terms = tokenize(query, words);
    const topicTerms = tokenize(topics.join(' '), words);
    const prefix = typedPrefix(query);
    const all = terms.concat(topicTerms);
    // The shards of the question's terms, and the terms the word being typed begins (the prefix
    // file fetched beside the shards; their own shards after it, those not fetched already).
    const got = new Map<number, Map<string, number[]>>();
    const fetchShards = (terms: string[]) => Promise.all([...new Set(terms.map((t) => shardOf(t, S)))].map(async (s) => got.set(s, await shard(s))));
    const key = prefix && prefixKey(prefix);
    const [norm, , begun = new Map<string, string[]>()] = await Promise.all([norms.catch(fault), fetchShards(all), key ? prefixes(prefixFileOf(key, S)) : undefined]);
    const longer = key ? (begun.get(key) || []).filter((t) => t.length > prefix!.length && t.startsWith(prefix!) && !terms.includes(t)) : [];
    await fetchShards(longer);
    const postings = (t: string) => got.get(shardOf(t, S))!.get(t);
    const rarity = (t: string) => (postings(t) || []).length / 2;
    // Each query term's weight, times its idf, in the order the index in memory adds them.
    const weight = new Map<string, number>();
    const add = (t: string, w: number) => {
      const n = rarity(t);
      if (n) weight.set(t, (weight.get(t) || 0) + w * idf(N, n));
    };
    for (const t of terms) add(t, 1);
    for (const t of topicTerms) add(t, TOPIC_WEIGHT);
    // The word being typed also matches the longer words it begins (createArticleSearch.ts).
    for (const t of longer) add(t, prefix!.length / t.length);
    const score = new Float64Array(N);
    const hits: number[] = [];
    for (const [t, q] of weight) {
      const p = postings(t)!;
      for (let j = 0, d = 0; j < p.length; j += 2) {
        d += p[j]!;
        const c = p[j + 1]!;
        const tags = Math.floor(c / COUNT[2]!);
        const low = c - tags * COUNT[2]!;
        const tf = (low >>> 15) * norm[d * 3]! + (low & 32767) * norm[d * 3 + 1]! + tags * norm[d * 3 + 2]!;
        if (!score[d]) hits.push(d);
        score[d]! += share(q, tf, K1);
      }
      await breathe();
    }
    const top = (await finishSliced(order(docs, hits, score, opts, !terms.length && !topicTerms.length))).slice(0, limit);
    // The bodies of the hits chosen (all, unless the caller picks): fetched, then the snippets cut from them.
    const at = new Map(top.map((d) => [docs[d]!.id, d]));
    const chosen = pick(top.map((d) => ({ id: docs[d]!.id, score: score[d]!, title: docs[d]!.title, url: docs[d]!.url })));
    await Promise.all(chosen.map((h) => body(at.get(h.id)!)));
    const rare = telling(all, rarity, prefix);
    return chosen.map((h) => ({ ...h, ...hit(docs[at.get(h.id)!]!, h.score, rare) }));
  };

  return {
    get size() {
      return N;
    },
    words,
    get: (id) => docs.find((a) => a.id == id),
    searchSliced,
  };
}
