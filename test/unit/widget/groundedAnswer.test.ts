import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { groundedAnswer, sentences } from '../../../src/widget/groundedAnswer';
import { createArticleFinder } from '../../../src/widget/articleFinder';
import type { Article } from '../../../src/types';

const HELP_CENTER: Article[] = JSON.parse(readFileSync('test/e2e/fixtures/helpcenter.json', 'utf8'));
const find = createArticleFinder(HELP_CENTER, 'en');
const answer = async (q: string) => groundedAnswer(q, await find.search(q, { owned: ['AK-1'], products: ['AK-1'], typed: true }));

describe('sentences', () => {
  it('splits Japanese at 。！？ with no space after, and English at . ! ? before a space', () => {
    expect(sentences('湯あかがたまります。クエン酸で落とせます！本当？')).toEqual(['湯あかがたまります。', 'クエン酸で落とせます！', '本当？']);
    expect(sentences('Boil it. Then rinse 1.5 times! Done?')).toEqual(['Boil it.', 'Then rinse 1.5 times!', 'Done?']);
  });
});

describe('a grounded answer', () => {
  it('quotes the passage of the right article for an English question', async () => {
    const a = (await answer('how do I return it'))!;
    expect(a.article.title).toBe('Returns and refunds');
    expect(a.passage).toMatch(/^You can return any product within 30 days/);
  });

  it('quotes whole Japanese sentences for a Japanese question', async () => {
    const a = (await answer('返品したい'))!;
    expect(a.article.title).toBe('返品と返金について');
    expect(a.passage).toMatch(/^お届けから30日以内であれば、すべての商品を返品・全額返金いたします。/);
    expect(a.passage).toMatch(/。$/);
  });

  it('quotes a Japanese answer with the question and the article cut into the index’s own words, as the search cut them', async () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const words = { has: (t: string) => ['_食器', '_洗い', '_機', '_入れ', '_本体', '_エアロ', '_けとる'].includes(t), longest: 3 };
      const hits = await find.search('食器洗い機に入れてもいい', { owned: ['AK-1'], products: ['AK-1'], typed: true });
      segment.mockClear(); // the plain index segments its articles as it is built
      const a = groundedAnswer('食器洗い機に入れてもいい', hits, words)!;
      expect(a.article.title).toBe('エアロケトルのお手入れ');
      expect(a.passage).toMatch(/^本体を食器洗い機に入れないでください。/);
      expect(segment).not.toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
  });

  it('a question about nothing in the help center gets no answer', async () => {
    expect(await answer('can I fly my kite to the moon')).toBeUndefined();
    expect(await answer('how do I do it')).toBeUndefined();
  });
});
