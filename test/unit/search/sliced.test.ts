// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createArticleSearch, createArticleSearchAsync } from '../../../src/search/createArticleSearch';
import { parseIndex } from '../../../src/search/parseIndex';
import type { Article } from '../../../src/types';

// 5,000 articles of ~900 characters, half English, half Japanese: the size SPEC promises to
// handle without a long task (> 50 ms on the main thread).
const EN = 'kettle lid hinge descale limescale filter water boil warranty return refund order cable power light button clean tank handle base switch'.split(' ');
const JA = 'ケトル ふた ヒンジ 湯あか フィルター 水 沸騰 保証 返品 返金 注文 電源 ランプ ボタン 掃除 タンク ハンドル 台座 スイッチ'.split(' ');
let seed = 1;
const rand = (n: number) => ((seed = (seed * 16807) % 2147483647), seed % n);
const text = (words: string[], n: number, sep: string) => Array.from({ length: n }, () => words[rand(words.length)]).join(sep);
const ARTICLES: Article[] = Array.from({ length: 5000 }, (_, i) => {
  const ja = i % 2 == 1;
  return {
    id: 'a' + i,
    title: ja ? text(JA, 4, 'の') + 'について' : 'How to ' + text(EN, 4, ' ') + ' ' + i,
    url: '/hc/articles/' + i,
    locale: ja ? 'ja' : 'en',
    tags: [EN[i % EN.length]!],
    products: ['SKU-' + (i % 100)],
    body: ja ? text(JA, 120, 'を') + '。' : text(EN, 150, ' ') + '.',
  };
});

// The main-thread budget itself (no stretch of our code over 50 ms while loading, no long task
// while answering) is proven in Chromium: test/e2e/search.spec.ts. Unit tests assert no timings
// (machines here are noisy); these prove the sliced paths give exactly what the one-go ones do.
describe('5,000 articles, sliced', () => {
  it('the sliced build answers exactly like the one-go build', async () => {
    const sliced = await createArticleSearchAsync(ARTICLES);
    const whole = createArticleSearch(ARTICLES);
    for (const q of ['how do I descale the kettle', 'desc', 'ふたが閉まらない', 'refund for SKU-4', ''])
      expect(sliced.search(q, { products: ['SKU-4'], locale: 'ja', topics: ['cleaning'] })).toEqual(whole.search(q, { products: ['SKU-4'], locale: 'ja', topics: ['cleaning'] }));
  }, 60000);

  it('a sliced query answers exactly like the one-go query, and rejects what the one-go query throws', async () => {
    const s = createArticleSearch(ARTICLES);
    for (const q of ['how do I descale the kettle', 'desc', 'ふたが閉まらない', 'ふ', ''])
      for (const options of [{ products: ['SKU-4'], locale: 'ja', topics: ['cleaning'] }, { limit: 50 }, undefined])
        expect(await s.searchSliced(q, options)).toEqual(s.search(q, options));
    await expect(s.searchSliced(42 as unknown as string)).rejects.toThrow('kikubari: query must be a string');
    await expect(s.searchSliced('x', { limit: 0 })).rejects.toThrow(/options\.limit/);
  }, 60000);

  it('an index file written one article per line parses to exactly the articles', async () => {
    const file = '[\n' + ARTICLES.map((a) => JSON.stringify(a)).join(',\n') + '\n]\n';
    expect(await parseIndex(file)).toEqual(ARTICLES);
  }, 60000);
});
