import { describe, expect, it } from 'vitest';
import { readIndex } from '../../../src/search/readIndex';

/** A response whose body arrives in the given pieces, as a network would deliver it. */
const response = (...pieces: string[]) =>
  new Response(
    new ReadableStream({
      start(c) {
        const enc = new TextEncoder();
        for (const p of pieces) c.enqueue(enc.encode(p));
        c.close();
      },
    }),
  );

describe('reading an index from the network', () => {
  const articles = [
    { id: '1', title: 'Descale', url: '/1', body: 'クエン酸で湯あかを落とす' },
    { id: '2', title: 'Lid', url: '/2' },
  ];
  const lines = '[\n' + articles.map((a) => JSON.stringify(a)).join(',\n') + '\n]\n';

  it('parses one article per line however the body is cut, even inside a character', () => {
    const bytes = new TextEncoder().encode(lines);
    const cut = [5, 40, 41, 42, bytes.length - 3];
    // Cut the bytes, not the text: a multi-byte character may be split across pieces.
    const r = new Response(
      new ReadableStream({
        start(c) {
          let from = 0;
          for (const to of cut.concat(bytes.length)) (c.enqueue(bytes.slice(from, to)), (from = to));
          c.close();
        },
      }),
    );
    return expect(readIndex(r)).resolves.toEqual(articles);
  });

  it('hands over the first item as soon as its line has arrived, before the rest (a split index’s reader is fetched then)', async () => {
    let rest!: () => void;
    const later = new Promise<void>((r) => (rest = r));
    const seen: unknown[] = [];
    const enc = new TextEncoder();
    const r = new Response(
      new ReadableStream({
        async start(c) {
          c.enqueue(enc.encode(lines.slice(0, lines.indexOf('\n', 2) + 1)));
          await later;
          c.enqueue(enc.encode(lines.slice(lines.indexOf('\n', 2) + 1)));
          c.close();
        },
      }),
    );
    const read = readIndex(r, (first) => seen.push(first));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([articles[0]]);
    rest();
    await expect(read).resolves.toEqual(articles);
    expect(seen).toHaveLength(1);
  });

  it('parses any other JSON whole: pretty-printed, an object, Zendesk’s shape', async () => {
    await expect(readIndex(response(JSON.stringify(articles, null, 2)))).resolves.toEqual(articles);
    await expect(readIndex(response('[\n{\n  "id": "1",\n', '  "title": "x", "url": "/x"\n}\n]'))).resolves.toEqual([{ id: '1', title: 'x', url: '/x' }]);
    await expect(readIndex(response('{"results": []}'))).resolves.toEqual({ results: [] });
  });

  it('rejects with a SyntaxError when the text is not JSON', async () => {
    await expect(readIndex(response('<html>Not found</html>'))).rejects.toBeInstanceOf(SyntaxError);
    await expect(readIndex(response('[\n{"id":"1","title":"x","url":"/x"},\n{"id": broken\n]'))).rejects.toBeInstanceOf(SyntaxError);
  });
});
