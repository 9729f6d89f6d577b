import { isObj } from '../lib/check';
import { fromZendesk } from '../search/fromZendesk';
import type { FileRead } from './types';

/**
 * Articles from a Zendesk Help Center export: the JSON the Help Center API returns for
 * `GET /api/v2/help_center/{locale}/articles.json` (`{ articles: [...], next_page, … }`), or
 * several such pages in an array, or a bare array of its articles. Converted by
 * `fromZendesk` (`html_url` → url, HTML body → text, `label_names` → tags, `product:SKU`
 * labels → products). Drafts are skipped. Throws an `Error` when the JSON is not such an
 * export; returns `undefined` when `quiet` and the JSON is simply something else (a stray JSON
 * file in a folder).
 *
 * @example
 * readZendesk('{"articles":[{"id":1,"title":"Descale","html_url":"https://…","body":"<p>…</p>"}]}').articles.length // 1
 */
export function readZendesk(json: string, quiet = false): FileRead | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error('not valid JSON (' + (e as Error).message + ')');
  }
  const pages = Array.isArray(data) && data.every((p) => isObj(p) && Array.isArray(p.articles)) && data.length ? data : [data];
  const items: unknown[] = [];
  for (const p of pages) {
    const list = isObj(p) ? p.articles : p;
    if (!Array.isArray(list) || (list.length && !list.some((a) => isObj(a) && 'html_url' in a))) {
      if (quiet) return undefined;
      throw new Error('not a Zendesk Help Center articles export: expected { "articles": [ { "id", "title", "html_url", "body", … } ] }');
    }
    items.push(...list);
  }
  const warnings: string[] = [];
  const articles: unknown[] = [];
  let drafts = 0;
  for (const a of items) {
    if (isObj(a) && a.draft === true) drafts++;
    else articles.push(isObj(a) ? fromZendesk(a) : a);
  }
  if (drafts) warnings.push(drafts + ' draft' + (drafts > 1 ? 's' : '') + ' skipped');
  return { articles, warnings };
}
