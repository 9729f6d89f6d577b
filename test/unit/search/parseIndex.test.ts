// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIndex } from '../../../src/search/parseIndex';

describe('parseIndex', () => {
  it('reads the one-article-per-line layout the CLI writes', async () => {
    expect(await parseIndex('[\n{"id":"1"},\n{"id":"2"}\n]\n')).toEqual([{ id: '1' }, { id: '2' }]);
  });

  it('reads any other JSON whole: one line, pretty-printed, an object', async () => {
    expect(await parseIndex('[{"id":"1"}]')).toEqual([{ id: '1' }]);
    expect(await parseIndex('[\n  {\n    "id": "1"\n  }\n]')).toEqual([{ id: '1' }]);
    expect(await parseIndex('[\n{"a":1,\n"b":2}\n]')).toEqual([{ a: 1, b: 2 }]);
    expect(await parseIndex('{"articles":[]}')).toEqual({ articles: [] });
  });

  it('rejects text that is not JSON with the parser error', async () => {
    await expect(parseIndex('[\n{"id":\n')).rejects.toBeInstanceOf(SyntaxError);
    await expect(parseIndex('<html>')).rejects.toBeInstanceOf(SyntaxError);
  });
});
