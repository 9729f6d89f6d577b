import { fail, isObj, obj, str } from '../lib/check';
import type { PurchaseSource } from '../seams';
import type { StoredOrder } from '../types';
import { checkOrder } from './checkOrder';

type Obj = Record<string, any>;


/** A GA4 `purchase` event's `ecommerce` (GTM) or parameters (gtag) as an (unchecked) order. */
function fromDataLayer(ecommerce: Obj): unknown {
  if (!isObj(ecommerce)) return ecommerce;
  return {
    orderId: ecommerce.transaction_id,
    currency: ecommerce.currency,
    items: (Array.isArray(ecommerce.items) ? ecommerce.items : []).map((i: Obj) => ({
      sku: i && (i.item_id ?? i.id),
      name: i && (i.item_name ?? i.name),
      category: i && i.item_category,
      price: i && i.price,
      quantity: i && i.quantity,
    })),
  };
}

/**
 * Turn a purchase payload from any source into validated orders: a `purchase()` argument, an
 * `identify({ purchases })` list, a dataLayer `purchase` event, or a purchase block's JSON.
 *
 * @throws KikubariError naming the field, e.g. `order.items[2].sku must be a non-empty string`.
 */
export function ingest(source: PurchaseSource, payload: unknown, now: number): StoredOrder[] {
  if (source == 'dataLayer purchase') return [checkOrder(fromDataLayer(payload as Obj), now, source)];
  if (source == 'data-kikubari-purchase') {
    try {
      payload = JSON.parse(payload as string);
    } catch {
      fail(source, 'JSON', payload);
    }
  }
  if (source == 'order') return [checkOrder(payload, now)];
  const list = Array.isArray(payload) ? payload : source == 'identify.purchases' ? fail(source, 'an array of orders', payload) : [payload];
  return list.map((o, i) => checkOrder(o, now, list.length > 1 || source == 'identify.purchases' ? source + '[' + i + ']' : source));
}

/** Validate `identify()`'s argument, `{ id?, purchases? }` (the orders are checked as they are ingested). */
export const checkUser: (user: unknown, path: string) => { id?: string; purchases?: unknown } = obj({ id: str(200), purchases: (v: unknown) => v }, [], false);
