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
 * URL shapes of well-known platforms, tested on host and path, the first match wins: cart and
 * checkout paths; a blog or a newsroom (`/blog/`, `/news/`: not a help center, whatever else its
 * URL says), and a Zendesk help center's ticket forms and community (`/hc/…/requests`, `/hc/…/community`); help centers — Zendesk (`/hc/<locale>/articles/…`), Freshdesk (`/support/solutions/…`),
 * HubSpot (`/knowledge/…`), Document360 (`/docs/…`), Intercom Articles (`/<locale>/articles/<id>-<slug>`),
 * Gorgias (`/<locale>/articles/<slug>-<id>`), Help Scout Docs (`/article/<id>-<slug>`), Salesforce
 * Knowledge (`/s/article/…`), `/support/…/articles/…`, `/kb`, `/help`, `/faq`; Shopify and
 * WooCommerce product pages; then any other page of a help-center subdomain (`knowledge.`, `help.`,
 * `docs.`). Under a locale, `/articles/` needs the article's id (Intercom's and Gorgias's have five
 * digits or more): a news site's `/en/articles/2024-roundup` is not a help center.
 */
const SHAPES: [PageType, RegExp][] = [
  ['checkout', /\/(checkouts?|order\/confirm|payment)(\/|$)/i],
  ['cart', /\/(cart|basket|bag)(\/|$)/i],
  ['other', /\/(blog|news|hc\/([\w-]+\/)?(requests|community))(\/|$)/i],
  [
    'kb',
    /\/((hc(\/[\w-]+)?\/?$|hc\/([\w-]+\/)?(articles|sections|categories|search)|support\/solutions|knowledge|kb|help|faqs?|docs)(\/|$)|[a-z]{2}(-\w+)?\/articles\/(\d{5,}-|[\w-]+-\d{5,}$)|s\/article\/|article\/\d+-|support\/(.+\/)?articles\/)/i,
  ],
  ['product', /\/(products?|dp|item|p)\/[^/]+/i],
  ['kb', /^(knowledge|help|docs)\./i],
];
/** The shapes before this index (cart, checkout, blog) win over JSON-LD. */
const OVER_JSON_LD = 3;

/**
 * The page's type, decided in this order: the site's URL globs; cart and checkout URL shapes;
 * a blog (`/blog/`, `/news/`, JSON-LD `BlogPosting`, `NewsArticle`) is `other`; schema.org
 * JSON-LD; then the other well-known URL shapes and help-center subdomains. A product page yields its product
 * from JSON-LD where present.
 */
export function readPage(doc: Document, href: string, globs: Partial<Record<PageType, string[]>> = {}): PageFacts {
  const url = new URL(href);
  const ld = readJsonLd(doc);
  const h1 = doc.querySelector('h1');
  const i = SHAPES.findIndex(([, re]) => re.test(url.host + url.pathname));
  const shape = i < 0 ? 'other' : SHAPES[i]![0];
  let type: PageType | undefined = ORDER.find((t) => globs[t] && matchesGlob(url, globs[t]!));
  // A cart or checkout URL wins over JSON-LD: a shipping FAQ block on the cart page must not let
  // an offer in (offers never show there). So does a blog's: its posts are `Article`s too.
  if (!type && i >= 0 && i < OVER_JSON_LD) type = shape;
  if (!type) type = ld.blog ? 'other' : ld.productPage ? 'product' : ld.kb ? 'kb' : shape;
  return {
    type,
    url: url.href,
    title: cut((doc.title || '').trim(), 200),
    heading: h1 ? cut((h1.textContent || '').trim().replace(/\s+/g, ' '), 200) : undefined,
    product: ld.product,
  };
}
