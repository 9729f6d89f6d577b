import { asConfigError } from '../lib/KikubariError';
import { checkArticle } from '../search/checkArticle';
import type { KikubariConfig } from '../types';

/** Up to this many inline articles are checked when `createKikubari` runs; more are left to the search. */
export const CHECK_AT_INIT = 1000;

/**
 * `createKikubari` throws for a bad inline article, naming it (`config.articles[3].url …`), as it
 * does for any other config field. The script tag leaves this to the search (it has no bytes to
 * spare), and so does a very large array here: the search checks those in slices when it first
 * builds its index, and the widget reports a bad one in the console.
 */
export function checkInlineArticles(cfg: KikubariConfig): void {
  const { articles } = cfg;
  if (!Array.isArray(articles) || articles.length > CHECK_AT_INIT) return;
  asConfigError(() => articles.forEach((a, i) => checkArticle(a, 'config.articles[' + i + ']')));
}
