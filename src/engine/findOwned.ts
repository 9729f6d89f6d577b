import type { OrderItem, ProductRef, StoredOrder } from '../types';

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The purchased item this page is about, newest order first: the page's product SKU equals a
 * purchased SKU, or a purchased product's name appears in the page's title, main heading or
 * product name (case- and width-insensitive).
 */
export function findOwned(
  page: { title: string; heading?: string; product?: ProductRef },
  purchases: StoredOrder[],
): { item: OrderItem; order: StoredOrder } | undefined {
  const text = norm([page.title, page.heading, page.product && page.product.name].join(' '));
  const sku = page.product && page.product.sku;
  for (const order of purchases)
    for (const item of order.items) {
      const name = norm(item.name);
      if ((sku && sku == item.sku) || (name.length >= 3 && text.includes(name))) return { item, order };
    }
  return undefined;
}
