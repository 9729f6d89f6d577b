// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { formatPrebuiltIndex } from '../../../src/cli/formatPrebuiltIndex';
import { createArticleSearch, createArticleSearchAsync } from '../../../src/search/createArticleSearch';
import { fieldsOf } from '../../../src/search/ranking';
import { parseIndex } from '../../../src/search/parseIndex';
import { readAllPrebuilt, readPrebuilt } from '../../../src/search/prebuilt';
import { tokenize } from '../../../src/search/tokenize';
import { pairVocabulary } from '../../../src/search/vocabulary';
import type { Article } from '../../../src/types';
import { ARTICLES, MORE } from './fixtures';

const QUERIES = ['how do I descale the kettle', 'desc', '湯あかの落とし方', 'ふたが閉まらない', 'ふ', 'ケトル', 'インターナショナル', ''];
const OPTIONS = [{ products: ['AK-1'], locale: 'ja', topics: ['cleaning'] }, { limit: 50 }, { locale: 'en' }];
const ALL = [...ARTICLES, ...MORE];
const parsed = async (articles: Article[]) => (await parseIndex(formatPrebuiltIndex(articles))) as unknown[];

describe('a prebuilt index', () => {
  it('answers every query exactly like the plain article list it was written from', async () => {
    const plain = createArticleSearch(ALL);
    const pre = createArticleSearch((await parsed(ALL)) as Article[]);
    const sliced = await createArticleSearchAsync((await parsed(ALL)) as Article[]);
    for (const q of QUERIES)
      for (const o of OPTIONS) {
        expect(pre.search(q, o)).toEqual(plain.search(q, o));
        expect(await sliced.searchSliced(q, o)).toEqual(plain.search(q, o));
      }
    for (const a of ALL) expect(pre.get(a.id)).toEqual(plain.get(a.id));
  });

  it('gives back every article’s text exactly: a body of nearly 20,000 characters, emoji, a lone surrogate', async () => {
    const long = 'ケトルの湯あかを落とす。Descale the kettle 🫖 monthly. '.repeat(500).slice(0, 19990) + '\ud800 end';
    const odd = [{ id: 'longest', title: '長い記事 🫖', url: '/longest', locale: 'ja', body: long }];
    const s = createArticleSearch((await parsed([...ALL, ...odd])) as Article[]);
    expect(s.get('longest')!.body).toBe(long);
    expect(s.get('longest')!.title).toBe('長い記事 🫖');
  });

  it('loads and answers Japanese questions without Intl.Segmenter: questions are cut into the index’s own words', async () => {
    const list = await parsed(ALL);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const s = createArticleSearch(list as Article[]);
      expect(s.search('ふたが閉まらない').length).toBeGreaterThan(0);
      expect(s.search('インターナショナル')[0]!.id).toBe('long');
      expect(segment).not.toHaveBeenCalled();
      createArticleSearch(ALL);
      expect(segment).toHaveBeenCalled(); // the plain list is segmented, as before
    } finally {
      segment.mockRestore();
    }
  });

  it('is a version line, the dictionary of pieces, then one article a line with its text as piece numbers', async () => {
    const lines = formatPrebuiltIndex(ALL).split('\n');
    expect(lines[0]).toBe('[');
    expect(lines[1]).toBe('{"kikubari":"index","v":2},');
    const list = await parsed(ALL);
    const articles = list.filter((x) => typeof x == 'object').slice(1) as Record<string, unknown>[];
    expect(articles.map((a) => [a.id, a.url, a.locale])).toEqual(ALL.map((a) => [a.id, a.url, a.locale]));
    for (const a of articles) expect([a.title, a.body || '', ...((a.tags as string[]) || [])].join('')).toMatch(/^[#-[\]-~]+$/);
    // The dictionary: each piece once, the commonest in one character.
    const dictionary = (list.filter((x) => typeof x == 'string') as string[]).join('\n').split('\n');
    expect(new Set(dictionary).size).toBe(dictionary.length);
    expect(dictionary).toContain(''); // a line break
    expect(dictionary.slice(0, 57)).toContain(' ');
    expect(formatPrebuiltIndex([])).toBe('[\n{"kikubari":"index","v":2}\n]\n');
  });

  it('gives each field the terms the tokenizer gives its text, from the pieces alone: line breaks, long words, mixed scripts', async () => {
    let n = 0;
    const v = pairVocabulary();
    for (const [a, stored] of readAllPrebuilt(await parsed(ALL), v)) {
      const fields = fieldsOf(ALL[n++]!);
      expect(a).toMatchObject({ title: fields[0] });
      fields.forEach((text, f) => expect(stored![f]!.map((t) => v.names[t]).sort()).toEqual(tokenize(text).sort()));
    }
    expect(n).toBe(ALL.length);
  });

  it('reads its dictionary before the first article, with a place to pause every 256 pieces', async () => {
    // Looked at as the articles first used them, each of a large index's first articles was one
    // long step: ~50 ms at 4× CPU, a long task the slicing could not split.
    const many = Array.from({ length: 300 }, (_, i) => ({ id: 'a' + i, title: 'Word' + i + ' and thing' + i, url: '/' + i, body: 'Body' + i + ' ケトル' + i + '番' }));
    const list = await parsed(many);
    const pieces = (list.filter((x) => typeof x == 'string') as string[]).join('\n').split('\n').length;
    expect(pieces).toBeGreaterThan(1000);
    const entries = [...readPrebuilt(list, pairVocabulary())];
    const first = entries.findIndex((e) => e.length);
    expect(first).toBeGreaterThanOrEqual(Math.floor(pieces / 256));
    expect(entries.slice(first).filter((e) => e.length)).toHaveLength(300);
  });

  it('folds each piece once for the whole index, however many articles use it', async () => {
    const same = Array.from({ length: 50 }, (_, i) => ({ id: 'a' + i, title: 'Descaling the kettle', url: '/' + i, body: 'Descaling removes limescale. ケトルの湯あかを落とす。' }));
    const list = await parsed(same);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      const s = createArticleSearch(list as Article[]);
      // fold() normalizes twice; the dictionary has a couple of dozen pieces, the articles 50 × 3 fields.
      expect(normalize.mock.calls.length).toBeLessThan(2 * 40);
      expect(s.search('descale', { limit: 50 })).toHaveLength(50);
    } finally {
      normalize.mockRestore();
    }
  });

  it('an article marked "split" is tokenised here', async () => {
    const list = await parsed(ALL);
    const i = list.findIndex((x) => (x as Article).id == 'long');
    (list[i] as Record<string, unknown>).split = 1;
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const s = createArticleSearch(list as Article[]);
      expect(segment).toHaveBeenCalledTimes(2); // its title and body
      expect(s.search('保証')).toEqual(createArticleSearch(ALL).search('保証'));
    } finally {
      segment.mockRestore();
    }
  });

  it('of a version this kikubari cannot read is refused, naming the version', () => {
    expect(() => createArticleSearch([{ kikubari: 'index', v: 1 }, '8211112'] as unknown as Article[])).toThrow('kikubari: index version must be 2 (got 1)');
  });

  it('naming a piece its dictionary does not have is refused', async () => {
    const list = await parsed([{ id: '1', title: 'ふた', url: '/1' }]);
    expect(() => createArticleSearch([list[0], list[1], { id: '1', title: '~~#', url: '/1' }] as Article[])).toThrow('kikubari: index piece must be a piece of the index');
    expect(() => createArticleSearch([list[0], { id: '1', title: '$', url: '/1' }] as Article[])).toThrow('kikubari: index piece must be a piece of the index (got 1)');
  });

  it('leaves what is not text for the article check to name', async () => {
    const list = await parsed([{ id: '1', title: 'ふた', url: '/1' }]);
    expect(() => createArticleSearch([list[0], list[1], { id: '1', title: 3, url: '/1' }] as Article[])).toThrow('kikubari: articles[0].title must be a non-empty string (got 3)');
    expect(() => createArticleSearch([list[0], list[1], 'x', 5] as Article[])).toThrow('kikubari: articles[0] must be an object (got 5)');
  });
});

describe('a prebuilt index of Japanese articles', () => {
  /** Intl.Segmenter, counting what is made of it; a fresh search module (its segmenter not made yet). */
  const counting = async () => {
    const Original = Intl.Segmenter;
    const made = { n: 0 };
    Intl.Segmenter = class extends Original {
      constructor(...a: ConstructorParameters<typeof Original>) {
        super(...a);
        made.n++;
      }
    } as typeof Original;
    vi.resetModules();
    const fresh = await import('../../../src/search/createArticleSearch');
    return { made, fresh, restore: () => (Intl.Segmenter = Original) };
  };

  it('never makes a segmenter, loading or answering: its ICU dictionary is never loaded', async () => {
    const list = await parsed(ALL);
    const { made, fresh, restore } = await counting();
    try {
      const s = fresh.createArticleSearch(list as Article[]);
      expect(s.search('ふたが閉まらない').length).toBeGreaterThan(0);
      expect(s.search('湯あかの落とし方', { locale: 'ja' }).length).toBeGreaterThan(0);
      expect(made.n).toBe(0);
    } finally {
      restore();
    }
  });

  it('an index with no unspaced script never makes one', async () => {
    const list = await parsed(ARTICLES.filter((a) => a.locale == 'en'));
    const { made, fresh, restore } = await counting();
    try {
      fresh.createArticleSearch(list as Article[]);
      expect(made.n).toBe(0);
    } finally {
      restore();
    }
  });
});
