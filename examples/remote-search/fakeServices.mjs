#!/usr/bin/env node
// Local stand-ins for three search services, answering in each one's real response shape, so the
// configs in this folder can be tried (and are tested: test/unit/examples/remote-search.test.ts)
// without an account anywhere. Each matches the query's words against title and body, nothing more.
//
//   node examples/remote-search/fakeServices.mjs      → prints the three base URLs
//
// Shapes, from each service's API reference:
//   Zendesk  GET /api/v2/help_center/articles/search.json?query=  → { results: [{ id, title, html_url, body (HTML), locale, label_names }], count, next_page }
//   Algolia  GET /1/indexes/{index}?query=  (x-algolia-application-id, x-algolia-api-key as headers or URL parameters)
//                                                                → { hits: [{ objectID, …your record }], nbHits, page, nbPages, hitsPerPage, query }
//   Elasticsearch / OpenSearch  GET /{index}/_search?q=          → { took, timed_out, hits: { total: { value }, max_score, hits: [{ _index, _id, _score, _source }] } }
import { createServer } from 'node:http';

/** The articles every fake knows, as each service would store them. */
export const ARTICLES = [
  { id: 'k-1', title: 'How to descale your Aero Kettle', url: 'https://help.example.com/hc/en-us/articles/1-descale', body: 'Fill the kettle with water and citric acid, boil, rinse twice.', locale: 'en-us', products: ['AK-1'] },
  { id: 'k-2', title: 'The kettle lid will not close', url: 'https://help.example.com/hc/en-us/articles/2-lid', body: 'Press the lid until it clicks; clean the hinge.', locale: 'en-us', products: ['AK-1'] },
  { id: 'k-3', title: 'Returns and refunds', url: 'https://help.example.com/hc/en-us/articles/3-returns', body: 'Return any product within 30 days for a full refund.', locale: 'en-us' },
  { id: 'k-4', title: 'ケトルのふたが閉まらない', url: 'https://help.example.com/hc/ja/articles/4-lid', body: 'カチッと音がするまでふたを押してください。', locale: 'ja', products: ['AK-1'] },
];

const matches = (q) => {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return ARTICLES.filter((a) => words.some((w) => (a.title + ' ' + a.body).toLowerCase().includes(w)));
};

const SERVICES = {
  zendesk: (url) =>
    url.pathname == '/api/v2/help_center/articles/search.json' && {
      count: matches(url.searchParams.get('query') || '').length,
      next_page: null,
      results: matches(url.searchParams.get('query') || '').map((a, i) => ({
        id: 360000000 + i,
        url: 'https://help.example.com/api/v2/help_center/en-us/articles/' + (360000000 + i) + '.json',
        html_url: a.url,
        title: a.title,
        body: '<p>' + a.body.replace(/&/g, '&amp;') + '</p>',
        locale: a.locale,
        label_names: (a.products || []).map((p) => 'product:' + p),
        draft: false,
        result_type: 'article',
      })),
    },
  algolia: (url, req) => {
    const m = /^\/1\/indexes\/([^/]+)$/.exec(url.pathname);
    const key = req.headers['x-algolia-api-key'] || url.searchParams.get('x-algolia-api-key');
    const app = req.headers['x-algolia-application-id'] || url.searchParams.get('x-algolia-application-id');
    if (!m) return undefined;
    if (app != 'DEMOAPP' || key != 'search-only-key') return { status: 403, message: 'Invalid Application-ID or API key' };
    const hits = matches(url.searchParams.get('query') || '').map(({ id, ...record }) => ({ objectID: id, ...record, _highlightResult: {} }));
    return { hits, nbHits: hits.length, page: 0, nbPages: 1, hitsPerPage: 20, query: url.searchParams.get('query'), params: url.search.slice(1) };
  },
  elasticsearch: (url) => {
    const m = /^\/([^/]+)\/_search$/.exec(url.pathname);
    if (!m) return undefined;
    const hits = matches(url.searchParams.get('q') || '').map(({ id, ...source }) => ({ _index: m[1], _id: id, _score: 1, _source: source }));
    return { took: 1, timed_out: false, _shards: { total: 1, successful: 1, skipped: 0, failed: 0 }, hits: { total: { value: hits.length, relation: 'eq' }, max_score: hits.length ? 1 : null, hits } };
  },
};

/**
 * Start one fake: `{ url, requests, close }`, `requests` being every URL it was asked for.
 *
 * @example
 * const es = await startFake('elasticsearch'); // es.url + '/kb/_search?q=lid'
 */
export async function startFake(name, port = 0) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname + url.search);
    const answer = SERVICES[name](url, req);
    // A widget on another origin calls these: the real services answer CORS the same way.
    res.setHeader('access-control-allow-origin', '*');
    res.writeHead(answer ? answer.status || 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer || { error: 'not found' }));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: 'http://127.0.0.1:' + server.address().port, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (import.meta.url == 'file://' + process.argv[1])
  for (const [name, port] of [['zendesk', 4401], ['algolia', 4402], ['elasticsearch', 4403]]) console.log(name.padEnd(14), (await startFake(name, port)).url);
