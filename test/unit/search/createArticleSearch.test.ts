// @vitest-environment node
// (The search needs no DOM: these tests run it where the CLI and the benchmark run it.)
import { describe, expect, it } from 'vitest';
import { createArticleSearch, createArticleSearchAsync } from '../../../src/search/createArticleSearch';
import { KikubariError } from '../../../src/lib/KikubariError';
import type { Article } from '../../../src/types';
import { ARTICLES } from './fixtures';

const s = createArticleSearch(ARTICLES);
const ids = (query: string, options?: Parameters<typeof s.search>[1]) => s.search(query, options).map((r) => r.id);

describe('ranking by text', () => {
  it('an English question finds the article that answers it first', () => {
    expect(ids('how do I descale my kettle?')[0]).toBe('1001');
    expect(ids('the lid does not close')[0]).toBe('1003');
    expect(ids('can I get a refund')[0]).toBe('1004');
  });

  it('a Japanese question finds the Japanese article first', () => {
    expect(ids('ふたが閉まらないのですが')[0]).toBe('2002');
    expect(ids('湯あかを取るには？')[0]).toBe('2001');
    expect(ids('返品したい')[0]).toBe('2003');
  });

  it('every inflection of a word finds the same article (light stemming)', () => {
    for (const q of ['descale', 'descales', 'descaled', 'descaling']) expect(ids(q + ' kettle')[0]).toBe('1001');
  });

  it('case and accents do not matter', () => {
    expect(ids('WARRANTY')).toEqual(ids('warranty'));
    expect(ids('wárranty')).toEqual(ids('warranty'));
  });

  it('full-width and half-width queries match the same article', () => {
    expect(ids('ＤＥＳＣＡＬＥ　ｋｅｔｔｌｅ')).toEqual(ids('descale kettle'));
    expect(ids('ﾈｼﾞ')).toEqual(ids('ネジ'));
    expect(ids('ﾈｼﾞ')[0]).toBe('2004');
  });

  it('a word in hiragana finds the article that writes it in katakana', () => {
    expect(ids('ねじ')[0]).toBe('2004');
  });

  it('the last word typed matches as a prefix', () => {
    expect(ids('how to desc')[0]).toBe('1001');
    expect(ids('warr')).toEqual(['1005']);
  });

  it('a finished word (followed by a space) is not a prefix', () => {
    expect(ids('warr ')).toEqual([]);
  });

  it('a single kanji typed so far matches the words it begins', () => {
    expect(ids('返')).toContain('2003');
  });

  it('an exact word outranks the longer words it begins', () => {
    expect(ids('tank')[0]).toBe('1006');
    expect(ids('tank')).toContain('1007');
  });

  it('a match in the title counts more than the same match in the body', () => {
    const t = createArticleSearch([
      { id: 'body', title: 'General care', url: '/b', body: 'Notes about the hinge and other parts.' },
      { id: 'title', title: 'Hinge', url: '/t', body: 'Notes about care and other parts.' },
    ]);
    expect(t.search('hinge').map((r) => r.id)).toEqual(['title', 'body']);
  });

  it('a field weighted 0 is not searched: a word only there finds nothing, and a word also elsewhere scores as if it were not there', () => {
    const tagged: Article = { id: '1', title: 'Kettle care', url: '/1', tags: ['limescale', 'kettle'], body: 'Rinse the kettle.' };
    const noTags = createArticleSearch([tagged], { weights: { tags: 0 } });
    expect(noTags.search('limescale')).toEqual([]);
    expect(noTags.search('kettle')).toEqual(createArticleSearch([{ ...tagged, tags: ['x', 'y'] }], { weights: { tags: 0 } }).search('kettle'));
    expect(createArticleSearch([tagged]).search('limescale')).toHaveLength(1);
  });

  it('an article that shares no word with the query is not returned', () => {
    expect(ids('bluetooth pairing')).toEqual([]);
  });

  it('an article scores the same whatever order its words come in (a prebuilt index reads them in another order)', () => {
    const words = ['kettle', 'lid', 'hinge', 'descale', 'filter', 'water', 'spout'];
    const other = Array.from({ length: 30 }, (_, i) => ({ id: 'o' + i, title: 'Note ' + i, url: '/o' + i, body: words.slice(i % 7, (i % 7) + 3).join(' ') }));
    const scores = new Set<number>();
    for (let k = 0; k < 40; k++) {
      // The same words and counts, shuffled (a fixed sequence of swaps per run).
      const body = words.concat(words.slice(0, 3));
      for (let i = body.length - 1; i > 0; i--) {
        const j = (i * 7 + k * 13) % (i + 1);
        [body[i], body[j]] = [body[j]!, body[i]!];
      }
      const s = createArticleSearch([...other, { id: 'x', title: 'Kettle care', url: '/x', body: body.join(' ') }]);
      scores.add(s.search(words.join(' ')).find((h) => h.id == 'x')!.score);
    }
    expect(scores.size).toBe(1);
  });

  it('full length normalisation (b = 1) still gives an article with an empty field a finite score', () => {
    const full = createArticleSearch(ARTICLES.concat({ id: 'bare', title: 'Kettle lid', url: '/bare' }), { b: 1 });
    const hits = full.search('kettle lid');
    expect(hits.map((h) => h.id)).toContain('bare');
    expect(hits.every((h) => Number.isFinite(h.score) && h.score > 0)).toBe(true);
  });
});

describe('ranking by context', () => {
  it('an article tagged with the purchased SKU ranks first among matches', () => {
    expect(ids('descaling', { products: ['BP-2'] })[0]).toBe('1002');
    expect(ids('descaling', { products: ['AK-1'] })[0]).toBe('1001');
  });

  it('a purchased product does not lift an article that only shares filler words with the question', () => {
    expect(ids('how do I return an item for a refund', { products: ['AK-1'] })[0]).toBe('1004');
  });

  it("an empty query lists the purchased product's articles", () => {
    expect(ids('', { products: ['AK-1'] }).sort()).toEqual(['1001', '1003', '2001', '2002']);
  });

  it('an empty query with no products and no topics finds nothing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ?! ')).toEqual([]);
  });

  it('topics alone make a query', () => {
    expect(ids('', { topics: ['descaling'] }).slice(0, 2).sort()).toEqual(['1001', '1002']);
  });

  it('typed words outweigh the offer topics', () => {
    expect(ids('refund', { topics: ['descaling'] })[0]).toBe('1004');
  });

  it('a context query from product name, category and help kind finds that product first', () => {
    expect(ids('Aero Kettle kettles not working', { products: ['AK-1'], locale: 'en' })[0]).toMatch(/^100[13]$/);
  });

  it("only articles in the visitor's language are returned when any match; ja matches ja-JP; articles without a locale match any", () => {
    const ja = ids('', { products: ['AK-1'], locale: 'ja' });
    expect(ja.sort()).toEqual(['2001', '2002']);
    const en = s.search('warranty kettle', { locale: 'ja-JP' });
    expect(en[0]!.id).toBe('1005'); // no locale: matches Japanese visitors too
  });

  it('get(id) returns the whole indexed article', () => {
    expect(s.get('1001')).toMatchObject({ id: '1001', title: 'How to descale your Aero Kettle' });
    expect(s.get('nope')).toBeUndefined();
  });

  it('an article in another language still shows when nothing in the visitor language matches', () => {
    expect(ids('limescale', { locale: 'ja' })).toContain('1001');
  });
});

describe('results', () => {
  it('carry id, title, url, a score and a plain-text snippet, best first', () => {
    const r = s.search('descale kettle', { locale: 'en' });
    expect(r[0]).toMatchObject({ id: '1001', title: 'How to descale your Aero Kettle', url: '/hc/en/articles/1001' });
    expect(r[0]!.snippet).toContain('descale');
    for (let i = 1; i < r.length; i++) expect(r[i - 1]!.score).toBeGreaterThanOrEqual(r[i]!.score);
  });

  it('the snippet shows the part of the body that matches, within 160 characters', () => {
    const long: Article = { id: 'l', title: 'Manual', url: '/l', body: 'Filler text about other things. '.repeat(20) + 'To reset the clock, hold the timer button. ' + 'More filler. '.repeat(20) };
    const [hit] = createArticleSearch([long]).search('reset the clock');
    expect(hit!.snippet!.length).toBeLessThanOrEqual(160);
    expect(hit!.snippet).toContain('To reset the clock, hold the timer button.');
    expect(hit!.snippet!.startsWith('…')).toBe(true);
  });

  it('an article without a body has no snippet', () => {
    const r = createArticleSearch([{ id: 'x', title: 'Descale', url: '/x' }]).search('descale');
    expect(r[0]).not.toHaveProperty('snippet');
  });

  it('limit caps the results, default 10', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: String(i), title: 'Kettle ' + i, url: '/' + i }));
    const m = createArticleSearch(many);
    expect(m.search('kettle')).toHaveLength(10);
    expect(m.search('kettle', { limit: 3 })).toHaveLength(3);
  });

  it('the same index answers many queries the same way', () => {
    expect(ids('descale')).toEqual(ids('descale'));
    expect(s.size).toBe(ARTICLES.length);
  });

  it('HTML in an article is returned as written, never interpreted (the widget renders text)', () => {
    const r = createArticleSearch([{ id: 'h', title: '<img src=x onerror=alert(1)> Lid', url: '/h', body: '<b>lid</b>' }]).search('lid');
    expect(r[0]!.title).toBe('<img src=x onerror=alert(1)> Lid');
  });
});

describe('bad input', () => {
  const message = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(KikubariError);
      return (e as Error).message;
    }
    throw new Error('did not throw');
  };

  it('articles that are not an array are rejected, naming articles', () => {
    expect(message(() => createArticleSearch({} as unknown as Article[]))).toBe('kikubari: articles must be an array of articles (got an object)');
  });

  it('an article without an id is rejected, naming its index', () => {
    expect(message(() => createArticleSearch([ARTICLES[0]!, { ...ARTICLES[1]!, id: ' ' }]))).toBe(
      'kikubari: articles[1].id must be a non-empty string (got " ")',
    );
  });

  it('a missing title or url is rejected, naming the field', () => {
    expect(message(() => createArticleSearch([{ id: 'a', url: '/a' } as Article]))).toBe('kikubari: articles[0].title must be given');
    expect(message(() => createArticleSearch([{ id: 'a', title: 'A' } as Article]))).toBe('kikubari: articles[0].url must be given');
  });

  it('tags that are not a list of strings are rejected, naming the tag', () => {
    expect(message(() => createArticleSearch([{ id: 'a', title: 'A', url: '/a', tags: 'x' } as unknown as Article]))).toMatch(/^kikubari: articles\[0\]\.tags must be an array/);
    expect(message(() => createArticleSearch([{ id: 'a', title: 'A', url: '/a', tags: ['ok', 3] } as unknown as Article]))).toMatch(/^kikubari: articles\[0\]\.tags\[1\] must be/);
  });

  it('duplicate ids are rejected, naming both articles', () => {
    expect(message(() => createArticleSearch([ARTICLES[0]!, ARTICLES[1]!, { ...ARTICLES[2]!, id: '1001' }]))).toBe(
      'kikubari: articles[2].id "1001" is already the id of articles[0]; ids must be unique',
    );
  });

  it('a query that is not a string, or a misspelt option, is rejected', () => {
    expect(message(() => s.search(42 as unknown as string))).toBe('kikubari: query must be a string (got 42)');
    expect(message(() => s.search('lid', { product: ['AK-1'] } as never))).toBe('kikubari: options.product is not an option; did you mean "products"?');
    expect(message(() => s.search('lid', { limit: 0 }))).toMatch(/^kikubari: options\.limit must be a number ≥ 1/);
  });

  it('bad ranking options are rejected, naming the option', () => {
    expect(message(() => createArticleSearch([], { b: 2 }))).toBe('kikubari: options.b must be a number from 0 to 1 (got 2)');
  });

  it('unknown article fields are dropped, not stored', () => {
    const r = createArticleSearch([{ id: 'a', title: 'Lid', url: '/a', secret: 'x' } as unknown as Article]).search('lid');
    expect(Object.keys(r[0]!).sort()).toEqual(['id', 'score', 'title', 'url']);
  });
});

describe('createArticleSearchAsync', () => {
  it('builds the same index as the synchronous build', async () => {
    const a = await createArticleSearchAsync(ARTICLES);
    for (const q of ['descale kettle', 'ふたが閉まらない', 'warr', '']) expect(a.search(q, { products: ['AK-1'] })).toEqual(s.search(q, { products: ['AK-1'] }));
  });

  it('rejects with the same error as the synchronous build', async () => {
    await expect(createArticleSearchAsync([{ id: '', title: 'x', url: '/' }])).rejects.toThrow('kikubari: articles[0].id must be a non-empty string');
  });
});

describe('article links', () => {
  it('accept http(s) and site-relative URLs, and refuse javascript: and data: links', () => {
    const a = (url: string) => ({ id: 'x', title: 'X', url });
    expect(() => createArticleSearch([a('https://help.example/x'), { ...a('/hc/x'), id: 'y' }, { ...a('x.html'), id: 'z' }])).not.toThrow();
    expect(() => createArticleSearch([a('javascript:alert(1)')])).toThrow('kikubari: articles[0].url must be an http(s) or relative URL');
    expect(() => createArticleSearch([a('data:text/html,<script>x</script>')])).toThrow(/url must be an http\(s\) or relative URL/);
  });
});
