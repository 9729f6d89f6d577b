import type { ProductRef } from '../types';
import { cut } from '../lib/cut';

type Node = Record<string, unknown>;

const KB_TYPES = ['TechArticle', 'Article', 'FAQPage', 'HowTo', 'QAPage'];

/** What the page's schema.org JSON-LD says it is. Malformed blocks are skipped, never thrown. */
export interface JsonLdFacts {
  kb: boolean;
  product?: ProductRef;
}

const text = (v: unknown): string | undefined =>
  typeof v == 'string' && v.trim() ? cut(v.trim(), 200) : typeof v == 'number' ? String(v) : undefined;

const typesOf = (n: Node): string[] => {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x == 'string').map((x) => x.replace(/^.*[/:]/, ''));
};

/** Every node in a JSON-LD value: arrays, `@graph` and nested `mainEntity` included. */
function flatten(value: unknown, out: Node[], depth = 0): Node[] {
  if (depth > 4 || !value || typeof value != 'object') return out;
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out, depth + 1));
  else {
    const n = value as Node;
    out.push(n);
    flatten(n['@graph'], out, depth + 1);
    flatten(n.mainEntity, out, depth + 1);
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
    for (const node of flatten(data, [])) {
      const types = typesOf(node);
      if (types.some((t) => KB_TYPES.includes(t))) facts.kb = true;
      if (!facts.product && (types.includes('Product') || types.includes('ProductGroup'))) {
        const offers = (Array.isArray(node.offers) ? node.offers[0] : node.offers) as Node | undefined;
        const category = node.category;
        facts.product = {
          sku: text(node.sku) || text(node.productGroupID) || text(node.mpn) || text(offers && offers.sku),
          name: text(node.name),
          category: text(Array.isArray(category) ? category[0] : (category as Node)?.name ?? category),
        };
      }
    }
  });
  return facts;
}
