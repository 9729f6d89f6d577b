import { createArticleProvider, type ArticleProvider } from '../search/articleSource';
import type { SearchResult } from '../search/createArticleSearch';
import type { ArticleSource } from '../types';
import type { Words } from '../search/tokenize';
import { isCurrentPage } from './isCurrentPage';
import { queryLocale } from './queryLocale';
import { rankForVisitor } from './rankForVisitor';

/** An article as the widget shows it: a search hit, with the body when the source has it. */
export interface ArticleHit {
  id: string;
  title: string;
  url: string;
  score: number;
  snippet?: string;
  body?: string;
  products?: string[];
}

export interface FindOptions {
  /** SKUs whose articles rank first (the product this is about, else everything bought). */
  products?: string[];
  /** Every SKU the visitor bought: articles about any other product go last. */
  owned?: string[];
  topics?: string[];
  limit?: number;
  /** Ids already shown in this conversation ("show me more" skips them). */
  exclude?: string[];
  /** The visitor typed `query`: search in the language they wrote it in. */
  typed?: boolean;
}

export interface ArticleFinder {
  search(query: string, opts: FindOptions): Promise<ArticleHit[]>;
  /** An article the source has given (every article of an index): how a responder's `sources` are found. */
  get(id: string): { id: string; title: string; url: string } | undefined;
  /** The dictionary words of the index searched last: answers are quoted with the question cut as the search cut it. */
  words(): Words | undefined;
  /** Start loading the index (the panel is opening): the first search need not wait for it. */
  load(): void;
}

// Hits asked of the search before the visitor's own order is applied: enough that three
// general or owned articles surface from under a run of articles about other products.
const POOL = 30;

let shared: [ArticleSource, ArticleProvider] | undefined;
/** One provider per source in the widget chunk: the page's own article (`pageProducts`) and the conversation load the index once. */
export const providerFor = (source: ArticleSource) => (shared && shared[0] === source ? shared : (shared = [source, createArticleProvider(source)]))[1];

/**
 * The widget's view of the article source: searches in the visitor's locale, never suggests the
 * page they are on, and suggests articles about products they did not buy only when nothing else
 * matched (after the others, for a typed question). No source, no articles.
 */
export function createArticleFinder(source: ArticleSource | undefined, locale: string, doc?: Document): ArticleFinder {
  if (!source) return { search: async () => [], get: () => undefined, words: () => undefined, load() {} };
  const provider = providerFor(source);
  return {
    get: provider.get,
    words: provider.words,
    load: () => void provider.load(),
    async search(query, { owned = [], exclude = [], limit = 3, typed, ...opts }) {
      const about = (id: string): { body?: string; products?: string[] } => provider.get(id) || {};
      // The visitor's order picked before the bodies are read (a split index fetches only the picked ones'),
      const pick = (hits: SearchResult[]) =>
        rankForVisitor(
          hits.map((h): ArticleHit => ({ ...h, products: about(h.id).products })),
          { owned, limit, exclude, fill: typed, skip: (a) => !!doc && isCurrentPage(a, doc) },
        );
      // …then with the body, the article is read in the panel and "Did this help?" stays in reach.
      return (await provider.search(query, { ...opts, locale: typed ? queryLocale(query, locale) : locale, limit: POOL }, pick)).map((h) => ({ ...h, body: about(h.id).body }));
    },
  };
}
