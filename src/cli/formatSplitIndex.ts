import { fieldsOf } from '../search/ranking';
import { COUNT, fnv, prefixFileOf, prefixKeys, shardOf, SPLIT_VERSION } from '../search/split';
import { tokenize } from '../search/tokenize';
import type { Article } from '../types';

// Postings per shard aimed at (by default): a Japanese question's dozen terms then fetch a dozen files of
// a few KB gzip each (the commonest terms' are larger: they are in most articles).
const SHARD_POSTINGS = 4096;
const MAX_SHARDS = 4096;

/**
 * A split index: the files `kikubari index --split` writes, path → text. `index.json` is what
 * the widget loads when the panel opens: a line that names the format (the reader is fetched
 * as soon as it is read), the dictionary words questions are cut into (a question's shards are
 * fetched as soon as they are read), then the articles without their bodies, each with its
 * fields' term counts (`"n"`), which arrive while the shards do; the rest is in
 * a folder named by a hash of the build, fetched a question at a time — each term's postings in
 * one of `shards` files (`t/<n>.json`, by {@link shardOf}: `["term",[article gap, counts,
 * …],…]`), the terms each beginning of a word begins in as many more (`p/<n>.json`, by
 * {@link prefixKeys}: `["desc",["descal","descript"],…]`, for a word still being typed), each
 * body in its own file (`a/<n>.json`, a JSON string). The terms are the tokenizer's,
 * counted as the index in memory counts them, so a split index answers exactly as
 * `createArticleSearch` on the same articles. A new build never overwrites an older one's
 * files: a visitor holding the last `index.json` still gets its own shards.
 *
 * ```
 * index.json   [
 *              {"kikubari":"split","v":1,"shards":512,"build":"3fa2c1d0"},
 *              "ふた\n閉まる\n…",            the dictionary words, sorted
 *              {"id":"1001","title":"…","url":"…","locale":"ja","n":[4,310,0],"b":1},
 *              …
 *              ]
 * 3fa2c1d0/t/0.json … 3fa2c1d0/t/511.json, 3fa2c1d0/p/0.json … 3fa2c1d0/p/511.json, 3fa2c1d0/a/0.json …
 * ```
 *
 * @example
 * formatSplitIndex(articles).get('index.json') // '[\n{"kikubari":"split","v":1,"shards":1,"build":"…"},\n…'
 */
export function formatSplitIndex(articles: Article[], shardPostings = SHARD_POSTINGS): Map<string, string> {
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  const words = new Set<string>();
  const lines: string[] = [];
  const bodies: string[] = [];
  let P = 0;
  articles.forEach((a, d) => {
    const counts = new Map<string, number>();
    const n = fieldsOf(a).map((text, f) => {
      const terms = tokenize(text);
      for (const t of terms) counts.set(t, (counts.get(t) || 0) + COUNT[f]!);
      return terms.length;
    });
    for (const [t, c] of counts) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(d - (last.get(t) ?? 0), c);
      last.set(t, d);
      if (t[0] == '_') words.add(t.slice(1));
      P++;
    }
    lines.push(JSON.stringify({ id: a.id, title: a.title, url: a.url, locale: a.locale, tags: a.tags, products: a.products, n, b: a.body ? 1 : undefined }));
    if (a.body) bodies[d] = JSON.stringify(a.body);
  });
  let shards = 1;
  while (shards < MAX_SHARDS && shards * shardPostings < P) shards *= 2;
  const split: unknown[][] = Array.from({ length: shards }, () => []);
  const begun = new Map<string, string[]>();
  for (const [t, p] of postings) {
    split[shardOf(t, shards)]!.push(t, p);
    for (const k of prefixKeys(t)) begun.has(k) ? begun.get(k)!.push(t) : begun.set(k, [t]);
  }
  const prefixes: unknown[][] = Array.from({ length: shards }, () => []);
  for (const [k, terms] of begun) prefixes[prefixFileOf(k, shards)]!.push(k, terms);
  const texts = split.map((s) => JSON.stringify(s));
  const keys = prefixes.map((s) => JSON.stringify(s));
  // The build's folder: a hash of everything in it (8 hex digits).
  const build = fnv([...lines, ...texts, ...keys, ...bodies.filter(Boolean)]).toString(16).padStart(8, '0');
  const files = new Map<string, string>();
  const head = JSON.stringify({ kikubari: 'split', v: SPLIT_VERSION, shards, build });
  files.set('index.json', '[\n' + [head, JSON.stringify([...words].sort().join('\n')), ...lines].join(',\n') + '\n]\n');
  texts.forEach((text, s) => files.set(build + '/t/' + s + '.json', text));
  keys.forEach((text, s) => files.set(build + '/p/' + s + '.json', text));
  bodies.forEach((text, d) => text && files.set(build + '/a/' + d + '.json', text));
  return files;
}
