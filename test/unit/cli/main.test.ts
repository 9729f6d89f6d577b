// @vitest-environment node
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { createArticleProvider } from '../../../src/search/articleSource';

const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kikubari-cli-'));
  cpSync(FIXTURES, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const BASE = ['--base-url', 'https://help.example.com'];

describe('kikubari index', () => {
  it('builds an index from Markdown, HTML and a Zendesk export, reporting counts per file', async () => {
    const r = await run('index', 'good', '--out', 'public/kb-index.json', ...BASE);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('  ✓ good/markdown/1001-descale-aero-kettle.md: 1 article\n');
    expect(r.stderr).toContain('  ✓ good/html/descale-brew-pro.html: 1 article\n');
    expect(r.stderr).toContain('  ! good/zendesk/articles.json: 2 articles\n      1 draft skipped\n');
    expect(r.stderr).toContain('7 articles from 6 files (2 HTML, 3 Markdown, 1 Zendesk export); 2 warnings.\n');
    expect(r.stderr).toMatch(/Wrote public\/kb-index\.json: [\d.]+ KB \([\d.]+ KB gzip\)\.\n$/);
    const index = JSON.parse(readFileSync(join(dir, 'public/kb-index.json'), 'utf8'));
    expect(index.map((a: { id: string }) => a.id)).toEqual(['html/descale-brew-pro', 'html/warranty', '1001', '2001', 'markdown/lid-will-not-close', '360001234567', '360001234568']);
  });

  it('writes one article per line, which the widget loads and searches', async () => {
    await run('index', 'good', '--out', 'kb.json', ...BASE);
    const text = readFileSync(join(dir, 'kb.json'), 'utf8');
    expect(text.split('\n')).toHaveLength(7 + 3);
    const provider = createArticleProvider('/kb.json', { fetch: (async () => new Response(text)) as unknown as typeof fetch });
    expect((await provider.search('descale', { products: ['AK-1'], locale: 'en' }))[0]!.id).toBe('1001');
    expect((await provider.search('湯あか', { locale: 'ja' }))[0]!.id).toBe('2001');
  });

  it('--prebuilt writes an index the widget loads without segmenting Japanese, and --check reads it', async () => {
    // 400 Japanese articles: enough for the prebuilt index to be the smaller one.
    const WORDS = 'ケトル ふた ヒンジ 湯あか フィルター 水 沸騰 保証 返品 返金 注文 電源 ランプ ボタン 掃除 タンク ハンドル 台座 スイッチ 温度'.split(' ');
    let seed = 7;
    const words = (n: number, sep: string) => Array.from({ length: n }, () => WORDS[(seed = (seed * 16807) % 2147483647) % WORDS.length]).join(sep);
    mkdirSync(join(dir, 'ja'));
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, 'ja', i + '.md'), `---\nid: "j${i}"\ntitle: ${words(3, 'の')}について\nlocale: ja\n---\n${words(60, 'を')}。\n`);
    writeFileSync(join(dir, 'ja', 'lid.md'), '---\nid: "lid"\ntitle: ふたが閉まらないとき\nlocale: ja\nproducts: [AK-1]\n---\nヒンジを拭いてから押してください。\n');
    const r = await run('index', 'good', 'ja', '--out', 'kb.json', '--prebuilt', ...BASE);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Wrote kb\.json: [\d.]+ KB \([\d.]+ KB gzip\)\.\n$/);
    const text = readFileSync(join(dir, 'kb.json'), 'utf8');
    expect(text.split('\n')[1]).toBe('{"kikubari":"index","v":2},');
    const provider = createArticleProvider('/kb.json', { fetch: (async () => new Response(text)) as unknown as typeof fetch });
    expect((await provider.search('descale', { products: ['AK-1'], locale: 'en' }))[0]!.id).toBe('1001');
    expect((await provider.search('ふたが閉まらない', { locale: 'ja' }))[0]!.id).toBe('lid');
    expect((await run('index', '--check', 'kb.json')).stderr).toBe('  ✓ kb.json: prebuilt, 408 articles (en 3, ja-JP 1, ja 402, en-us 2); 6 name products\n');
  });

  it('--split writes a folder the widget searches a question at a time, and --check reads every file of it', async () => {
    const r = await run('index', 'good', '--split', '--out', 'public/kb', ...BASE);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Wrote public\/kb\/index\.json: [\d.]+ KB \([\d.]+ KB gzip\), loaded as the panel opens; public\/kb\/[0-9a-f]{8}\/: \d+ files, [\d.]+ KB, fetched a few at a time by each question\.\nSet articles: "\/…\/kb\/index\.json"/);
    const kb = join(dir, 'public/kb');
    const fetch = (async (url: string) => new Response(readFileSync(join(kb, String(url).replace('/kb/', '')), 'utf8'))) as unknown as typeof globalThis.fetch;
    const provider = createArticleProvider('/kb/index.json', { fetch });
    expect((await provider.search('descale', { products: ['AK-1'], locale: 'en' }))[0]!.id).toBe('1001');
    expect((await provider.search('湯あか', { locale: 'ja' }))[0]!.id).toBe('2001');
    expect(provider.get('2001')!.body).toContain('クエン酸');
    expect((await run('index', '--check', 'public/kb/index.json')).stderr).toMatch(/^  ✓ public\/kb\/index.json: split, 7 articles \(.*\); \d name products, \d+ shards\n$/);
    const folder = JSON.parse(readFileSync(join(kb, 'index.json'), 'utf8'))[0].build;
    writeFileSync(join(kb, folder, 't', '0.json'), '["x",[1]]');
    expect((await run('index', '--check', 'public/kb/index.json')).stderr).toMatch(/^  ✗ public\/kb\/index.json: shard 0 "x" must be postings of articles 0 to 6 \(got an array of 1\)\n$/);
    expect((await run('index', 'good', '--split', '--prebuilt')).code).toBe(2);
  });

  it('--prebuilt writes the plain list where that is smaller on the wire (a few articles), and says so', async () => {
    const r = await run('index', 'good', '--out', 'kb.json', '--prebuilt', ...BASE);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Wrote kb\.json: [\d.]+ KB \([\d.]+ KB gzip; the plain list: a prebuilt index would be [\d.]+× its size for so few articles\)\.\n$/);
    expect(readFileSync(join(dir, 'kb.json'), 'utf8')).toBe((await run('index', 'good', '--out', '-', ...BASE)).stdout);
  });

  it('writes the index to standard output with --out -', async () => {
    const r = await run('index', 'good/zendesk/articles.json', '--out', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('gives articles without a locale the --locale one', async () => {
    const r = await run('index', 'good/html/descale-brew-pro.html', 'good/markdown/lid-will-not-close.md', '--locale', 'fr', '-o', '-');
    expect(JSON.parse(r.stdout).map((a: { locale: string }) => a.locale)).toEqual(['en', 'en']);
    writeFileSync(join(dir, 'plain.md'), '---\ntitle: Plain\nurl: /plain\n---\nText');
    expect(JSON.parse((await run('index', 'plain.md', '--locale', 'fr', '-o', '-')).stdout)[0].locale).toBe('fr');
  });

  it('exits 1 and writes nothing when a page names no URL and there is no --base-url', async () => {
    const r = await run('index', 'good', '--out', 'kb.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('  ✗ good/html/warranty.html: 0 articles\n      error: no url: add <link rel="canonical" href="…">, or pass --base-url\n');
    expect(r.stderr).toContain('Nothing written');
    expect(existsSync(join(dir, 'kb.json'))).toBe(false);
  });

  it('reports every broken file with what is wrong, and exits 1', async () => {
    const r = await run('index', 'broken', '--out', 'kb.json');
    expect(r.code).toBe(1);
    for (const line of [
      '✗ broken/bad-front-matter.md: 0 articles\n      error: front matter line 3: expected "key: value", got "title How to reset the kettle"',
      '✗ broken/unclosed-front-matter.md: 0 articles\n      error: front matter starts with --- on line 1 but has no closing --- line',
      '✗ broken/unterminated-list.md: 0 articles\n      error: front matter line 5: cannot read the list [descaling, "cleaning] (a stray quote?)',
      '✗ broken/no-url.md: 0 articles\n      error: no url',
      '✗ broken/no-title.html: 0 articles\n      error: no title',
      '✗ broken/not-json.json: 0 articles\n      error: not valid JSON',
      '✗ broken/zendesk-bad-article.json: 0 articles\n      error: articles[0].title must be a non-empty string (got "")',
      '- broken/not-zendesk.json\n      JSON that is not a Zendesk articles export; skipped',
    ])
      expect(r.stderr).toContain(line);
    expect(existsSync(join(dir, 'kb.json'))).toBe(false);
  });

  it('rejects a duplicate id across files, naming both files', async () => {
    const r = await run('index', 'good/markdown', 'broken/duplicate-id.md', '-o', 'kb.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: article id "1001" is also the id of an article in good/markdown/1001-descale-aero-kettle.md; ids must be unique');
  });

  it('rejects a JSON file named on the command line that is not a Zendesk export', async () => {
    const r = await run('index', 'broken/not-zendesk.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: not a Zendesk Help Center articles export');
  });

  it('exits 1 when there are no articles, or no such input', async () => {
    mkdirSync(join(dir, 'empty'));
    expect((await run('index', 'empty')).stderr).toContain('no Markdown, HTML or JSON files in empty');
    const missing = await run('index', 'nowhere');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere: no such file or folder');
  });

  it('never reads its own output back in on a second run', async () => {
    expect((await run('index', 'good', '--out', 'good/kb-index.json', ...BASE)).code).toBe(0);
    const again = await run('index', 'good', '--out', 'good/kb-index.json', ...BASE);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/^  . good\/kb-index\.json/m);
    expect(again.stderr).toContain('7 articles from 6 files');
  });

  it('--check accepts an index the widget would load and rejects one it would not', async () => {
    await run('index', 'good', '--out', 'kb.json', ...BASE);
    const ok = await run('index', '--check', 'kb.json');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('  ✓ kb.json: 7 articles (en 3, ja-JP 1, ja 1, en-us 2); 5 name products\n');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ id: 'a', title: 'A', url: '/a' }, { id: 'a', title: 'B', url: '/b' }]));
    const bad = await run('index', '--check', 'bad.json', 'broken/not-json.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('✗ bad.json: articles[1].id "a" is already the id of articles[0]; ids must be unique');
    expect(bad.stderr).toContain('✗ broken/not-json.json: not valid JSON');
  });

  it('exits 2 with the usage for a bad command line, and 0 for --help', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('build', 'docs')).stderr).toContain('unknown command "build"');
    expect((await run('index', 'good', '--bogus')).code).toBe(2);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: kikubari index');
  });
});

describe('kikubari index --base-url: base + the file\'s path as written, relative to the current folder', () => {
  const page = (title: string) => '<html lang="en"><head><title>' + title + '</title></head><body><article><h1>' + title + '</h1><p>Text about ' + title + '.</p></article></body></html>';
  const urls = async (...inputs: string[]) => {
    const r = await run('index', ...inputs, '--base-url', 'https://lumen.example', '-o', '-');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout).map((a: { url: string }) => a.url);
  };
  beforeEach(() => {
    mkdirSync(join(dir, 'help/lamps'), { recursive: true });
    writeFileSync(join(dir, 'help/flicker.html'), page('Flicker'));
    writeFileSync(join(dir, 'help/lamps/dimmer.html'), page('Dimmer'));
    writeFileSync(join(dir, 'help/lamps/bulbs.md'), '# Bulbs\n\nWhich bulbs fit.');
  });

  it('one file: base + its folder and name', async () => {
    expect(await urls('help/flicker.html')).toEqual(['https://lumen.example/help/flicker.html']);
  });

  it('files a shell glob expanded (help/*.html): each keeps its folder', async () => {
    expect(await urls('help/flicker.html', 'help/lamps/dimmer.html')).toEqual(['https://lumen.example/help/flicker.html', 'https://lumen.example/help/lamps/dimmer.html']);
  });

  it('a folder: every file below it with the folder name in front', async () => {
    expect(await urls('help')).toEqual(['https://lumen.example/help/flicker.html', 'https://lumen.example/help/lamps/bulbs', 'https://lumen.example/help/lamps/dimmer.html']);
  });

  it('a path written with ./ or a trailing slash gives the same URLs', async () => {
    expect(await urls('./help/lamps/')).toEqual(['https://lumen.example/help/lamps/bulbs', 'https://lumen.example/help/lamps/dimmer.html']);
  });

  it('a Markdown file: the path without its extension', async () => {
    expect(await urls('help/lamps/bulbs.md')).toEqual(['https://lumen.example/help/lamps/bulbs']);
  });

  it('a file outside the current folder: its path below the input\'s folder', async () => {
    let out = '';
    const code = await main(['index', '../flicker.html', '--base-url', 'https://lumen.example', '-o', '-'], { cwd: join(dir, 'help/lamps'), stdout: (t) => (out += t), stderr: () => {} });
    expect(code).toBe(0);
    expect(JSON.parse(out)[0].url).toBe('https://lumen.example/flicker.html');
  });
});
