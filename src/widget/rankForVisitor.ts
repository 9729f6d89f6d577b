/** An article with what the ranking needs to know about it. */
export interface Rankable {
  id: string;
  url: string;
  /** SKUs the article is about; none means it is general (returns, shipping, account). */
  products?: string[];
}

/**
 * The visitor's order of search hits (already best first): the page they are on (`skip`) is left
 * out, and articles about a product they did not buy are left out too while any general article or
 * article about something they own matched — already shown (`exclude`) or not, so "No, show me
 * more" never turns to another product either. For a typed question (`fill`) they come after
 * those instead: the visitor asked.
 *
 * @example
 * rankForVisitor(hits, { owned: ['AK-1'], limit: 3, exclude: [], skip: (a) => isCurrentPage(a, document) })
 */
export function rankForVisitor<T extends Rankable>(
  hits: T[],
  o: { owned: string[]; limit: number; exclude: string[]; skip?: (a: T) => boolean; fill?: boolean },
): T[] {
  const mine: T[] = [];
  const others: T[] = [];
  for (const a of hits)
    if (!(o.skip && o.skip(a))) (!a.products || !a.products.length || a.products.some((p) => o.owned.includes(p)) ? mine : others).push(a);
  return (o.fill || !mine.length ? mine.concat(others) : mine).filter((a) => !o.exclude.includes(a.id)).slice(0, o.limit);
}
