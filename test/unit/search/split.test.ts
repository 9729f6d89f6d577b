// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatSplitIndex } from '../../../src/cli/formatSplitIndex';
import { createArticleProvider } from '../../../src/search/articleSource';
import { createArticleSearch } from '../../../src/search/createArticleSearch';
import { hasLine, prefixFileOf, shardOf } from '../../../src/search/split';
import type { Article } from '../../../src/types';
import { ARTICLES, MORE } from './fixtures';

const QUERIES = ['how do I descale the kettle', 'desc', 'de', '湯あかの落とし方', 'ふたが閉まらない', 'ふ', 'ケトル', 'インターナショナル', 'USB', ''];
const OPTIONS = [{ products: ['AK-1'], locale: 'ja', topics: ['cleaning'] }, { limit: 50 }, { locale: 'en' }, { products: ['AK-1'] }, { topics: ['湯あか', 'descaling'], limit: 3 }];
const ALL = [...ARTICLES, ...MORE];

/** A split index of `articles` served at /kb/: a fetch that answers from its files, and the paths asked for. */
function served(articles: Article[], shardPostings?: number, change?: (files: Map<string, string>) => void) {
  const files = formatSplitIndex(articles, shardPostings);
  change?.(files);
  const asked: string[] = [];
  const fetch = (async (url: string) => {
    const path = String(url).replace(/^\/kb\//, '');
    asked.push(path);
    const text = files.get(path);
    return text === undefined ? new Response('not found', { status: 404 }) : new Response(text);
  }) as unknown as typeof globalThis.fetch;
  const build = JSON.parse(files.get('index.json')!.split('\n')[1]!.replace(/,$/, '')).build as string;
  return { files, asked, fetch, build };
}

describe('a split index (kikubari index --split)', () => {
  it('answers every question exactly like the index in memory built from the same articles: scores, order, snippets, whole articles', async () => {
    const plain = createArticleSearch(ALL);
    for (const shardPostings of [undefined, 8]) {
      const { fetch } = served(ALL, shardPostings);
      // A first question in Japanese is cut with the words' text (a binary search), before their set is made.
      for (const q of ['湯あかの落とし方', 'ふたが閉まらない'])
        expect(await createArticleProvider('/kb/index.json', { fetch }).search(q, OPTIONS[0])).toEqual(plain.search(q, OPTIONS[0]));
      const split = createArticleProvider('/kb/index.json', { fetch });
      for (const q of QUERIES)
        for (const o of OPTIONS) {
          const hits = await split.search(q, o);
          expect(hits, JSON.stringify([q, o])).toEqual(plain.search(q, o));
          for (const h of hits) expect(split.get(h.id)).toEqual(plain.get(h.id));
        }
      expect(split.words()!.has('_ふた')).toBe(true);
    }
  });

  it('fetches only the shards a question’s terms are in, the terms the word being typed begins, and the bodies of the articles it answers with, once', async () => {
    const { fetch, asked, build, files } = served(ALL, 8);
    const shards = [...files.keys()].filter((f) => f.includes('/t/')).length;
    expect(shards).toBeGreaterThan(16);
    const p = createArticleProvider('/kb/index.json', { fetch });
    const hits = await p.search('descale?', { limit: 2 });
    expect(hits.map((h) => h.id)).toEqual(createArticleSearch(ALL).search('descale?', { limit: 2 }).map((h) => h.id));
    expect(asked[0]).toBe('index.json');
    expect(asked.filter((f) => f.includes('/t/'))).toEqual([build + '/t/' + shardOf('descal', shards) + '.json']);
    expect(asked.filter((f) => f.includes('/a/'))).toHaveLength(2);
    expect(p.get(hits[0]!.id)!.body).toBeTruthy();
    const before = asked.length;
    await p.search('descale?', { limit: 2 });
    expect(asked.length).toBe(before); // shards and bodies are kept
    // A word still being typed: the terms it begins are looked up in one prefix file.
    expect(await p.search('how to desc', { limit: 2 })).toEqual(createArticleSearch(ALL).search('how to desc', { limit: 2 }));
    expect(asked.filter((f) => f.includes('/p/'))).toEqual([build + '/p/' + prefixFileOf('desc', shards) + '.json']);
  });

  it('fetches the bodies of only the hits the caller picks (the widget picks the visitor’s three of thirty)', async () => {
    const { fetch, asked } = served(ALL, 8);
    const p = createArticleProvider('/kb/index.json', { fetch });
    const all = await p.search('kettle lid water filter', { limit: 30 });
    expect(all.length).toBeGreaterThan(3);
    asked.length = 0;
    const picked = await createArticleProvider('/kb/index.json', { fetch }).search('kettle lid water filter', { limit: 30 }, (hits) => hits.slice(2, 3));
    expect(picked).toEqual([all[2]]); // with its snippet, cut from the body fetched for it
    expect(asked.filter((f) => f.includes('/a/'))).toHaveLength(all[2]!.snippet ? 1 : 0);
    expect(picked[0]!.snippet).toBeTruthy();
  });

  it('names what is wrong with a damaged file, and tries a shard that failed to arrive again on the next question', async () => {
    const version = served(ALL, 8, (files) => files.set('index.json', files.get('index.json')!.replace('"v":1', '"v":9')));
    await expect(createArticleProvider('/kb/index.json', { fetch: version.fetch }).search('descale')).rejects.toMatchObject({
      code: 'malformed',
      message: expect.stringContaining('index version must be 1'),
    });

    const article = served(ALL, 8, (files) => files.set('index.json', files.get('index.json')!.replace('"title":"How to descale your Aero Kettle"', '"title":7')));
    await expect(createArticleProvider('/kb/index.json', { fetch: article.fetch }).search('lid')).rejects.toMatchObject({
      code: 'malformed',
      message: expect.stringMatching(/are not usable: articles\[\d+\]\.title must be a non-empty string/),
    });

    // The dictionary words are looked up by a binary search while the set of them is made: out of order, they are refused.
    const unsorted = served(ALL, 8, (files) => {
      const [open, head, words, ...rest] = files.get('index.json')!.split('\n');
      files.set('index.json', [open, head, JSON.stringify((JSON.parse(words!.slice(0, -1)) as string).split('\n').reverse().join('\n')) + ',', ...rest].join('\n'));
    });
    await expect(createArticleProvider('/kb/index.json', { fetch: unsorted.fetch }).search('ふたが閉まらない')).rejects.toMatchObject({
      code: 'malformed',
      message: expect.stringContaining('index words must be sorted, each once'),
    });

    let broken = '';
    const tampered = served(ALL, 8, (files) => {
      const s = shardOf('descal', [...files.keys()].filter((f) => f.includes('/t/')).length);
      broken = [...files.keys()].find((f) => f.endsWith('/t/' + s + '.json'))!;
      files.set(broken, files.get(broken)!.replace(/\[(\d+),/, '[999999,'));
    });
    await expect(createArticleProvider('/kb/index.json', { fetch: tampered.fetch }).search('descale')).rejects.toMatchObject({
      code: 'malformed',
      message: expect.stringMatching(/^kikubari: the articles from \/kb\/index.json are not usable: shard \d+ "\w+" must be postings of articles 0 to \d+/),
    });

    const { fetch, files, build } = served(ALL, 8);
    const shard = build + '/t/' + shardOf('descal', [...files.keys()].filter((f) => f.includes('/t/')).length) + '.json';
    const text = files.get(shard)!;
    files.delete(shard);
    const p = createArticleProvider('/kb/index.json', { fetch });
    await expect(p.search('descale')).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('HTTP 404') });
    files.set(shard, text);
    expect((await p.search('descale'))[0]!.title).toBe(createArticleSearch(ALL).search('descale')[0]!.title);
  });

  it('asks for a question’s shards as soon as index.json’s dictionary words have arrived, while the articles are still on their way', async () => {
    const { files, asked, build } = served(ALL, 8);
    const text = files.get('index.json')!;
    const cut = text.indexOf('\n', text.indexOf('\n', 2) + 1) + 1; // "[\n", the head's line and the words'
    let gate!: () => void;
    const shardAsked = new Promise<void>((r) => (gate = r));
    const fetch = (async (url: string) => {
      const path = String(url).replace(/^\/kb\//, '');
      asked.push(path);
      if (path.includes('/t/')) gate();
      if (path != 'index.json') return new Response(files.get(path)!);
      const [first, rest] = [text.slice(0, cut), text.slice(cut)].map((t) => new TextEncoder().encode(t));
      return new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(first);
            // The rest once a shard is asked for (or after a second: a reader that waits for the whole file).
            void Promise.race([shardAsked, new Promise((r) => setTimeout(r, 1000))]).then(() => {
              asked.push('(the rest of index.json)');
              c.enqueue(rest);
              c.close();
            });
          },
        }),
      );
    }) as unknown as typeof globalThis.fetch;
    const hits = await createArticleProvider('/kb/index.json', { fetch }).search('descale?', { limit: 2 });
    expect(hits).toEqual(createArticleSearch(ALL).search('descale?', { limit: 2 }));
    const shards = asked.filter((f) => f.startsWith(build + '/t/'));
    expect(shards).toHaveLength(1);
    expect(asked.indexOf(shards[0]!)).toBeLessThan(asked.indexOf('(the rest of index.json)'));
  });

  it('fails the question when the rest of index.json does not arrive, and loads it again for the next', async () => {
    const { files, fetch: good } = served(ALL, 8);
    const text = files.get('index.json')!;
    let cut = true;
    let loads = 0;
    const fetch = (async (url: string) => {
      if (!String(url).endsWith('/index.json') || !cut) return (loads += +String(url).endsWith('/index.json')), good(url);
      loads++;
      return new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode(text.slice(0, text.indexOf('\n', text.indexOf('\n', 2) + 1) + 1)));
            setTimeout(() => c.error(new Error('the connection was reset')), 10);
          },
        }),
      );
    }) as unknown as typeof globalThis.fetch;
    const p = createArticleProvider('/kb/index.json', { fetch });
    await expect(p.search('descale')).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('the connection was reset') });
    cut = false;
    expect(await p.search('descale')).toEqual(createArticleSearch(ALL).search('descale'));
    expect(loads).toBe(2);
  });

  it('writes the dictionary words sorted, and finds each of them (and no other text) by a binary search in them', () => {
    const words = (JSON.parse(formatSplitIndex(ALL).get('index.json')!.split('\n')[2]!.slice(0, -1)) as string).split('\n');
    expect(words.length).toBeGreaterThan(5);
    expect(words).toEqual([...words].sort());
    const lines = '\n' + words.join('\n') + '\n';
    for (const w of words) expect(hasLine(lines, w), w).toBe(true);
    for (const w of ['', 'ふ', words[0]!.slice(0, -1) || '\u0000', words[0] + 'ん', '\uffff', words.at(-1) + 'x', 'descal']) expect(hasLine(lines, w), w).toBe(words.includes(w));
    expect(hasLine('\n', 'ふた')).toBe(false);
  });

  it('keeps each build in its own folder: a new build never changes the files an older index.json points to', () => {
    const a = formatSplitIndex(ALL);
    const b = formatSplitIndex([...ALL, { id: 'new', title: 'A new article', url: '/new', body: 'New text.' }]);
    const folder = (files: Map<string, string>) => new Set([...files.keys()].filter((f) => f != 'index.json').map((f) => f.split('/')[0]));
    expect([...folder(a)]).toHaveLength(1);
    expect([...folder(b)]).toHaveLength(1);
    expect([...folder(a)][0]).not.toBe([...folder(b)][0]);
    expect(formatSplitIndex(ALL)).toEqual(a); // the same articles, the same build
  });
});
