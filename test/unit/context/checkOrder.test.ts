import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../src/context/checkOrder';
import { KikubariError } from '../../../src/lib/KikubariError';

const NOW = Date.parse('2026-11-19T10:00:00Z');
const message = (v: unknown) => {
  try {
    checkOrder(v, NOW);
  } catch (e) {
    return (e as Error).message;
  }
  return 'valid';
};

describe('order validation', () => {
  it('returns a clean copy: purchasedAt in epoch ms (default now), unknown fields dropped, strings trimmed and capped', () => {
    const o = checkOrder({ orderId: ' A-1 ', purchasedAt: '2026-11-16T09:00:00Z', coupon: 'X', items: [{ sku: 'AK-1', name: 'Aero Kettle'.padEnd(400, '!'), extra: 1 }] }, NOW);
    expect(o).toEqual({ orderId: 'A-1', purchasedAt: Date.parse('2026-11-16T09:00:00Z'), items: [{ sku: 'AK-1', name: 'Aero Kettle'.padEnd(200, '!') }] });
    expect(checkOrder({ orderId: 'B', items: [{ sku: 'S', name: 'N' }] }, NOW).purchasedAt).toBe(NOW);
  });

  it('names the field that is wrong', () => {
    expect(message({ orderId: 'A', items: [{ sku: 'a', name: 'A' }, { sku: 'b', name: 'B' }, { sku: '', name: 'C' }] })).toBe(
      'kikubari: order.items[2].sku must be a non-empty string (got "")',
    );
    expect(message({ orderId: 'A', items: [] })).toBe('kikubari: order.items must be an array of 1 to 100 (got an array of 0)');
    expect(message({ items: [{ sku: 'a', name: 'A' }] })).toBe('kikubari: order.orderId must be given');
    expect(message({ orderId: 'A', purchasedAt: 'yesterday', items: [{ sku: 'a', name: 'A' }] })).toBe(
      'kikubari: order.purchasedAt must be an ISO date string or epoch milliseconds (got "yesterday")',
    );
    expect(message({ orderId: 'A', items: [{ sku: 'a', name: 'A', price: -1 }] })).toBe('kikubari: order.items[0].price must be a number ≥ 0 (got -1)');
  });

  it('catches a purchase time in seconds and one in the future', () => {
    expect(message({ orderId: 'A', purchasedAt: 1795082400, items: [{ sku: 'a', name: 'A' }] })).toBe(
      'kikubari: order.purchasedAt must be epoch milliseconds (1795082400 looks like seconds)',
    );
    expect(message({ orderId: 'A', purchasedAt: '2027-06-01T00:00:00Z', items: [{ sku: 'a', name: 'A' }] })).toMatch(/purchasedAt must be a date not in the future/);
  });

  it('any JSON value either validates to a clean order or throws a kikubari: error — never crashes, never half-valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ orderId: fc.jsonValue(), items: fc.array(fc.record({ sku: fc.jsonValue(), name: fc.jsonValue(), price: fc.jsonValue() })) })), (v) => {
        try {
          const o = checkOrder(v, NOW);
          expect(typeof o.orderId).toBe('string');
          expect(o.orderId.length).toBeGreaterThan(0);
          expect(o.items.length).toBeGreaterThan(0);
          for (const i of o.items) expect(typeof i.sku == 'string' && typeof i.name == 'string' && i.sku.length > 0).toBe(true);
          expect(Number.isFinite(o.purchasedAt)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(KikubariError);
          expect((e as Error).message).toMatch(/^kikubari: order/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
