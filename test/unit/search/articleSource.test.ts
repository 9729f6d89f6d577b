// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createArticleProvider } from '../../../src/search/articleSource';
import { ArticleSourceError } from '../../../src/search/ArticleSourceError';
import { KikubariError } from '../../../src/lib/KikubariError';
import type { Article } from '../../../src/types';
import { ARTICLES } from './fixtures';

/** A fetch that answers from a list of canned responses (or errors), one per call. */
function fakeFetch(...answers: (string | number | Error | object)[]) {
  const calls: string[] = [];
  const fetch = vi.fn(async (url: string | URL | Request) => {
    calls.push(String(url));
    const a = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (a instanceof Error) throw a;
    if (typeof a == 'number') return new Response('nope', { status: a, statusText: a == 404 ? 'Not Found' : '' });
    return new Response(typeof a == 'string' ? a : JSON.stringify(a), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as ArticleSourceError;
  }
  throw new Error('did not reject');
};

describe('a URL of a JSON index', () => {
  it('is fetched once and answers every search from the cache', async () => {
    const { fetch, calls } = fakeFetch(ARTICLES);
    const p = createArticleProvider('/kb-index.json', { fetch });
    expect((await p.search('descale kettle'))[0]!.id).toBe('1001');
    expect((await p.search('ふたが閉まらない'))[0]!.id).toBe('2002');
    expect(calls).toEqual(['/kb-index.json']);
  });

  it('shares one fetch between searches made while it loads', async () => {
    const { fetch, calls } = fakeFetch(ARTICLES);
    const p = createArticleProvider('/kb-index.json', { fetch });
    await Promise.all([p.search('lid'), p.search('refund')]);
    expect(calls).toHaveLength(1);
  });

  it('load() fetches the index before any search, and the search then fetches nothing; a failed load is not kept', async () => {
    const { fetch, calls } = fakeFetch(new TypeError('Failed to fetch'), ARTICLES);
    const p = createArticleProvider('/kb-index.json', { fetch });
    await p.load(); // resolves, never rejects: the search reports it
    expect(calls).toEqual(['/kb-index.json']);
    await p.load();
    expect(calls).toHaveLength(2);
    expect((await p.search('descale kettle'))[0]!.id).toBe('1001');
    expect(calls).toHaveLength(2);
  });

  it('reads the one-article-per-line file the CLI writes, and { articles: [...] }', async () => {
    const lines = '[\n' + ARTICLES.map((a) => JSON.stringify(a)).join(',\n') + '\n]\n';
    for (const body of [lines, { articles: ARTICLES }]) {
      const p = createArticleProvider('/kb.json', { fetch: fakeFetch(body).fetch });
      expect((await p.search('warranty'))[0]!.id).toBe('1005');
    }
  });

  it('an unreachable index rejects with code "unreachable", saying so, and is retried on the next search', async () => {
    const { fetch, calls } = fakeFetch(new TypeError('Failed to fetch'), ARTICLES);
    const p = createArticleProvider('/kb-index.json', { fetch });
    const e = await rejection(p.search('lid'));
    expect(e).toBeInstanceOf(ArticleSourceError);
    expect(e).toBeInstanceOf(KikubariError);
    expect(e.code).toBe('unreachable');
    expect(e.message).toBe('kikubari: could not load articles from /kb-index.json: Failed to fetch');
    expect((await p.search('lid'))[0]!.id).toBe('1003');
    expect(calls).toHaveLength(2);
  });

  it('an HTTP error rejects with code "unreachable" and the status', async () => {
    const e = await rejection(createArticleProvider('/missing.json', { fetch: fakeFetch(404).fetch }).search('lid'));
    expect(e.code).toBe('unreachable');
    expect(e.message).toBe('kikubari: could not load articles from /missing.json: the server answered HTTP 404 Not Found');
  });

  it('a timeout rejects with code "unreachable" and says how long it waited', async () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    const e = await rejection(createArticleProvider('/slow.json', { fetch: fakeFetch(timeout).fetch }).search('lid'));
    expect(e.code).toBe('unreachable');
    expect(e.message).toBe('kikubari: could not load articles from /slow.json: no answer in 15 s');
  });

  it('text that is not JSON rejects with code "malformed"', async () => {
    const e = await rejection(createArticleProvider('/kb.json', { fetch: fakeFetch('<!doctype html><p>Login</p>').fetch }).search('lid'));
    expect(e.code).toBe('malformed');
    expect(e.message).toMatch(/^kikubari: the articles from \/kb\.json are not valid JSON \(/);
  });

  it('JSON that is not a list of articles rejects with code "malformed"', async () => {
    const e = await rejection(createArticleProvider('/kb.json', { fetch: fakeFetch({ error: 'x' }).fetch }).search('lid'));
    expect(e.code).toBe('malformed');
    expect(e.message).toBe('kikubari: the articles from /kb.json are not a list of articles: expected an array, { articles: […] } or { results: […] }');
  });

  it('an invalid article rejects with code "malformed", naming the field, and is retried', async () => {
    const { fetch, calls } = fakeFetch([{ id: '1', title: 'A', url: '/a' }, { id: 2, title: 'B', url: '/b' }], ARTICLES);
    const p = createArticleProvider('/kb.json', { fetch });
    const e = await rejection(p.search('lid'));
    expect(e.code).toBe('malformed');
    expect(e.field).toBe('articles[1].id');
    expect(e.message).toBe('kikubari: the articles from /kb.json are not usable: articles[1].id must be a non-empty string (got 2)');
    await p.search('lid');
    expect(calls).toHaveLength(2);
  });
});

describe('an inline array', () => {
  it('is searched like an index', async () => {
    const p = createArticleProvider(ARTICLES);
    expect((await p.search('descaling', { products: ['BP-2'] }))[0]!.id).toBe('1002');
  });

  it('with an invalid article rejects with code "malformed"', async () => {
    const e = await rejection(createArticleProvider([{ id: 'a' } as Article]).search('x'));
    expect(e.code).toBe('malformed');
    expect(e.message).toBe('kikubari: the articles are not usable: articles[0].title must be given');
  });

  it('with an invalid article is not checked again on every search', async () => {
    let reads = 0;
    const bad = { id: 'a', url: '/a', get title() { reads++; return 42; } } as unknown as Article;
    const p = createArticleProvider([bad]);
    await rejection(p.search('x'));
    const after = reads;
    await rejection(p.search('y'));
    expect(after).toBeGreaterThan(0);
    expect(reads).toBe(after);
  });
});

describe('a remote search function', () => {
  it('gets the query, the products and the locale, and its answers are ranked here', async () => {
    const fn = vi.fn(async () => [ARTICLES[1]!, ARTICLES[0]!, ARTICLES[4]!]);
    const p = createArticleProvider(fn);
    const r = await p.search('descaling', { products: ['AK-1'], locale: 'en', limit: 5 });
    expect(fn).toHaveBeenCalledWith('descaling', { products: ['AK-1'], locale: 'en' });
    // Purchased product first; the answer that shares no word with the query is kept, last.
    expect(r.map((h) => h.id)).toEqual(['1001', '1002', '1005']);
    expect(r[2]!.score).toBe(0);
  });

  it('gets the topics as its query when nothing is typed', async () => {
    const fn = vi.fn(async () => []);
    await createArticleProvider(fn).search('', { topics: ['descaling', 'cleaning'] });
    expect(fn).toHaveBeenCalledWith('descaling cleaning', { products: [], locale: '' });
  });

  it('that throws rejects with code "unreachable"', async () => {
    const e = await rejection(createArticleProvider(async () => Promise.reject(new Error('503 from upstream'))).search('lid'));
    expect(e.code).toBe('unreachable');
    expect(e.message).toBe('kikubari: the article search function failed: 503 from upstream');
  });

  it('that answers something other than articles rejects with code "malformed"', async () => {
    const e = await rejection(createArticleProvider((async () => 'oops') as never).search('lid'));
    expect(e.code).toBe('malformed');
  });
});

describe('a URL template', () => {
  it('fills in {query} and {locale}, URL-encoded', async () => {
    const { fetch, calls } = fakeFetch([]);
    await createArticleProvider({ search: 'https://help.example.com/search?q={query}&hl={locale}' }, { fetch }).search('lid & hinge?', { locale: 'ja-JP' });
    expect(calls).toEqual(['https://help.example.com/search?q=lid%20%26%20hinge%3F&hl=ja-JP']);
  });

  it("reads Zendesk's search answer: html_url, HTML body, labels", async () => {
    const zendesk = {
      results: [
        { id: 360001, url: 'https://x.zendesk.com/api/v2/help_center/articles/360001.json', html_url: 'https://help.example.com/hc/en-us/articles/360001', title: 'Returns', body: '<p>Return within <b>30 days</b> for a refund &amp; more.</p>', label_names: ['returns'], locale: 'en-us', result_type: 'article' },
        { id: 360002, html_url: 'https://help.example.com/hc/en-us/articles/360002', title: 'Kettle refund', body: '<p>Kettle refunds.</p>', label_names: ['product:AK-1'], locale: 'en-us' },
      ],
      count: 2,
    };
    const p = createArticleProvider({ search: 'https://x.zendesk.com/api/v2/help_center/articles/search.json?query={query}&locale={locale}' }, { fetch: fakeFetch(zendesk).fetch });
    const r = await p.search('refund', { products: ['AK-1'], locale: 'en' });
    expect(r.map((h) => h.id)).toEqual(['360002', '360001']);
    expect(r[1]).toEqual({ id: '360001', score: expect.any(Number), title: 'Returns', url: 'https://help.example.com/hc/en-us/articles/360001', snippet: 'Return within 30 days for a refund & more.' });
  });

  it('is fetched again for every search (its answers depend on the query)', async () => {
    const { fetch, calls } = fakeFetch({ articles: ARTICLES });
    const p = createArticleProvider({ search: '/search?q={query}' }, { fetch });
    await p.search('lid');
    await p.search('refund');
    expect(calls).toEqual(['/search?q=lid', '/search?q=refund']);
  });

  it('load() fetches nothing: a remote search has no index', async () => {
    const { fetch, calls } = fakeFetch({ articles: ARTICLES });
    await createArticleProvider({ search: '/search?q={query}' }, { fetch }).load();
    expect(calls).toEqual([]);
  });

  it('names the template, never the visitor\'s words, when it fails (errors reach logs and analytics)', async () => {
    const e = await rejection(createArticleProvider({ search: '/search?q={query}' }, { fetch: fakeFetch(500).fetch }).search('my card 4111 was charged twice'));
    expect(e.code).toBe('unreachable');
    expect(e.message).toBe('kikubari: could not load articles from /search?q={query}: the server answered HTTP 500');
    const bad = await rejection(createArticleProvider({ search: '/search?q={query}' }, { fetch: fakeFetch({ nope: 1 }).fetch }).search('my card 4111'));
    expect(bad.message).not.toContain('4111');
  });
});

describe('a source of the wrong shape', () => {
  it('throws at once, naming articles', () => {
    expect(() => createArticleProvider(42 as never)).toThrow('kikubari: articles must be a URL, an array of articles, a function, or { search: "…{query}" } (got 42)');
    expect(() => createArticleProvider({ url: '/x' } as never)).toThrow(KikubariError);
    expect(() => createArticleProvider('  ')).toThrow(KikubariError);
  });
});
