import { isObj } from '../lib/check';
import { fromZendesk } from './fromZendesk';

/**
 * The article list inside a JSON answer: an array of articles, `{ articles: […] }` (a kikubari
 * index, a Zendesk export) or `{ results: […] }` (Zendesk search); Zendesk articles converted
 * by {@link fromZendesk}. `undefined` when the answer is none of these.
 *
 * @example
 * toArticles(await (await fetch(url)).json()) // unknown[] to validate, or undefined
 */
export function toArticles(json: unknown): unknown[] | undefined {
  const list = Array.isArray(json) ? json : isObj(json) ? json.articles || json.results : undefined;
  return Array.isArray(list) ? list.map((x) => (isObj(x) && 'html_url' in x ? fromZendesk(x) : x)) : undefined;
}
