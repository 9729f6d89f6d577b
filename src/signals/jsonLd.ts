import type { ProductRef } from '../types';
import { cut } from '../lib/cut';

type Node = Record<string, unknown>;

const KB_TYPES = ['TechArticle', 'Article', 'FAQPage', 'HowTo', 'QAPage'];
/** A blog post or a news story is an `Article` too, but not a help article. */
const BLOG_TYPES = ['BlogPosting', 'NewsArticle'];

/** What the page's schema.org JSON-LD says it is. Malformed blocks are skipped, never thrown. */
export interface JsonLdFacts {
  kb: boolean;
  /** The page says it is a blog post or a news story (it is not a help article, whatever else it says). */
  blog?: boolean;
  /** The product the page is, or is about (a help article's `about` or `mainEntity`). */
  product?: ProductRef;
  /** The page is the product's own page (a top-level `Product`), not a page about it. */
  productPage?: boolean;
}

const text = (v: unknown): string | undefined =>
  typeof v == 'string' && v.trim() ? cut(v.trim(), 200) : typeof v == 'number' ? String(v) : undefined;

const typesOf = (n: Node): string[] => {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x == 'string').map((x) => x.replace(/^.*[/:]/, ''));
};

/**
 * Every node in a JSON-LD value: arrays, `@graph` and nested `mainEntity`/`about` included. Nodes
 * reached through `about` (or a help article's `mainEntity`) are marked: they say what the page is
 * about, not what the page is, so a help article about a product stays a help article.
 */
function flatten(value: unknown, out: [Node, boolean][], depth = 0, topic = false): [Node, boolean][] {
  if (depth > 4 || !value || typeof value != 'object') return out;
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out, depth + 1, topic));
  else {
    const n = value as Node;
    const article = typesOf(n).some((t) => KB_TYPES.includes(t));
    out.push([n, topic]);
    flatten(n['@graph'], out, depth + 1, topic);
    flatten(n.mainEntity, out, depth + 1, topic || article);
    flatten(n.about, out, depth + 1, true);
  }
  return out;
}

export function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { kb: false };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((script) => {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent || '');
    } catch {
      return; // a broken block on the host's page is the host's problem, not an exception
    }
    for (const [node, topic] of flatten(data, [])) {
      const types = typesOf(node);
      if (types.some((t) => KB_TYPES.includes(t))) facts.kb = true;
      if (types.some((t) => BLOG_TYPES.includes(t))) facts.blog = true;
      const sku = text(node.sku) || text(node.productID) || text(node.productGroupID) || text(node.mpn);
      // A product is a Product node, or (what a page is about) any node that carries a SKU.
      if (!facts.product && (types.includes('Product') || types.includes('ProductGroup') || (topic && sku))) {
        const offers = (Array.isArray(node.offers) ? node.offers[0] : node.offers) as Node | undefined;
        const category = node.category;
        facts.product = {
          sku: sku || text(offers && offers.sku),
          name: text(node.name),
          category: text(Array.isArray(category) ? category[0] : (category as Node)?.name ?? category),
        };
        facts.productPage = !topic;
      }
    }
  });
  return facts;
}
