import { readFile } from 'node:fs/promises';
import { createArticleSearch } from '../search/createArticleSearch';
import { parseIndex } from '../search/parseIndex';
import { isPrebuilt, readAllPrebuilt } from '../search/prebuilt';
import { readPrefixes, readShard, splitSearch } from '../search/split';
import { isObj } from '../lib/check';
import { checkArticle } from '../search/checkArticle';
import { dirname, join } from 'node:path';
import { fromZendeskList } from '../search/fromZendesk';
import { toArticles } from '../search/toArticles';
import { pairVocabulary } from '../search/vocabulary';
import type { Article } from '../types';

/** What {@link checkIndex} found. */
export interface IndexCheck {
  ok: boolean;
  /** Articles in the index (when `ok`). */
  articles: number;
  /** One line for the user: counts per locale and how many name products, or what is wrong. */
  summary: string;
}

/**
 * Check an existing index file the way the widget will load it: the same parser
 * (`parseIndex`), the same shapes (`toArticles`) and the same build (`createArticleSearch`).
 *
 * @example
 * const { ok, summary } = await checkIndex('public/kb-index.json'); // summary: '120 articles (en 100, ja 20); 35 name products'
 */
export async function checkIndex(file: string): Promise<IndexCheck> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { ok: false, articles: 0, summary: 'cannot read the file' };
  }
  let list: unknown[] | undefined;
  try {
    list = toArticles(await parseIndex(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    return { ok: false, articles: 0, summary: 'not valid JSON (' + (e as Error).message + ')' };
  }
  if (!list) return { ok: false, articles: 0, summary: 'not a list of articles: expected an array, { articles: […] } or { results: […] }' };
  list = fromZendeskList(list);
  try {
    if (isObj(list[0]) && list[0].kikubari == 'split') return await checkSplit(list, file);
    const { size } = createArticleSearch(list as Article[]);
    if (!size) return { ok: false, articles: 0, summary: 'the index has no articles' };
    const pre = isPrebuilt(list);
    return counted((pre ? readAllPrebuilt(list, pairVocabulary()).map(([a]) => a) : list) as Article[], pre ? 'prebuilt, ' : '');
  } catch (e) {
    return { ok: false, articles: 0, summary: (e as Error).message.replace(/^kikubari: /, '') };
  }
}

/** The summary of a usable index of `articles`: counts per locale and how many name products. */
function counted(articles: Article[], kind: string, more = ''): IndexCheck {
  const locales: Record<string, number> = {};
  let products = 0;
  for (const a of articles) {
    locales[a.locale || 'no locale'] = (locales[a.locale || 'no locale'] || 0) + 1;
    if (a.products && a.products.length) products++;
  }
  const byLocale = Object.entries(locales).map(([l, n]) => l + ' ' + n).join(', ');
  const size = articles.length;
  return { ok: true, articles: size, summary: kind + size + ' article' + (size > 1 ? 's' : '') + ' (' + byLocale + '); ' + products + ' name products' + more };
}

/** A split index: its index.json read as the widget reads it, then every shard and body it points to. */
async function checkSplit(list: unknown[], file: string): Promise<IndexCheck> {
  const [head] = list as [{ shards: number; build: string }];
  const json = async (path: string) => {
    let text: string;
    try {
      text = await readFile(join(dirname(file), path), 'utf8');
    } catch {
      throw new Error('cannot read ' + path);
    }
    return JSON.parse(text);
  };
  // Read as the widget reads it: a question waits for every article checked.
  await splitSearch(head, list[1], Promise.resolve(list), 'index.json', { json, bad: (e) => e as Error }).searchSliced('', {}, () => []);
  const articles = list.slice(2) as (Article & { b?: 1 })[];
  for (let i = 0; i < head.shards; i++) {
    readShard(await json(head.build + '/t/' + i + '.json'), i, head.shards, articles.length);
    readPrefixes(await json(head.build + '/p/' + i + '.json'), i, head.shards);
  }
  for (let d = 0; d < articles.length; d++) if (articles[d]!.b) checkArticle({ ...articles[d], body: await json(head.build + '/a/' + d + '.json') }, 'articles[' + d + ']');
  return counted(articles, 'split, ', ', ' + head.shards + ' shards');
}
