// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFake } from '../../../examples/remote-search/fakeServices.mjs';
import { createArticleProvider } from '../../../src/search/articleSource';
import { mapAnswer } from '../../../src/search/mapAnswer';

// Each example config, pointed at its local fake (same path, query and mapping; another origin).
const template = (name: string, origin: string) =>
  (JSON.parse(readFileSync('examples/remote-search/' + name + '.json', 'utf8')).articles.search as string).replace(/^https:\/\/[^/]+/, origin);

let close: (() => Promise<unknown>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('remote search through a URL template', () => {
  for (const name of ['zendesk', 'algolia', 'elasticsearch'])
    it(`answers from ${name}: the visitor's words in the request, the articles (with their links and bodies) ranked for the visitor`, async () => {
      const fake = await startFake(name);
      close = fake.close;
      const articles = createArticleProvider({ search: template(name, fake.url) });
      const hits = await articles.search('kettle lid', { products: ['AK-1'], locale: 'en', limit: 3 });
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]).toMatch(/[?&](query|q)=kettle%20lid(&|$)/);
      expect(fake.requests[0]).not.toContain('#'); // the mapping is never sent
      expect(hits.map((h) => h.title)).toEqual(['The kettle lid will not close', 'How to descale your Aero Kettle']);
      expect(hits[0]!.url).toBe('https://help.example.com/hc/en-us/articles/2-lid');
      expect(articles.get(hits[0]!.id)!.body).toBe('Press the lid until it clicks; clean the hinge.');
      expect(articles.get(hits[0]!.id)!.products).toEqual(['AK-1']);
    });

  it('says which service failed and how when the answer is not what the mapping expects', async () => {
    const fake = await startFake('algolia');
    close = fake.close;
    const wrongKey = createArticleProvider({ search: template('algolia', fake.url).replace('search-only-key', 'nope') });
    await expect(wrongKey.search('lid')).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('HTTP 403') });
    const wrongPath = createArticleProvider({ search: template('algolia', fake.url).replace('results=hits', 'results=items') });
    await expect(wrongPath.search('lid')).rejects.toMatchObject({ code: 'malformed', message: expect.stringContaining('not a list of articles') });
  });
});

describe('mapAnswer', () => {
  it('reads the list and each field by dotted paths, keeping the fields it was not told about', () => {
    const es = { hits: { hits: [{ _id: '7', _source: { title: 'Lid', url: '/7', tags: ['lid'] } }] } };
    expect(mapAnswer(es, 'results=hits.hits&id=_id&title=_source.title&url=_source.url')).toEqual([
      { _id: '7', _source: es.hits.hits[0]!._source, id: '7', title: 'Lid', url: '/7' },
    ]);
    expect(mapAnswer({ hits: [{ objectID: 'a', title: 'T', url: '/a' }] }, 'results=hits&id=objectID')).toEqual([{ objectID: 'a', id: 'a', title: 'T', url: '/a' }]);
    expect(mapAnswer({ hits: 'oops' }, 'results=hits.hits')).toBeUndefined();
  });
});
