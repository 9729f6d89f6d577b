import type { Order } from '../types';

type Obj = Record<string, any>;

/**
 * A GA4 `purchase` event as an order. Handles both GTM's `{ event: 'purchase', ecommerce }`
 * and gtag's `['event', 'purchase', params]` (gtag pushes its `arguments` object).
 */
export function orderFromDataLayer(entry: unknown): Order | undefined {
  const e = entry as Obj;
  const ecommerce: Obj | undefined =
    e && e.event == 'purchase' ? e.ecommerce : e && e[0] == 'event' && e[1] == 'purchase' ? e[2] : undefined;
  if (!ecommerce || typeof ecommerce != 'object') return undefined;
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
 * Read GA4 purchases already in `dataLayer` and every one pushed later. The wrapper calls
 * through to the current `push` (GTM's own, if it got there first) and keeps its return value.
 */
export function watchDataLayer(win: Window, onOrder: (order: Order) => void): () => void {
  const w = win as unknown as { dataLayer?: unknown[] };
  const layer = (w.dataLayer = Array.isArray(w.dataLayer) ? w.dataLayer : []);
  const see = (entry: unknown) => {
    try {
      const order = orderFromDataLayer(entry);
      if (order) onOrder(order);
    } catch {
      /* a malformed entry is reported by onOrder's validation, never thrown here */
    }
  };
  layer.forEach(see);
  const original = layer.push;
  const push = function (this: unknown[], ...entries: unknown[]) {
    const result = original.apply(this, entries);
    entries.forEach(see);
    return result;
  };
  layer.push = push;
  return () => {
    if (layer.push === push) layer.push = original;
  };
}

/** Orders in `<script type="application/json" data-kikubari-purchase>` blocks on the page. */
export function ordersFromPage(doc: Document): unknown[] {
  const out: unknown[] = [];
  doc.querySelectorAll('script[data-kikubari-purchase]').forEach((s) => {
    try {
      const data = JSON.parse(s.textContent || '');
      out.push(...(Array.isArray(data) ? data : [data]));
    } catch {
      out.push(s.textContent); // reported as invalid by the caller's validation
    }
  });
  return out;
}
