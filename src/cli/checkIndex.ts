import { readFile } from 'node:fs/promises';
import { createArticleSearch } from '../search/createArticleSearch';
import { parseIndex } from '../search/parseIndex';
import { isPrebuilt, readAllPrebuilt } from '../search/prebuilt';
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
    const { size } = createArticleSearch(list as Article[]);
    if (!size) return { ok: false, articles: 0, summary: 'the index has no articles' };
    const locales: Record<string, number> = {};
    let products = 0;
    const pre = isPrebuilt(list);
    for (const a of (pre ? readAllPrebuilt(list, pairVocabulary()).map(([a]) => a) : list) as Article[]) {
      locales[a.locale || 'no locale'] = (locales[a.locale || 'no locale'] || 0) + 1;
      if (a.products && a.products.length) products++;
    }
    const byLocale = Object.entries(locales).map(([l, n]) => l + ' ' + n).join(', ');
    return { ok: true, articles: size, summary: (pre ? 'prebuilt, ' : '') + size + ' article' + (size > 1 ? 's' : '') + ' (' + byLocale + '); ' + products + ' name products' };
  } catch (e) {
    return { ok: false, articles: 0, summary: (e as Error).message.replace(/^kikubari: /, '') };
  }
}
