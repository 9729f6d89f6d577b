import { isObj } from '../lib/check';
import { decodeEntities, htmlToText } from '../search/htmlToText';
import { joinUrl } from './joinUrl';
import type { FileRead, ReadOptions, SourceFile } from './types';
import { withoutTitle } from './withoutTitle';

/** The attributes of one start tag, names lower-cased, values decoded. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [, name, a, b, c] of tag.replace(/^<[^\s>/]+/, '').matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g))
    out[name!.toLowerCase()] = decodeEntities(a ?? b ?? c ?? '');
  return out;
}

/** Every start tag `<name …>` in `html`, as attribute maps. */
const tags = (html: string, name: string) => [...html.matchAll(new RegExp('<' + name + '\\b[^>]*>', 'gi'))].map((m) => attributes(m[0]));

/** The inner HTML of the outermost `<name>` element (first opening to last closing tag). */
function element(html: string, name: string): string | undefined {
  const open = new RegExp('<' + name + '\\b[^>]*>', 'i').exec(html);
  const close = html.toLowerCase().lastIndexOf('</' + name);
  return open && close > open.index ? html.slice(open.index + open[0].length, close) : undefined;
}

/** schema.org nodes from the page's JSON-LD blocks, flattened (arrays, `@graph`). */
function jsonLd(html: string, warnings: string[]): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      nodes.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  let n = 0;
  for (const m of html.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    n++;
    try {
      visit(JSON.parse(m[1]!));
    } catch {
      warnings.push('JSON-LD block ' + n + ' is not valid JSON; ignored');
    }
  }
  return nodes;
}

const ARTICLE_TYPES = /^(Article|TechArticle|NewsArticle|BlogPosting|FAQPage|HowTo|QAPage|WebPage)$/;
const text = (v: unknown): string | undefined => (typeof v == 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v == 'string' ? v.split(',') : []).map((s) => (typeof s == 'string' ? s.trim() : '')).filter(Boolean);

/**
 * One article from an HTML help page. Read with regular expressions (no DOM in Node):
 * - title: JSON-LD `headline`, else the first `<h1>` of the content, else `<title>`;
 * - body: the text of `<main>`, else `<article>`, else `<body>`, without `nav`, `header`,
 *   `footer`, `aside`, `form`, scripts and styles;
 * - url: `<link rel="canonical">`, else the JSON-LD `url`, else `--base-url` + the file's path;
 * - tags: JSON-LD `keywords`, else `<meta name="keywords">`; products: the `sku` of any
 *   JSON-LD `about`/`mentions` Product; locale: JSON-LD `inLanguage`, else `<html lang>`;
 * - id: the file's path without extension.
 * A page marked `<meta name="robots" content="noindex">` is skipped. Throws an `Error` when
 * the page has no title or no URL.
 *
 * @example
 * readHtml({ text: html, path: 'site/descale.html', stem: 'descale', rel: 'descale.html' }, {}).articles[0].url // 'https://help.example.com/descale'
 */
export function readHtml(file: SourceFile, options: ReadOptions): FileRead {
  const html = file.text;
  const warnings: string[] = [];
  const meta = (name: string) => text(tags(html, 'meta').find((m) => (m.name || m.property || '').toLowerCase() == name)?.content);
  if (/noindex/i.test(meta('robots') || '')) return { articles: [], warnings: ['robots noindex, skipped'] };
  const ld = jsonLd(html, warnings);
  const node = ld.find((n) => ARTICLE_TYPES.test(String(n['@type'])) && n.headline) || ld.find((n) => n.headline) || ld.find((n) => ARTICLE_TYPES.test(String(n['@type']))) || {};

  const main = element(html, 'main') ?? element(html, 'article') ?? element(html, 'body') ?? html;
  const content = main.replace(/<(nav|header|footer|aside|form|script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const h1 = element(content, 'h1') ?? element(main, 'h1');
  const title = text(node.headline) || (h1 && text(htmlToText(h1))) || text(htmlToText(element(html, 'title') || ''));
  if (!title) throw new Error('no title: the page has no JSON-LD headline, <h1> or <title>');

  const canonical = tags(html, 'link').find((l) => (l.rel || '').toLowerCase().split(/\s+/).includes('canonical'));
  let url = text(canonical && canonical.href) || text(node.url);
  if (!url) {
    if (!options.baseUrl) throw new Error('no url: add <link rel="canonical" href="…">, or pass --base-url');
    url = joinUrl(options.baseUrl, file.rel);
    warnings.push('no canonical URL; using ' + url);
  }
  const keywords = list(node.keywords);
  const products = [node.about, node.mentions]
    .flat()
    .filter(isObj)
    .flatMap((p) => list(p.sku));
  const locale = text(node.inLanguage) || text(tags(html, 'html')[0]?.lang);

  const article: Record<string, unknown> = { id: file.stem, title, url, body: withoutTitle(htmlToText(content), title) };
  const tagList = keywords.length ? keywords : list(meta('keywords'));
  if (tagList.length) article.tags = tagList;
  if (products.length) article.products = products;
  if (locale) article.locale = locale;
  return { articles: [article], warnings };
}
