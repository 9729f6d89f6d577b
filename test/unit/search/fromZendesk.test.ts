// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromZendesk, fromZendeskList } from '../../../src/search/fromZendesk';
import { isZendesk, toArticles } from '../../../src/search/toArticles';

const ZENDESK = {
  id: 360001234567,
  url: 'https://example.zendesk.com/api/v2/help_center/en-us/articles/360001234567.json',
  html_url: 'https://example.zendesk.com/hc/en-us/articles/360001234567-Descale',
  title: 'Descale',
  body: '<p>Fill &amp; boil.</p><p>Rinse.</p>',
  label_names: ['descaling', 'product:AK-1', 'SKU: AK-2'],
  locale: 'en-us',
  draft: false,
};

describe('fromZendesk', () => {
  it('maps html_url to url, the HTML body to text, labels to tags, and product: or sku: labels to products', () => {
    expect(fromZendesk(ZENDESK)).toEqual({
      id: '360001234567',
      title: 'Descale',
      url: 'https://example.zendesk.com/hc/en-us/articles/360001234567-Descale',
      body: 'Fill & boil.\nRinse.',
      tags: ['descaling'],
      products: ['AK-1', 'AK-2'],
      locale: 'en-us',
    });
  });

  it('converts the Zendesk articles of a list and leaves the others as they are', () => {
    const plain = { id: '1', title: 'A', url: '/a' };
    expect(fromZendeskList([ZENDESK, plain])).toEqual([fromZendesk(ZENDESK), plain]);
  });

  it('leaves out tags and products when there are no labels', () => {
    const a = fromZendesk({ ...ZENDESK, label_names: [] });
    expect(a.tags).toBeUndefined();
    expect(a.products).toBeUndefined();
  });
});

describe('toArticles', () => {
  it('finds the list in an array, { articles }, or { results }, and tells Zendesk articles by their html_url', () => {
    const plain = { id: '1', title: 'A', url: '/a' };
    expect(toArticles([plain])).toEqual([plain]);
    expect(toArticles({ articles: [plain] })).toEqual([plain]);
    // Converted by fromZendesk where they are read (its own chunk in the browser), not here.
    expect(toArticles({ results: [ZENDESK, plain] })).toEqual([ZENDESK, plain]);
    expect([ZENDESK, plain, null, 'x'].map(isZendesk)).toEqual([true, false, false, false]);
  });

  it('is undefined for anything else', () => {
    for (const v of [null, 'x', 3, {}, { articles: 'x' }]) expect(toArticles(v)).toBeUndefined();
  });
});
