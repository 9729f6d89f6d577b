import { closest } from '../lib/closest';
import { markdownToText } from './markdownToText';
import { parseFrontMatter } from './parseFrontMatter';
import { joinUrl } from './joinUrl';
import type { FileRead, ReadOptions, SourceFile } from './types';
import { withoutTitle } from './withoutTitle';

const KEYS = ['id', 'title', 'url', 'locale', 'tags', 'products', 'draft'];

/**
 * One article from a Markdown file with front matter:
 *
 * ```
 * ---
 * id: "1001"
 * title: How to descale your Aero Kettle
 * url: /hc/en/articles/1001-descale-aero-kettle
 * locale: en
 * tags: [descaling, cleaning, limescale]
 * products: [AK-1]
 * ---
 * Markdown body…
 * ```
 *
 * `id` defaults to the file's path without extension, `title` to the first `# heading`, and
 * `url` to `--base-url` + that path; `draft: true` skips the file. Other keys are ignored,
 * with a "did you mean" when one looks like a typo. Throws an `Error` for what makes the file
 * unusable (bad front matter, no title, no URL).
 *
 * @example
 * readMarkdown({ text, path: 'kb/descale.md', stem: 'descale', rel: 'descale.md' }, {}).articles[0].id // '1001'
 */
export function readMarkdown(file: SourceFile, options: ReadOptions): FileRead {
  const { data, body } = parseFrontMatter(file.text);
  const warnings: string[] = [];
  for (const k in data) {
    const near = !KEYS.includes(k) && closest(k, KEYS);
    if (near) warnings.push('front matter "' + k + '" is not a field kikubari reads; did you mean "' + near + '"?');
  }
  const one = (k: string): string | undefined => {
    const v = data[k];
    if (Array.isArray(v)) throw new Error('front matter "' + k + '" must be one value, not a list');
    return v || undefined;
  };
  const many = (k: string): string[] | undefined => {
    const v = data[k];
    return v === undefined || v === '' ? undefined : Array.isArray(v) ? v : [v];
  };
  if (one('draft') == 'true') return { articles: [], warnings: ['draft: true, skipped'] };
  const heading = /^ {0,3}#\s+(.+?)(\s+#+)?\s*$/m.exec(body);
  const title = one('title') || (heading && markdownToText(heading[1]!));
  if (!title) throw new Error('no title: add "title:" to the front matter or a "# heading" to the text');
  let url = one('url');
  if (!url) {
    if (!options.baseUrl) throw new Error('no url: add "url:" to the front matter, or pass --base-url');
    url = joinUrl(options.baseUrl, file.rel.replace(/\.[^./]+$/, ''));
  }
  const article: Record<string, unknown> = { id: one('id') || file.stem, title, url, body: withoutTitle(markdownToText(body), title) };
  const locale = one('locale');
  const tags = many('tags');
  const products = many('products');
  if (locale) article.locale = locale;
  if (tags) article.tags = tags;
  if (products) article.products = products;
  return { articles: [article], warnings };
}
