import { describe, expect, it } from 'vitest';
import { readEntries } from '../../../src/context/records';

const NOW = Date.parse('2026-11-19T10:00:00Z');
const DAY = 864e5;
const order = (id: string, daysAgo: number) => ({ orderId: id, purchasedAt: NOW - daysAgo * DAY, items: [{ sku: 'S', name: 'N' }] });

describe('reading stored records', () => {
  it('drops corrupt and foreign records and counts them; keeps good ones newest first', () => {
    const [r, drop, bad] = readEntries(
      [
        ['v', 1],
        ['o:A', order('A', 10)],
        ['o:B', order('B', 2)],
        ['o:C', { orderId: 'C', items: 'not a list' }],
        ['g:1:x', { url: 'https://x.test/', title: 'Home', type: 'other', at: NOW }],
        ['g:2:x', { url: 42 }],
        ['zz', 'someone else’s key'],
        ['s', { hello: 'world' }],
      ],
      NOW - 90 * DAY,
    );
    expect(r.purchases.map((o) => o.orderId)).toEqual(['B', 'A']);
    expect(r.pages).toHaveLength(1);
    expect(r.session).toBeUndefined();
    expect(bad).toBe(4);
    expect(drop.sort()).toEqual(['g:2:x', 'o:C', 's', 'zz']);
  });

  it('removes records older than the retention window and beyond the caps', () => {
    const entries: [string, unknown][] = [['o:old', order('old', 91)]];
    for (let i = 0; i < 105; i++) entries.push(['o:' + i, order(String(i), i * 0.1)]);
    const [r, drop, bad] = readEntries(entries, NOW - 90 * DAY);
    expect(bad).toBe(0);
    expect(r.purchases).toHaveLength(100);
    expect(r.purchases[0]!.orderId).toBe('0');
    expect(drop).toContain('o:old');
    expect(drop).toHaveLength(6);
  });
});
