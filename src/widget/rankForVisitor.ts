/** An article with what the ranking needs to know about it. */
export interface Rankable {
  id: string;
  url: string;
  /** SKUs the article is about; none means it is general (returns, shipping, account). */
  products?: string[];
}

/**
 * The visitor's order of search hits (already best first): the page they are on is left out,
 * and articles about a product they did not buy go after every general article and every article
 * about something they own — so they reach the first `limit` only when nothing else matched.
 * Articles already shown (`skip`) are left out too, for "show me more".
 *
 * @example
 * rankForVisitor(hits, { owned: ['AK-1'], limit: 3, skip: (a) => isCurrentPage(a, document) })
 */
export function rankForVisitor<T extends Rankable>(hits: T[], o: { owned: string[]; limit: number; skip?: (a: T) => boolean }): T[] {
  const mine: T[] = [];
  const others: T[] = [];
  for (const a of hits)
    if (!(o.skip && o.skip(a))) (!a.products || !a.products.length || a.products.some((p) => o.owned.includes(p)) ? mine : others).push(a);
  return mine.concat(others).slice(0, o.limit);
}
