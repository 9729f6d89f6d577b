import type { Article } from '../types';

/**
 * An index file's text: a JSON array with one article per line. Still plain JSON to any
 * reader, and the widget parses it line by line in slices (`search/parseIndex.ts`), so a
 * large index never costs one long `JSON.parse`. Keys in a fixed order, so a rebuilt index
 * diffs cleanly.
 *
 * @example
 * formatIndex([{ id: '1', title: 'Descale', url: '/1' }]) // '[\n{"id":"1","title":"Descale","url":"/1"}\n]\n'
 */
export function formatIndex(articles: Article[]): string {
  const line = (a: Article) =>
    JSON.stringify({ id: a.id, title: a.title, url: a.url, locale: a.locale, tags: a.tags, products: a.products, body: a.body });
  return '[\n' + articles.map(line).join(',\n') + '\n]\n';
}
