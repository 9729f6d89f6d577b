import type { KikubariConfig } from '../types';
import { providerFor } from './articleFinder';
import { isCurrentPage } from './isCurrentPage';

/** What the index said about each page asked (by URL); `[]` while it has not answered. */
const known: Record<string, string[]> = {};
// Hits searched for the page's own article: it ranks at the top for its own title, well within these.
const POOL = 30;

/**
 * The `products` of the index's article that is this page (by URL, canonical link or id in the
 * path, as `isCurrentPage` decides), for the engine's "is this page about a purchase?" — loaded by
 * the widget chunk, which holds the index. Synchronous for the pure engine: `[]` until the index has
 * answered; the first call for a URL asks it, with a search for the page's title.
 *
 * @example
 * pageProducts({ articles: '/kb-index.json' }, document) // [] at first, then ['AK-1'] on /hc/en/articles/3099-lid-stuck
 */
export function pageProducts({ articles }: KikubariConfig, doc: Document): string[] {
  const url = doc.location.href;
  if (articles && !known[url]) {
    known[url] = [];
    const provider = providerFor(articles);
    // (Only that article picked: a split index fetches no other body.)
    provider.search(doc.title, { limit: POOL }, (hits) => hits.filter((h) => isCurrentPage(h, doc)).slice(0, 1)).then(([a]) => {
      known[url] = (a && provider.get(a.id)!.products) || [];
    }, () => {}); // no index, no tie: the page is judged by itself, as before
  }
  return known[url] || [];
}
