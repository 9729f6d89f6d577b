// @vitest-environment node
import { expect, it, vi } from 'vitest';
import { formatSplitIndex } from '../../../src/cli/formatSplitIndex';
import { createArticleSearch } from '../../../src/search/createArticleSearch';
import { ARTICLES } from './fixtures';

it('a split index whose reader chunk does not arrive: the question fails as unreachable, saying so, and the next one tries again', async () => {
  vi.resetModules();
  let offline = true;
  vi.doMock('../../../src/entrypoints/split', async (load) => {
    if (offline) throw new TypeError('Failed to fetch dynamically imported module');
    return load();
  });
  const { createArticleProvider } = await import('../../../src/search/articleSource');
  const files = formatSplitIndex(ARTICLES);
  const fetch = (async (url: string) => new Response(files.get(String(url).replace(/^\/kb\//, '')) ?? '', { status: files.has(String(url).replace(/^\/kb\//, '')) ? 200 : 404 })) as unknown as typeof globalThis.fetch;
  const p = createArticleProvider('/kb/index.json', { fetch });
  await expect(p.search('descale?')).rejects.toMatchObject({
    code: 'unreachable',
    // (vitest puts its own words about mocks in place of the browser's)
    message: expect.stringMatching(/^kikubari: could not load articles from \/kb\/index.json: their reader did not load \(/),
  });
  offline = false;
  vi.resetModules(); // (a failed dynamic import is not cached by a browser either)
  expect(await p.search('descale?')).toEqual(createArticleSearch(ARTICLES).search('descale?'));
  vi.doUnmock('../../../src/entrypoints/split');
});
