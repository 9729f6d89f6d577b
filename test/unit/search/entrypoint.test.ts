// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as search from '../../../src/entrypoints/search';

describe('kikubari/search', () => {
  it('exports exactly the public search API', () => {
    expect(Object.keys(search).sort()).toEqual(['ArticleSourceError', 'KikubariError', 'createArticleProvider', 'createArticleSearch', 'createArticleSearchAsync']);
  });

  it('runs without a DOM (this file runs in plain Node)', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(search.createArticleSearch([{ id: '1', title: 'Lid', url: '/1' }]).search('lid')[0]!.id).toBe('1');
  });
});
