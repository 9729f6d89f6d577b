import { fail, isObj } from '../lib/check';
import { checkArticle } from './checkArticle';
import { KikubariError } from '../lib/KikubariError';
import type { Article, ArticleSource } from '../types';
import { ArticleSourceError, type ArticleSourceErrorCode } from './ArticleSourceError';
import { same } from './ranking';
import { buildSliced, plainSource, type ArticleSearch, type SearchOptions, type SearchResult } from './createArticleSearch';
import type { Words } from './tokenize';
import { isPrebuilt } from './prebuilt';
import type { SplitSearch } from './split';
import { readIndex } from './readIndex';
import { snippet } from './snippet';
import { isZendesk, toArticles } from './toArticles';

/** Articles from a source, ranked for the visitor. */
export interface ArticleProvider {
  /**
   * Articles for `query`, best first, or those of them `pick` keeps (the bodies of a split
   * index's hits are fetched only for those). Rejects with an {@link ArticleSourceError} when the
   * source is unreachable or malformed; the next call tries again.
   */
  search<T extends SearchResult = SearchResult>(query: string, options?: SearchOptions, pick?: (hits: SearchResult[]) => T[]): Promise<T[]>;
  /** A whole article from the last answers (with its body, for reading in the panel). */
  get(id: string): Article | undefined;
  /** The dictionary words of the index the last answers came from ({@link ArticleSearch.words}). */
  words(): Words | undefined;
  /**
   * Start loading the index now (a URL's, an array's; a remote search has none), so that the
   * next search need not wait for it: the widget calls it as the panel opens, before drawing it.
   * Resolves when it is loaded or has failed (the search reports the failure, and tries again).
   */
  load(): Promise<void>;
}

/** What the provider uses from its environment; tests and non-browser hosts replace it. */
export interface ArticleProviderDeps {
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
}

// A help centre's search answers in well under a second; a 5 MB index on a slow phone
// connection can take several. After this, the visitor gets the hand-off instead of a spinner.
const TIMEOUT_MS = 15000;

const reason = (e: unknown) => String((e instanceof Error && e.message) || e).replace(/^kikubari: /, '');

/**
 * A provider for any {@link ArticleSource}:
 * - a URL string: a JSON index (what `kikubari index` writes), fetched once, built into an
 *   index in slices (no long task), and cached; a failed load is not cached;
 * - an `Article[]`: indexed on the first search;
 * - a function `(query, { products, locale }) => Promise<Article[]>`: a remote search whose
 *   answers are ranked here (purchased products, locale), keeping the ones that do not share
 *   a word with the query after the ones that do, in the order the function gave;
 * - `{ search: 'https://…?q={query}&locale={locale}' }`: the same with a URL template that
 *   answers with JSON: an array of articles, `{ articles: […] }`, or Zendesk's `{ results: […] }`;
 *   any other shape (Algolia, Elasticsearch, OpenSearch) through a mapping in the template's
 *   fragment, `#results=hits.hits&id=_id&title=_source.title…` ({@link mapAnswer}).
 *
 * A remote source gets the typed query, or the topics when nothing is typed.
 * Throws a {@link KikubariError} right away when `source` is none of these shapes.
 *
 * @example
 * const articles = createArticleProvider('/kb-index.json');
 * await articles.search('lid will not close', { products: ['AK-1'], locale: 'en', limit: 3 });
 *
 * @example
 * const zendesk = createArticleProvider({ search: 'https://help.example.com/api/v2/help_center/articles/search.json?query={query}&locale={locale}' });
 */
export function createArticleProvider(source: ArticleSource, deps: ArticleProviderDeps = {}): ArticleProvider {
  const template = isObj(source) && typeof source.search == 'string' ? source.search : undefined;
  if (!(typeof source == 'string' ? source.trim() : Array.isArray(source) || typeof source == 'function' || template))
    fail('articles', 'a URL, an array of articles, a function, or { search: "…{query}" }', source);

  const error = (code: ArticleSourceErrorCode, message: string, e?: unknown) =>
    new ArticleSourceError(code, message, e instanceof KikubariError ? e.field : undefined);

  /** A JSON file; `shown` names the source in messages: a template, never a URL with the visitor's words in it. */
  const json = async (url: string, shown = url, mapping?: string, early?: (item: unknown, i: number) => unknown): Promise<unknown> => {
    let answer: unknown;
    try {
      const timeout = typeof AbortSignal == 'function' && AbortSignal.timeout ? AbortSignal.timeout(TIMEOUT_MS) : undefined;
      const res = await (deps.fetch || fetch)(url, timeout && { signal: timeout });
      if (!res.ok) throw 'the server answered HTTP ' + res.status + (res.statusText ? ' ' + res.statusText : '');
      answer = await readIndex(res, early);
      // Mapped by its own chunk, fetched only for such a template (a failed fetch is tried again).
      if (mapping) answer = (await import('../entrypoints/mapping')).mapAnswer(answer, mapping);
    } catch (e) {
      if (e instanceof SyntaxError) throw error('malformed', 'the articles from ' + shown + ' are not valid JSON (' + reason(e) + ')');
      throw error('unreachable', 'could not load articles from ' + shown + ': ' + (isObj(e) && e.name == 'TimeoutError' ? 'no answer in ' + TIMEOUT_MS / 1000 + ' s' : reason(e)));
    }
    return answer;
  };
  /** A JSON answer as a list of (unchecked) articles. */
  const get = async (url: string, shown = url, mapping?: string): Promise<unknown[]> => list(await json(url, shown, mapping), 'the articles from ' + shown);

  // Zendesk's articles (an export, its search API) are converted by their own chunk, fetched only for them.
  const list = async (json: unknown, from: string): Promise<unknown[]> => {
    const articles = toArticles(json);
    if (!articles) throw error('malformed', from + ' are not a list of articles: expected an array, { articles: […] } or { results: […] }');
    return articles.some(isZendesk) ? (await import('../entrypoints/zendesk')).fromZendeskList(articles) : articles;
  };

  const unusable = (from: string) => (e: unknown) => error('malformed', from + ' are not usable: ' + reason(e), e);
  // A prebuilt index is read by its own chunk, fetched only for one (a failed fetch is tried again, like the index).
  const build = async (articles: unknown[], from: string): Promise<ArticleSearch> => {
    try {
      return await buildSliced(isPrebuilt(articles) ? (await import('../entrypoints/prebuilt')).prebuiltSource(articles) : plainSource(articles));
    } catch (e) {
      throw unusable(from)(e);
    }
  };

  /**
   * The index at `url`. A split index's reader (its own chunk, with what it fetches for each
   * question) is fetched as soon as the first line names the format, and searches as soon as the
   * second, the dictionary words, is read: the articles arrive while the first question's shards
   * do. Should they fail, `forget` has the next question load index.json again.
   */
  const load = (url: string, forget: () => void) =>
    new Promise<ArticleSearch | SplitSearch>((resolve, reject) => {
      const from = 'the articles from ' + url;
      let head: unknown;
      let reader: Promise<typeof import('../entrypoints/split')> | undefined;
      let split = false;
      const search = (words: unknown) => {
        split = true;
        const bad = unusable(from);
        resolve(
          reader!
            .then((m) => m.splitSearch(head, words, whole, url, { json, bad }))
            .catch((e) => {
              throw e.name == 'ArticleSourceError' ? e : bad(e);
            }),
        );
        return true; // (the rest is read behind the question)
      };
      const whole: Promise<unknown> = json(url, url, undefined, (item, i) => {
        if (!i && isObj(item) && item.kikubari == 'split') {
          head = item;
          // (The chunk not arriving is the network's fault, tried again by the next question.)
          reader = import('../entrypoints/split').catch((e) => {
            throw error('unreachable', 'could not load articles from ' + url + ': their reader did not load (' + reason(e) + ')');
          });
          reader.catch(() => {});
        }
        return i == 1 && !!reader && search(item);
      });
      whole.then(
        (answer) => split || (reader ? search(undefined) : resolve(list(answer, from).then((articles) => build(articles, from)))),
        (e) => (split ? forget() : reject(e)),
      );
    });

  let ready: Promise<ArticleSearch | SplitSearch> | undefined;
  let last: ArticleSearch | SplitSearch | undefined;
  const index = (): Promise<ArticleSearch | SplitSearch> => {
    if (ready) return ready;
    const mine: Promise<ArticleSearch | SplitSearch> = (typeof source == 'string' ? load(source, () => ready === mine && (ready = undefined)) : build(source as unknown[], 'the articles')).catch((e) => {
      // Not cached: the next search tries again (a fixed index may have been deployed since),
      // except for an inline array, which cannot change.
      if (typeof source == 'string' || e.code != 'malformed') ready = undefined;
      throw e;
    });
    return (ready = mine);
  };

  const remote = async (query: string, options: SearchOptions): Promise<SearchResult[]> => {
    const q = query.trim() || (options.topics || []).join(' ');
    const locale = options.locale || '';
    let articles: unknown[];
    let from: string;
    if (template) {
      const [url, mapping] = template.split('#');
      articles = await get(url!.replace(/\{(query|locale)\}/g, (_, k) => encodeURIComponent(k == 'query' ? q : locale)), template, mapping);
      from = 'the articles from ' + template;
    } else {
      let answer: unknown;
      try {
        answer = await (source as (query: string, context: { products: string[]; locale: string }) => Promise<Article[]>)(q, { products: options.products || [], locale });
      } catch (e) {
        throw error('unreachable', 'the article search function failed: ' + reason(e));
      }
      from = 'the articles from the article search function';
      articles = await list(answer, from);
    }
    const s = (last = await build(articles, from));
    const hits = s.search(query, { ...options, limit: Infinity });
    const seen = new Set(hits.map((h) => h.id));
    // The remote search had its reasons for the rest (synonyms, its own stemming): keep them, after.
    for (let i = 0; i < articles.length; i++) {
      const a = checkArticle(articles[i], 'articles[' + i + ']');
      if (seen.has(a.id)) continue;
      const excerpt = a.body && snippet(a.body, []);
      hits.push(excerpt ? { id: a.id, score: 0, title: a.title, url: a.url, snippet: excerpt } : { id: a.id, score: 0, title: a.title, url: a.url });
    }
    return hits.slice(0, options.limit || 10);
  };

  return {
    async search(query, options = {}, pick = same as never) {
      if (typeof query != 'string') fail('query', 'a string', query);
      return template || typeof source == 'function' ? pick(await remote(query, options)) : (last = await index()).searchSliced(query, options, pick);
    },
    get: (id) => last && last.get(id),
    words: () => last && last.words,
    load: () => (template || typeof source == 'function' ? Promise.resolve() : index().then(() => {}, () => {})),
  };
}
