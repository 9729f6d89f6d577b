// @vitest-environment node
import { describe, expect, it } from 'vitest';

// Runs against the build (`npm test` builds first): the file a user imports.
describe('the npm build', () => {
  it('imports in plain Node (SSR) without touching window, and exports exactly the public API', async () => {
    expect(typeof (globalThis as any).window).toBe('undefined');
    const mod = await import('../../dist/index.mjs' as string);
    expect(Object.keys(mod).sort()).toEqual(['KikubariConfigError', 'KikubariError', 'createKikubari']);
    expect(typeof (globalThis as any).window).toBe('undefined');
  });

  it('gives an inert instance on the server that still validates its config', async () => {
    const { createKikubari, KikubariConfigError } = await import('../../dist/index.mjs' as string);
    const k = createKikubari({ locale: 'ja' });
    await k.purchase({ orderId: 'A', items: [{ sku: 'S', name: 'N' }] });
    expect(k.inspect()).toMatchObject({ locale: 'ja', storage: 'memory', offers: [] });
    expect((await k.context()).purchases).toEqual([]);
    expect(() => createKikubari({ locale: 5 })).toThrow(KikubariConfigError);
  });

  it('ships kikubari/search for Node with the same search the widget uses', async () => {
    const search = await import('../../dist/search.mjs' as string);
    expect(Object.keys(search)).toEqual(expect.arrayContaining(['createArticleSearch', 'createArticleProvider']));
  });
});
