/**
 * `kikubari/search`: the article search on its own, for Node 20+ and browsers (no DOM needed).
 * The widget, the `kikubari index` CLI and `bench/search.mjs` run this same code.
 *
 * @example
 * import { createArticleSearch } from 'kikubari/search';
 * const s = createArticleSearch(articles);
 * s.search('lid will not close', { products: ['AK-1'], locale: 'en', limit: 5 }); // [{ id, score, title, url, snippet }]
 */
export { createArticleSearch, createArticleSearchAsync } from '../search/createArticleSearch';
export type { ArticleSearch, ArticleSearchOptions, SearchOptions, SearchResult } from '../search/createArticleSearch';
export { createArticleProvider } from '../search/articleSource';
export type { ArticleProvider, ArticleProviderDeps } from '../search/articleSource';
export { ArticleSourceError } from '../search/ArticleSourceError';
export type { ArticleSourceErrorCode } from '../search/ArticleSourceError';
export { KikubariError } from '../lib/KikubariError';
export type { Article, ArticleSource } from '../types';
