import { arr, obj, str, type Check } from '../lib/check';
import { webLink } from '../lib/link';
import type { Article } from '../types';

/**
 * Validate one article: a clean copy with the known fields (strings trimmed, unknown fields
 * dropped) or a {@link KikubariError} naming the field, e.g.
 * `kikubari: articles[3].id must be a non-empty string`. One rule for every way articles
 * arrive: `config.articles`, `createArticleSearch`, remote sources and the index CLI.
 *
 * @example
 * checkArticle({ id: '1001', title: 'Descale', url: '/hc/1001', extra: 1 }, 'articles[0]') // { id: '1001', title: 'Descale', url: '/hc/1001' }
 */
export const checkArticle: Check<Article> = obj<Article>(
  { id: str(200), title: str(300), url: webLink, body: str(20000, 0), tags: arr(str(100)), products: arr(str(100)), locale: str(35) },
  ['id', 'title', 'url'],
  false,
);
