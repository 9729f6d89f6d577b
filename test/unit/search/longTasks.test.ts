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

/**
 * Runs `work` while a 1 ms timer measures the longest time the thread was not free. A gap
 * counts only the CPU time this process spent in it: on a busy test machine the OS may
 * deschedule the process, which is not a long task of ours.
 */
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let cpu = process.cpuUsage();
  let worst = 0;
  const tick = () => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    worst = Math.max(worst, Math.min(now - last, (used.user + used.system) / 1000));
    last = now;
    cpu = process.cpuUsage();
  };
  const timer = setInterval(tick, 1);
  await work();
  clearInterval(timer);
  tick();
  return worst;
}

/**
 * The best of up to three runs: a busy test machine can stretch one GC pause past the
 * budget; a real long task (an unsliced build takes seconds) fails all three.
 */
async function longestBlockOf3(work: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= 50; i++) best = Math.min(best, await longestBlock(work));
  return best;
}

describe('5,000 articles on the main thread', () => {
  it('the sliced build never holds the thread for 50 ms', async () => {
    expect(await longestBlockOf3(() => createArticleSearchAsync(ARTICLES))).toBeLessThan(50);
  }, 60000);

  it('parsing a 5,000-article index file written one article per line never holds the thread for 50 ms', async () => {
    const file = '[\n' + ARTICLES.map((a) => JSON.stringify(a)).join(',\n') + '\n]\n';
    let parsed: unknown;
    expect(await longestBlockOf3(async () => (parsed = await parseIndex(file)))).toBeLessThan(50);
    expect(parsed).toEqual(ARTICLES);
  }, 60000);

  it('no query takes 50 ms, typed in full or half-typed', () => {
    const s = createArticleSearch(ARTICLES);
    let slowest = 0;
    for (const q of ['how do I descale the kettle', 'desc', 'ca', 'ふたが閉まらない', 'ふ', 'refund for SKU-4', 'k', '']) {
      const t = performance.now();
      s.search(q, { products: ['SKU-4'], locale: 'ja', topics: ['cleaning'] });
      slowest = Math.max(slowest, performance.now() - t);
    }
    expect(slowest).toBeLessThan(50);
  }, 60000);
});
