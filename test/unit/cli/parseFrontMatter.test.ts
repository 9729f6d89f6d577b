// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/cli/parseFrontMatter';

const fm = (lines: string[], body = 'Body') => parseFrontMatter(['---', ...lines, '---', body].join('\n'));

describe('parseFrontMatter', () => {
  it("reads the demo store's format exactly", () => {
    const { data, body } = parseFrontMatter(
      '---\nid: "1001"\ntitle: How to descale your Aero Kettle\nurl: /hc/en/articles/1001-descale-aero-kettle\nlocale: en\ntags: [descaling, cleaning, limescale]\nproducts: [AK-1]\n---\nMarkdown body…\n',
    );
    expect({ ...data }).toEqual({
      id: '1001',
      title: 'How to descale your Aero Kettle',
      url: '/hc/en/articles/1001-descale-aero-kettle',
      locale: 'en',
      tags: ['descaling', 'cleaning', 'limescale'],
      products: ['AK-1'],
    });
    expect(body).toBe('Markdown body…\n');
  });

  it('reads quoted strings with their escapes, and keeps colons and hashes inside values', () => {
    const { data } = fm(['a: "say \\"hi\\"\\n"', "b: 'it''s'", 'c: How to: descale # a comment', 'd: "#1 tip"', 'e: C# basics']);
    expect({ ...data }).toEqual({ a: 'say "hi"\n', b: "it's", c: 'How to: descale', d: '#1 tip', e: 'C# basics' });
  });

  it('reads flow lists with quoted items, and block lists', () => {
    const { data } = fm(['tags: ["a, b", \'c\', d ]', 'empty: []', 'products:', '  - AK-1', '  - "AK-2"', 'locale: ja']);
    expect({ ...data }).toEqual({ tags: ['a, b', 'c', 'd'], empty: [], products: ['AK-1', 'AK-2'], locale: 'ja' });
  });

  it('treats a key with nothing after it as empty', () => {
    expect(fm(['url:', 'title: T']).data.url).toBe('');
  });

  it('skips comments and blank lines, and accepts CRLF and a byte-order mark', () => {
    expect({ ...parseFrontMatter('\uFEFF---\r\n# note\r\n\r\nid: x\r\n---\r\nB').data }).toEqual({ id: 'x' });
  });

  it('returns the whole text as body when there is no front matter', () => {
    expect(parseFrontMatter('# Title\nText')).toEqual({ data: {}, body: '# Title\nText' });
  });

  it('treats __proto__ as an ordinary key', () => {
    const { data } = fm(['__proto__: x', 'constructor: y']);
    expect(data.__proto__).toBe('x');
    expect(Object.getPrototypeOf(data)).toBe(null);
  });

  it('rejects what it cannot read, naming the line', () => {
    const cases: [string[], string][] = [
      [['title How to reset'], 'front matter line 2: expected "key: value", got "title How to reset"'],
      [['title: "unterminated'], 'front matter line 2: unterminated "quoted string"'],
      [['tags: [a, "b]'], 'front matter line 2: cannot read the list'],
      [['tags: [a, b'], 'front matter line 2: a list must end with "]"'],
      [['body: |'], 'front matter line 2: block text (| or >) is not supported'],
      [['id: 1', 'id: 2'], 'front matter line 3: "id" is given twice'],
      [['- stray'], 'front matter line 2: a "- item" line must follow a "key:" line'],
      [['nested:', '  key: value'], 'front matter line 3: expected "key: value"'],
    ];
    for (const [lines, message] of cases) expect(() => fm(lines), lines.join('|')).toThrow(message);
    expect(() => parseFrontMatter('---\nid: 1\nno end')).toThrow('front matter starts with --- on line 1 but has no closing --- line');
  });
});
