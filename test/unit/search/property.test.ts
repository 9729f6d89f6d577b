// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArticleSearch } from '../../../src/search/createArticleSearch';
import { KikubariError } from '../../../src/lib/KikubariError';
import type { Article } from '../../../src/types';

/** Builds, or throws a kikubari error: never a TypeError from deep inside. */
const buildsOrExplains = (articles: unknown) => {
  try {
    createArticleSearch(articles as Article[]);
    return true;
  } catch (e) {
    return e instanceof KikubariError && /^kikubari: articles/.test(e.message);
  }
};

// Values shaped like articles, often nearly right, so the property reaches every field's check.
const almostArticle = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant('')),
    title: fc.oneof(fc.string(), fc.constant(null)),
    url: fc.string(),
    body: fc.oneof(fc.string(), fc.integer()),
    tags: fc.oneof(fc.array(fc.string()), fc.string()),
    products: fc.array(fc.oneof(fc.string(), fc.integer())),
    locale: fc.string(),
  },
  { requiredKeys: [] },
);

describe('any input', () => {
  it('any JSON value passed as articles either builds or throws a kikubari: error', () => {
    fc.assert(fc.property(fc.jsonValue(), buildsOrExplains), { numRuns: 500 });
  });

  it('any list of near-articles either builds or throws a kikubari: error naming the field', () => {
    fc.assert(fc.property(fc.array(almostArticle, { maxLength: 5 }), buildsOrExplains), { numRuns: 1000 });
  }, 30000);

  it('any query on a built index returns indexed articles only, best first, with short snippets', () => {
    const article = fc.record({
      id: fc.uuid(),
      title: fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })).filter((s) => !!s.trim()),
      url: fc.constant('/a'),
      body: fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
      tags: fc.array(fc.string({ minLength: 1 }).filter((s) => !!s.trim()), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(article, { selector: (a) => a.id, maxLength: 8 }), fc.string(), fc.string({ unit: 'binary', maxLength: 20 }), (articles, q1, q2) => {
        const s = createArticleSearch(articles);
        const known = new Set(articles.map((a) => a.id));
        for (const q of [q1, q2, articles[0] ? articles[0].title : '']) {
          const r = s.search(q, { limit: 5 });
          expect(r.length).toBeLessThanOrEqual(5);
          for (const hit of r) {
            expect(known.has(hit.id)).toBe(true);
            expect(Number.isFinite(hit.score) && hit.score > 0).toBe(true);
            if (hit.snippet) expect(hit.snippet.length).toBeLessThanOrEqual(160);
          }
          for (let i = 1; i < r.length; i++) expect(r[i - 1]!.score).toBeGreaterThanOrEqual(r[i]!.score);
        }
        // An article's own title finds it.
        if (articles[0] && /[\p{L}\p{N}]/u.test(articles[0].title)) expect(s.search(articles[0].title, { limit: 100 }).map((h) => h.id)).toContain(articles[0].id);
      }),
      { numRuns: 200 },
    );
  }, 30000);
});
