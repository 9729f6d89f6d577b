import { matchesGlob } from '../lib/glob';
import type { PageType, ProductRef } from '../types';
import { readJsonLd } from './jsonLd';
import { cut } from '../lib/cut';

/** What kind of page this is and what it is about. */
export interface PageFacts {
  type: PageType;
  url: string;
  title: string;
  heading?: string;
  product?: ProductRef;
}

/** Every page type. */
export const PAGE_TYPES: PageType[] = ['kb', 'product', 'checkout', 'cart', 'other'];

/** Checked first, in this order, so a page that matches two types is never offered on by mistake. */
const ORDER: PageType[] = ['checkout', 'cart', 'kb', 'product', 'other'];

/**
 * URL shapes of well-known platforms: Zendesk / Freshdesk / HubSpot help centers, Shopify and
 * WooCommerce product pages, common cart and checkout paths.
 */
const SHAPES: [PageType, RegExp][] = [
  ['checkout', /\/(checkouts?|order\/confirm|payment)(\/|$)/i],
  ['cart', /\/(cart|basket|bag)(\/|$)/i],
  ['kb', /\/(hc(\/[\w-]+)?\/?$|hc\/([\w-]+\/)?(articles|sections|categories|search)|support\/solutions|knowledge|kb|help|faqs?|docs)(\/|$)/i],
  ['product', /\/(products?|dp|item|p)\/[^/]+/i],
];

/**
 * The page's type, decided in this order: the site's URL globs; cart and checkout URL shapes;
 * schema.org JSON-LD; then the other well-known URL shapes. A product page yields its product
 * from JSON-LD where present.
 */
export function readPage(doc: Document, href: string, globs: Partial<Record<PageType, string[]>> = {}): PageFacts {
  const url = new URL(href);
  const ld = readJsonLd(doc);
  const h1 = doc.querySelector('h1');
  const shape = (SHAPES.find(([, re]) => re.test(url.pathname)) || ['other'])[0];
  let type: PageType | undefined = ORDER.find((t) => globs[t] && matchesGlob(url, globs[t]!));
  // A cart or checkout URL wins over JSON-LD: a shipping FAQ block on the cart page must not let
  // an offer in (offers never show there).
  if (!type && (shape == 'cart' || shape == 'checkout')) type = shape;
  if (!type) type = ld.productPage ? 'product' : ld.kb ? 'kb' : shape;
  return {
    type,
    url: url.href,
    title: cut((doc.title || '').trim(), 200),
    heading: h1 ? cut((h1.textContent || '').trim().replace(/\s+/g, ' '), 200) : undefined,
    product: ld.product,
  };
}
