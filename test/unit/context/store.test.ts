import { describe, expect, it, vi } from 'vitest';
import { createContextStore } from '../../../src/context/store';
import { createLogger } from '../../../src/lib/logger';
import type { StoredOrder } from '../../../src/types';

const DAY = 864e5;
const order = (id: string, daysAgo = 1): StoredOrder => ({ orderId: id, purchasedAt: Date.now() - daysAgo * DAY, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] });
const memoryStore = (retentionDays = 90) => createContextStore(window, false, retentionDays, createLogger());

// IndexedDB itself is proven in Chromium (test/e2e/store.spec.ts); here, the cache every mode shares.
describe('the context store', () => {
  it('without consent it keeps everything in memory, newest purchase first, each order id once', async () => {
    const s = memoryStore();
    await s.ready;
    await s.addOrders([order('A', 5), order('B', 1)]);
    await s.addOrders([{ ...order('A', 2), items: [{ sku: 'X', name: 'Other' }] }]);
    expect(s.mode()).toBe('memory');
    expect(s.records.purchases.map((o) => [o.orderId, o.items[0]!.sku])).toEqual([
      ['B', 'AK-1'],
      ['A', 'AK-1'],
    ]);
  });

  it('an order older than the retention window is not kept, with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = memoryStore(30);
    await s.addOrders([order('old', 31), order('new', 29)]);
    expect(s.records.purchases.map((o) => o.orderId)).toEqual(['new']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('keeps at most 100 page views, dropping the oldest', async () => {
    const s = memoryStore();
    for (let i = 0; i < 105; i++) await s.add('g', { url: '/p' + i, title: 'P' + i, type: 'kb', at: 1e12 + i });
    expect(s.records.pages).toHaveLength(100);
    expect(s.records.pages[0]!.url).toBe('/p104');
    expect(s.records.pages.at(-1)!.url).toBe('/p5');
  });

  it('updates the visit with a function of what is there, and tells listeners when orders arrive', async () => {
    const s = memoryStore();
    const changed = vi.fn();
    s.onChange(changed);
    await s.update('u', (v) => v || { id: 'first' });
    await s.update('u', (v) => v || { id: 'second' });
    await s.addOrders([order('A')]);
    expect(s.records.visitor).toEqual({ id: 'first' });
    expect(changed).toHaveBeenCalled();
  });

  it('forget() erases every record and the visitor', async () => {
    const s = memoryStore();
    await s.addOrders([order('A')]);
    await s.add('i', { kind: 'offer', id: 'o', outcome: 'shown', at: Date.now() });
    await s.update('u', () => ({ id: 'v' }));
    await s.forget();
    expect(s.records).toMatchObject({ purchases: [], pages: [], interactions: [], visitor: undefined, session: undefined });
  });

  const denied = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  it.each([
    ['no IndexedDB (a browser that lacks it)', { value: undefined }],
    ['an indexedDB that throws when read (a sandboxed frame, blocked cookies)', { get: denied }],
  ])('with consent but %s it falls back to memory with one warning, never throwing', async (_, indexedDB) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const win = Object.create(window, { indexedDB }) as Window;
    const s = createContextStore(win, true, 90, createLogger());
    await s.ready;
    await s.addOrders([order('A')]);
    expect(s.mode()).toBe('memory');
    expect(s.records.purchases).toHaveLength(1);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining('[storage-unavailable]')]);
    await s.forget();
    warn.mockRestore();
  });
});
