import { arr, num, obj, str, fail, either, type Check } from '../lib/check';
import { DAY_MS } from '../lib/time';
import type { Order, OrderItem, StoredOrder } from '../types';

const item: Check<OrderItem> = obj<OrderItem>(
  { sku: str(100), name: str(200), category: str(100), price: num(0), quantity: num(0, 1e6) },
  ['sku', 'name'],
  false,
);

const when: Check<number> = either(
  'an ISO date string or epoch milliseconds',
  num(0, 4102444800000),
  (v, p) => {
    const t = typeof v == 'string' ? Date.parse(v) : NaN;
    return t > 0 ? t : fail(p, 'a date');
  },
);

const order = obj<Order>(
  { orderId: str(100), purchasedAt: when, currency: str(3), items: arr(item, 1, 100) },
  ['orderId', 'items'],
  false,
);

/**
 * Validate an order payload and return a clean copy with `purchasedAt` in epoch ms (default
 * `now`). Unknown fields are dropped; strings are trimmed and length-capped.
 *
 * @throws KikubariError naming the field, e.g. `order.items[2].sku must be a non-empty string`.
 */
export function checkOrder(value: unknown, now: number, path = 'order'): StoredOrder {
  const o = order(value, path);
  const at = o.purchasedAt as number | undefined;
  // Two common integration mistakes: seconds instead of milliseconds (a 1970 date that would be
  // purged at once), and a date in the future (which would stay "recent" for ever).
  if (at !== undefined && at < 1e11) fail(path + '.purchasedAt', 'epoch milliseconds (' + at + ' looks like seconds)');
  if (at !== undefined && at > now + DAY_MS) fail(path + '.purchasedAt', 'a date not in the future', o.purchasedAt);
  return { ...o, purchasedAt: at ?? now };
}
