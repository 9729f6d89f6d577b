import { createArticleProvider } from '../search/articleSource';
import type { ArticleSource } from '../types';

/** An article as the widget shows it: a search hit, with the body when the source has it. */
export interface ArticleHit {
  id: string;
  title: string;
  url: string;
  score: number;
  snippet?: string;
  body?: string;
}

export interface ArticleFinder {
  search(query: string, opts: { products?: string[]; topics?: string[]; limit?: number }): Promise<ArticleHit[]>;
}

/** The widget's view of the article source: searches in the visitor's locale; no source, no articles. */
export function createArticleFinder(source: ArticleSource | undefined, locale: string): ArticleFinder {
  if (!source) return { search: async () => [] };
  const provider = createArticleProvider(source);
  return {
    async search(query, opts) {
      const hits: ArticleHit[] = await provider.search(query, { ...opts, locale });
      // With the body, the article is read in the panel and "Did this help?" stays in reach.
      return hits.map((h) => ({ ...h, body: (provider.get(h.id) || {}).body }));
    },
  };
}
