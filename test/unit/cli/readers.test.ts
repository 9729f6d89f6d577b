// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/cli/readHtml';
import { readMarkdown } from '../../../src/cli/readMarkdown';
import { readZendesk } from '../../../src/cli/readZendesk';

const FIXTURES = new URL('../../fixtures/cli/', import.meta.url);
const text = (path: string) => readFileSync(new URL(path, FIXTURES), 'utf8');
const file = (path: string, stem: string, rel = stem + path.slice(path.lastIndexOf('.'))) => ({ text: text(path), path, stem, rel });

describe('readMarkdown', () => {
  it('reads the front matter fields and the body as plain text without the repeated title', () => {
    const { articles, warnings } = readMarkdown(file('good/markdown/1001-descale-aero-kettle.md', '1001-descale-aero-kettle'), {});
    expect(articles).toEqual([
      {
        id: '1001',
        title: 'How to descale your Aero Kettle',
        url: '/hc/en/articles/1001-descale-aero-kettle',
        locale: 'en',
        tags: ['descaling', 'cleaning', 'limescale'],
        products: ['AK-1'],
        body: expect.stringMatching(/^Limescale builds up in hard-water areas.*\nFill the kettle halfway/s),
      },
    ]);
    expect((articles[0] as { body: string }).body).not.toMatch(/[*#>\]]/);
    expect(warnings).toEqual([]);
  });

  it('takes the id from the file name when the front matter has none', () => {
    expect(readMarkdown(file('good/markdown/lid-will-not-close.md', 'lid-will-not-close'), {}).articles[0]).toMatchObject({ id: 'lid-will-not-close', title: "The lid won't close", products: ['AK-1', 'AK-2'], tags: ['lid', 'hinge'] });
  });

  it('takes the title from the first # heading, and the url from --base-url, when missing', () => {
    const f = { text: '# Reset the clock\n\nHold the button.', path: 'kb/reset.md', stem: 'kb/reset', rel: 'kb/reset.md' };
    expect(readMarkdown(f, { baseUrl: 'https://help.example.com/' }).articles[0]).toEqual({ id: 'kb/reset', title: 'Reset the clock', url: 'https://help.example.com/kb/reset', body: 'Hold the button.' });
  });

  it('fails without a url and no --base-url, and without any title', () => {
    expect(() => readMarkdown(file('broken/no-url.md', 'no-url'), {})).toThrow('no url: add "url:" to the front matter, or pass --base-url');
    expect(() => readMarkdown({ text: 'Just text', path: 'x.md', stem: 'x', rel: 'x.md' }, { baseUrl: '/' })).toThrow('no title');
  });

  it('skips drafts and warns about a front-matter key that looks like a typo', () => {
    expect(readMarkdown({ text: '---\ntitle: T\nurl: /t\ndraft: true\n---\n', path: 'd.md', stem: 'd', rel: 'd.md' }, {})).toEqual({ articles: [], warnings: ['draft: true, skipped'] });
    const r = readMarkdown({ text: '---\ntitle: T\nurl: /t\nproduct: [AK-1]\nauthor: me\n---\n', path: 'd.md', stem: 'd', rel: 'd.md' }, {});
    expect(r.warnings).toEqual(['front matter "product" is not a field kikubari reads; did you mean "products"?']);
  });
});

describe('readHtml', () => {
  it('reads title, main content, canonical URL, JSON-LD keywords, product SKU and language', () => {
    const { articles } = readHtml(file('good/html/descale-brew-pro.html', 'descale-brew-pro'), {});
    expect(articles).toEqual([
      {
        id: 'descale-brew-pro',
        title: 'Descaling the Brew Pro coffee machine',
        url: 'https://help.example.com/hc/en/articles/1002-descale-brew-pro',
        locale: 'en',
        tags: ['descaling', 'coffee machine'],
        products: ['BP-2'],
        body: 'Descaling the Brew Pro\nRun the descaling programme once a month & after long storage.\nPour the descaler into the water tank and press Clean for three seconds.',
      },
    ]);
  });

  it('leaves out navigation, header, footer, aside and scripts', () => {
    const body = (readHtml(file('good/html/descale-brew-pro.html', 'd'), {}).articles[0] as { body: string }).body;
    for (const chrome of ['Help Center', 'Site header', 'Privacy', 'trackPageView', 'grinder', 'color: red']) expect(body).not.toContain(chrome);
  });

  it('falls back to <article>, <h1> and <html lang>, and to --base-url with a warning', () => {
    const { articles, warnings } = readHtml(file('good/html/warranty.html', 'warranty'), { baseUrl: 'https://help.example.com' });
    expect(articles[0]).toEqual({ id: 'warranty', title: '保証について', url: 'https://help.example.com/warranty.html', locale: 'ja-JP', body: 'すべての製品に2年間の保証が付いています。' });
    expect(warnings).toEqual(['no canonical URL; using https://help.example.com/warranty.html']);
  });

  it('fails without a URL or a title, and skips noindex pages', () => {
    expect(() => readHtml(file('good/html/warranty.html', 'warranty'), {})).toThrow('no url: add <link rel="canonical" href="…">, or pass --base-url');
    expect(() => readHtml(file('broken/no-title.html', 'no-title'), {})).toThrow('no title');
    const noindex = '<html><head><meta name="robots" content="noindex, nofollow"><title>T</title></head><body>x</body></html>';
    expect(readHtml({ text: noindex, path: 'n.html', stem: 'n', rel: 'n.html' }, { baseUrl: '/' })).toEqual({ articles: [], warnings: ['robots noindex, skipped'] });
  });

  it('warns about a JSON-LD block that is not JSON and carries on', () => {
    const html = '<title>T</title><link rel=canonical href=/t><script type="application/ld+json">{oops</script><main>Text</main>';
    const r = readHtml({ text: html, path: 't.html', stem: 't', rel: 't.html' }, {});
    expect(r.articles[0]).toMatchObject({ title: 'T', url: '/t', body: 'Text' });
    expect(r.warnings).toEqual(['JSON-LD block 1 is not valid JSON; ignored']);
  });
});

describe('readZendesk', () => {
  it('reads a Help Center articles export and skips drafts', () => {
    const { articles, warnings } = readZendesk(text('good/zendesk/articles.json'))!;
    expect(articles).toEqual([
      { id: '360001234567', title: 'Returns and refunds', url: 'https://example.zendesk.com/hc/en-us/articles/360001234567-Returns-and-refunds', locale: 'en-us', tags: ['returns', 'refund'], body: 'You can return any item within 30 days for a full refund.\nStart a return from your order page.' },
      { id: '360001234568', title: 'Aero Kettle warranty', url: 'https://example.zendesk.com/hc/en-us/articles/360001234568-Aero-Kettle-warranty', locale: 'en-us', tags: ['warranty'], products: ['AK-1'], body: 'Every Aero Kettle comes with a two-year warranty.' },
    ]);
    expect(warnings).toEqual(['1 draft skipped']);
  });

  it('reads several pages of an export in one array', () => {
    const page = JSON.parse(text('good/zendesk/articles.json'));
    expect(readZendesk(JSON.stringify([page, page]))!.articles).toHaveLength(4);
  });

  it('fails on JSON that is not an export, or not JSON; is quiet about other JSON when asked', () => {
    expect(() => readZendesk(text('broken/not-json.json'))).toThrow(/^not valid JSON/);
    expect(() => readZendesk(text('broken/not-zendesk.json'))).toThrow('not a Zendesk Help Center articles export');
    expect(readZendesk(text('broken/not-zendesk.json'), true)).toBeUndefined();
  });
});
