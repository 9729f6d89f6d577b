// @vitest-environment node
// Size claims of `kikubari index --prebuilt` (README "Articles and the index CLI"): asserted, like
// the size budgets, because a format that grows on the wire is a regression. On real text only:
// Japanese paragraphs nobody on this project wrote (../shared/data, read from there, never
// copied), and English documentation prose (the READMEs of the packages in node_modules, split
// at their headings like help articles, code blocks left out as a help center has few).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatIndex } from '../../../src/cli/formatIndex';
import { formatPrebuiltIndex } from '../../../src/cli/formatPrebuiltIndex';
import { markdownToText } from '../../../src/cli/markdownToText';
import type { Article } from '../../../src/types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'data');
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const ratio = (articles: Article[]) => gz(formatPrebuiltIndex(articles)) / gz(formatIndex(articles));

/** JSQuAD (valid) and JaQuAD (dev): 2,576 Wikipedia paragraphs, as articles. */
function japanese(): Article[] {
  return ['jsquad-valid', 'jaquad-dev'].flatMap((set) =>
    readFileSync(join(DATA, set, 'corpus.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { _id: string; title: string; text: string })
      .map((d) => ({ id: set + '-' + d._id, title: d.title, url: '/hc/ja/articles/' + d._id, locale: 'ja', body: d.text })),
  );
}

/** The first `n` sections of 200 characters or more of the READMEs in node_modules, in package order. */
function english(n: number): Article[] {
  const dir = join(ROOT, 'node_modules');
  const packages = readdirSync(dir)
    .filter((p) => !p.startsWith('.'))
    .flatMap((p) => (p.startsWith('@') ? readdirSync(join(dir, p)).map((q) => p + '/' + q) : [p]))
    .sort();
  const out: Article[] = [];
  for (const p of packages) {
    const readme = existsSync(join(dir, p)) && readdirSync(join(dir, p)).find((f) => /^readme\.md$/i.test(f));
    if (!readme) continue;
    const md = readFileSync(join(dir, p, readme), 'utf8').replace(/\r\n?/g, '\n').replace(/^ {0,3}(```|~~~)[^]*?^ {0,3}\1.*$/gm, '');
    for (const section of md.split(/\n(?=#{1,6} )/)) {
      const [head, ...rest] = section.split('\n');
      const title = markdownToText(head!).trim();
      const body = markdownToText(rest.join('\n')).trim();
      if (title && body.length >= 200) out.push({ id: String(out.length), title: title.slice(0, 300), url: '/hc/en/articles/' + out.length, locale: 'en', body: body.slice(0, 20000) });
      if (out.length == n) return out;
    }
  }
  return out;
}

describe('a prebuilt index on the wire (gzip -9)', () => {
  it.skipIf(!existsSync(DATA))('is no bigger than the plain article list for a large Japanese help center (2,576 real paragraphs: 0.81×)', () => {
    const articles = japanese();
    expect(articles).toHaveLength(2576);
    expect(ratio(articles)).toBeLessThanOrEqual(1);
  }, 30_000); // segmenting thousands of paragraphs: seconds on a busy machine, and time is not what is tested

  it('is no bigger than the plain article list for a large English help center (1,000 sections of documentation: 0.95×)', () => {
    const articles = english(1000);
    expect(articles).toHaveLength(1000);
    expect(ratio(articles)).toBeLessThanOrEqual(1);
  }, 30_000); // segmenting thousands of paragraphs: seconds on a busy machine, and time is not what is tested

  it('is bigger for a few articles, where the dictionary cannot pay for itself (the CLI then writes the plain list)', () => {
    expect(ratio(english(20))).toBeGreaterThan(1);
  });
});
