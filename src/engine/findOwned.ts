import type { OrderItem, ProductRef, StoredOrder } from '../types';

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const latin = /[\p{Script=Latin}\p{N}]/u;

/**
 * Does `text` mention `name`? Latin-script names as whole words ("cup" is not in "cupboard"),
 * names in other scripts (Japanese has no spaces between words) anywhere.
 */
function mentions(text: string, name: string): boolean {
  if (name.length < 3) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!latin.test(name[0]!) || (!latin.test(text[i - 1] || '') && !latin.test(text[i + name.length] || ''))) return true;
  return false;
}

/**
 * The purchased item this page is about, newest order first: the page's product SKU equals a
 * purchased SKU, or the page's title, main heading or product name mentions a purchased product
 * (case- and width-insensitive; whole words in Latin script).
 */
export function findOwned(
  page: { title: string; heading?: string; product?: ProductRef },
  purchases: StoredOrder[],
): { item: OrderItem; order: StoredOrder } | undefined {
  const text = norm([page.title, page.heading, page.product && page.product.name].join(' '));
  const sku = page.product && page.product.sku;
  for (const order of purchases)
    for (const item of order.items) {
      if ((sku && sku == item.sku) || mentions(text, norm(item.name))) return { item, order };
    }
  return undefined;
}
