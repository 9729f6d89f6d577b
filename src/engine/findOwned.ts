import type { OrderItem, ProductRef, StoredOrder } from '../types';

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const latin = /[\p{Script=Latin}\p{N}]/u;
// A model or edition after the name a page would use: "Aero Kettle AK-1", "Aero Kettle (2024)",
// "Aero Kettle – 1.7 L". Pages about the product rarely repeat it.
const SUFFIX = /(\s*[(（[].*|\s+[-–—/|].*|(\s+\S*\d\S*)+)$/u;

/**
 * Does `text` mention `name`? Latin-script names as whole words ("cup" is not in "cupboard"),
 * with any spacing or hyphens between their words ("AeroKettle", "Aero-Kettle"); names in other
 * scripts (Japanese has no spaces between words) anywhere, spaces ignored.
 */
function mentions(text: string, name: string): boolean {
  const words = name.split(/[\s\-‐_・]+/).filter(Boolean);
  if (name.length < 3 || !words.length) return false;
  const core = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\-‐_・]*');
  const edge = latin.test(name[0]!) ? ['(?<![\\p{Script=Latin}\\p{N}])', '(?![\\p{Script=Latin}\\p{N}])'] : ['', ''];
  return new RegExp(edge[0] + core + edge[1], 'u').test(text);
}

/**
 * The purchased item this page is about, newest order first: the page's product SKU (or one of
 * `skus`, the article index's products for this page) equals a purchased SKU, or the page's title, main heading or product name mentions a purchased product
 * — case, width and spacing aside, and with or without a model suffix ("Aero Kettle AK-1 (2024)"
 * is mentioned by "Aero Kettle"); whole words in Latin script.
 */
export function findOwned(
  page: { title: string; heading?: string; product?: ProductRef },
  purchases: StoredOrder[],
  skus: string[] = [],
): { item: OrderItem; order: StoredOrder } | undefined {
  const text = norm([page.title, page.heading, page.product && page.product.name].join(' '));
  const sku = page.product && page.product.sku;
  for (const order of purchases)
    for (const item of order.items) {
      const name = norm(item.name);
      if ((sku && norm(sku) == norm(item.sku)) || skus.includes(item.sku) || mentions(text, name) || mentions(text, name.replace(SUFFIX, ''))) return { item, order };
    }
  return undefined;
}
