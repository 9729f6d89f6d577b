// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { formatIndex } from '../../../src/cli/formatIndex';
import { formatPrebuiltIndex } from '../../../src/cli/formatPrebuiltIndex';
import { createArticleSearch, createArticleSearchAsync } from '../../../src/search/createArticleSearch';
import { parseIndex } from '../../../src/search/parseIndex';
import { readSpans } from '../../../src/search/prebuilt';
import { wordSpans } from '../../../src/search/tokenize';
import type { Article } from '../../../src/types';
import { ARTICLES } from './fixtures';

const QUERIES = ['how do I descale the kettle', 'desc', '湯あかの落とし方', 'ふたが閉まらない', 'ふ', 'ケトル', ''];
const OPTIONS = [{ products: ['AK-1'], locale: 'ja', topics: ['cleaning'] }, { limit: 50 }, { locale: 'en' }];
// Long Japanese, with a katakana loanword over 15 characters and text around it.
const LONG: Article = { id: 'long', title: 'インターナショナルスタンダードバージョンの保証', url: '/long', locale: 'ja', body: 'Wi-Fiルーターの設定。'.repeat(40) + '電源を入れ直してください。' };

describe('a prebuilt index', () => {
  it('answers every query exactly like the plain article list it was written from', async () => {
    const articles = [...ARTICLES, LONG];
    const plain = createArticleSearch(articles);
    const pre = createArticleSearch((await parseIndex(formatPrebuiltIndex(articles))) as Article[]);
    const sliced = await createArticleSearchAsync((await parseIndex(formatPrebuiltIndex(articles))) as Article[]);
    for (const q of QUERIES)
      for (const o of OPTIONS) {
        expect(pre.search(q, o)).toEqual(plain.search(q, o));
        expect(await sliced.searchSliced(q, o)).toEqual(plain.search(q, o));
      }
    expect(pre.get('long')).toEqual(LONG);
  });

  it('loads without segmenting a word: Intl.Segmenter is never called', async () => {
    const text = formatPrebuiltIndex([...ARTICLES, LONG]);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      createArticleSearch((await parseIndex(text)) as Article[]);
      expect(segment).not.toHaveBeenCalled();
      createArticleSearch([...ARTICLES, LONG]);
      expect(segment).toHaveBeenCalled(); // the plain list is segmented, as before
    } finally {
      segment.mockRestore();
    }
  });

  it('is the plain index plus a version line and one line of word positions per article, empty for English', () => {
    const en = ARTICLES.filter((a) => a.locale == 'en');
    const lines = formatPrebuiltIndex(en).split('\n');
    expect(lines[1]).toBe('{"kikubari":"index","v":1},');
    expect(lines.slice(2, 2 + en.length).join('\n')).toBe(formatIndex(en).split('\n').slice(1, -2).join('\n') + ',');
    expect(lines.slice(2 + en.length, -2)).toEqual(en.map((_, i) => (i < en.length - 1 ? '"",' : '""')));
  });

  it('stores word positions that read back to what Intl.Segmenter finds, long words included', () => {
    for (const text of ['ふたが閉まらない', LONG.title, LONG.body!, 'Aero ケトル 3つ']) {
      const line = JSON.parse(formatPrebuiltIndex([{ id: '1', title: text, url: '/1' }]).split('\n').slice(-3)[0]!);
      expect(readSpans(line.split(' ')[0], text.toLowerCase())).toEqual(wordSpans(text.toLowerCase()));
    }
  });

  it('a browser that folds the text to another length segments that field itself', async () => {
    expect(readSpans('8211112', 'ふたが閉まらない')).toEqual(wordSpans('ふたが閉まらない'));
    expect(readSpans('9211112', 'ふたが閉まらない')).toBeUndefined();
    const json = (await parseIndex(formatPrebuiltIndex([LONG]))) as unknown[];
    json[2] = '9' + (json[2] as string).slice(1); // a length this browser would not agree with
    expect(createArticleSearch(json as Article[]).search('保証')).toEqual(createArticleSearch([LONG]).search('保証'));
  });

  it('of a version this kikubari cannot read is refused, naming the version', () => {
    expect(() => createArticleSearch([{ kikubari: 'index', v: 2 }] as unknown as Article[])).toThrow(
      'kikubari: index version must be 1 (got 2)',
    );
  });
});
