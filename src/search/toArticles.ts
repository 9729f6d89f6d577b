import { isObj } from '../lib/check';

/**
 * The article list inside a JSON answer: an array of articles, `{ articles: […] }` (a kikubari
 * index, a Zendesk export) or `{ results: […] }` (Zendesk search). `undefined` when the answer
 * is none of these. Zendesk's articles in it ({@link isZendesk}) are still Zendesk's: `fromZendesk`
 * converts them (in its own chunk in the browser: most sites never need it).
 *
 * @example
 * toArticles(await (await fetch(url)).json()) // unknown[] to validate, or undefined
 */
export function toArticles(json: unknown): unknown[] | undefined {
  const list = Array.isArray(json) ? json : isObj(json) ? json.articles || json.results : undefined;
  return Array.isArray(list) ? list : undefined;
}

/** A Zendesk Help Center article (its `html_url` is the page), to be converted by `fromZendesk`. */
export const isZendesk = (x: unknown): x is Record<string, unknown> => isObj(x) && 'html_url' in x;
