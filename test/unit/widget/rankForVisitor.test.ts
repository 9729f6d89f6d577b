import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createArticleFinder } from '../../../src/widget/articleFinder';
import { isCurrentPage } from '../../../src/widget/isCurrentPage';
import { rankForVisitor } from '../../../src/widget/rankForVisitor';
import type { Article } from '../../../src/types';

const HELP_CENTER: Article[] = JSON.parse(readFileSync('test/e2e/fixtures/helpcenter.json', 'utf8'));
const byId = (id: string) => HELP_CENTER.find((a) => a.id == id)!;

/** A document at `url`, with `head` markup. */
function page(url: string, head = ''): Document {
  const d = document.implementation.createHTMLDocument('x');
  d.head.innerHTML = '<base href="' + url + '">' + head;
  Object.defineProperty(d, 'location', { value: new URL(url) });
  return d;
}

describe('rankForVisitor', () => {
  const hits = [
    { id: 'g1', url: '/g1', products: ['GR-3'] },
    { id: 'g2', url: '/g2', products: ['GR-3'] },
    { id: 'k1', url: '/k1', products: ['AK-1'] },
    { id: 'r', url: '/r' },
    { id: 'g3', url: '/g3', products: ['GR-3'] },
  ];

  it('articles about a product the visitor did not buy never reach the list while a general or owned article matches', () => {
    expect(rankForVisitor(hits, { owned: ['AK-1'], limit: 3, exclude: [] }).map((h) => h.id)).toEqual(['k1', 'r']);
  });

  it('for a typed question they come after general ones and owned ones, filling the list', () => {
    expect(rankForVisitor(hits, { owned: ['AK-1'], limit: 3, exclude: [], fill: true }).map((h) => h.id)).toEqual(['k1', 'r', 'g1']);
  });

  it('articles about other products still fill the list when nothing else matches', () => {
    expect(rankForVisitor(hits.slice(0, 2), { owned: ['AK-1'], limit: 3, exclude: [] }).map((h) => h.id)).toEqual(['g1', 'g2']);
  });

  it('skipped articles (the current page, those shown already) are left out', () => {
    expect(rankForVisitor(hits, { owned: ['GR-3'], limit: 3, exclude: [], skip: (a) => a.id == 'g1' }).map((h) => h.id)).toEqual(['g2', 'r', 'g3']);
  });
});

describe('isCurrentPage', () => {
  const lid = { id: '1002', url: '/hc/en/articles/1002-aero-kettle-lid' };

  it('is the page by URL, ignoring the query, the fragment and a trailing slash', () => {
    expect(isCurrentPage(lid, page('https://shop.example/hc/en/articles/1002-aero-kettle-lid/?utm_source=x#steps'))).toBe(true);
    expect(isCurrentPage({ ...lid, url: 'https://shop.example/hc/en/articles/1002-aero-kettle-lid' }, page('https://shop.example/hc/en/articles/1002-aero-kettle-lid'))).toBe(true);
  });

  it('is the page by its canonical link', () => {
    expect(isCurrentPage(lid, page('https://shop.example/kb/lid', '<link rel="canonical" href="/hc/en/articles/1002-aero-kettle-lid">'))).toBe(true);
  });

  it('is the page by the article id as the last path segment, whatever the slug', () => {
    expect(isCurrentPage(lid, page('https://shop.example/hc/en-us/articles/1002-the-lid-renamed'))).toBe(true);
    expect(isCurrentPage(lid, page('https://shop.example/hc/en-us/articles/1002'))).toBe(true);
  });

  it('another article is not the page, even one whose id starts the same', () => {
    expect(isCurrentPage(lid, page('https://shop.example/hc/en/articles/10021-other'))).toBe(false);
    expect(isCurrentPage(lid, page('https://shop.example/hc/en/articles/1001-descale'))).toBe(false);
  });
});

describe('the widget article finder', () => {
  it('a kettle buyer on a grinder help page gets kettle and general articles first, grinder ones only after', async () => {
    const find = createArticleFinder(HELP_CENTER, 'en', page('https://shop.example/hc/en/articles/3202-grinder-not-working'));
    const hits = await find.search('Kaze Burr Grinder is not working', { owned: ['AK-1'], products: ['AK-1'], limit: 3, exclude: [] });
    expect(hits.map((h) => byId(h.id).products || [])).not.toContainEqual(['GR-3']);
    expect(hits.map((h) => h.id)).not.toContain('3202');
    expect(hits[0]!.id).toBe('3002'); // "Aero Kettle is not working"
  });

  it('a buyer of a product with few articles gets those and the general ones, never a third about another product', async () => {
    const few: Article[] = [
      { id: 'k', title: 'Aero Kettle is not working', url: '/k', body: 'If the kettle does not switch on, check the base.', products: ['AK-1'] },
      { id: 'r', title: 'Returns', url: '/r', body: 'Not working? You can return it within 30 days.' },
      { id: 'g1', title: 'Kaze Burr Grinder is not working', url: '/g1', body: 'If the grinder is not working, check the hopper.', products: ['GR-3'] },
      { id: 'g2', title: 'Kaze Burr Grinder makes a noise', url: '/g2', body: 'A noise while working is normal.', products: ['GR-3'] },
    ];
    const find = createArticleFinder(few, 'en', page('https://shop.example/hc/en'));
    const hits = await find.search('Aero Kettle not working', { owned: ['AK-1'], products: ['AK-1'], limit: 3, exclude: [] });
    expect(hits.map((h) => h.id)).toEqual(['k', 'r']);
    // "No" asks for more: the other product's articles do not come then either.
    expect(await find.search('Aero Kettle not working', { owned: ['AK-1'], products: ['AK-1'], limit: 3, exclude: ['k', 'r'] })).toEqual([]);
  });

  it('articles about other products are suggested when nothing else matches', async () => {
    const find = createArticleFinder(HELP_CENTER, 'en', page('https://shop.example/hc/en'));
    const hits = await find.search('Kaze Burr Grinder burr', { owned: ['AK-1'], products: ['AK-1'], limit: 3, exclude: [] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => byId(h.id).products?.includes('GR-3'))).toBe(true);
  });

  it('never suggests the page the visitor is reading', async () => {
    const find = createArticleFinder(HELP_CENTER, 'en', page('https://shop.example/hc/en/articles/3002-kettle-not-working'));
    const hits = await find.search('Aero Kettle is not working', { owned: ['AK-1'], products: ['AK-1'], limit: 3, exclude: [] });
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.id)).not.toContain('3002');
  });

  it('leaves out the articles already shown', async () => {
    const find = createArticleFinder(HELP_CENTER, 'en', page('https://shop.example/hc/en'));
    const first = await find.search('Aero Kettle is not working', { owned: ['AK-1'], products: ['AK-1'], limit: 3, exclude: [] });
    const next = await find.search('Aero Kettle is not working', { owned: ['AK-1'], products: ['AK-1'], limit: 3, exclude: first.map((h) => h.id) });
    expect(next.map((h) => h.id).filter((id) => first.some((h) => h.id == id))).toEqual([]);
    expect(next).toHaveLength(3);
  });
});

describe('typed questions', () => {
  const find = () => createArticleFinder(HELP_CENTER, 'en', page('https://shop.example/hc/en'));

  it('a Japanese question on an English page finds the Japanese article, even with the product’s English name in it', async () => {
    const hits = await find().search('Aero Kettleを返品したい', { owned: ['AK-1'], products: ['AK-1'], typed: true });
    expect(hits[0]!.title).toBe('返品と返金について');
  });

  it('English inflections match: "how do I return it" finds the returns article', async () => {
    const hits = await find().search('how do I return it', { owned: ['AK-1'], products: ['AK-1'], typed: true });
    expect(hits[0]!.title).toBe('Returns and refunds');
  });
});
