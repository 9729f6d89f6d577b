import { describe, expect, it, vi } from 'vitest';
import { checkAway } from '../../../src/widget/handoff/checkAway';

const THURSDAY_10 = new Date('2026-11-19T10:00:00');
const SATURDAY_10 = new Date('2026-11-21T10:00:00');
const THURSDAY_20 = new Date('2026-11-19T20:00:00');

describe('checkAway: is anyone there to talk to?', () => {
  const warn = vi.fn();
  it('is away outside business hours (Monday to Friday, 9 to 17 unless set) and there within them', async () => {
    const h = { type: 'url' as const, url: '/c', businessHours: {} };
    expect(await checkAway(h, warn, THURSDAY_10)).toBe(false);
    expect(await checkAway(h, warn, SATURDAY_10)).toBe(true);
    expect(await checkAway(h, warn, THURSDAY_20)).toBe(true);
    expect(await checkAway({ ...h, businessHours: { hours: [18, 23] } }, warn, THURSDAY_20)).toBe(false);
  });
  it('asks available(), sync or async; false, or an error (told once through warn), means away', async () => {
    expect(await checkAway({ type: 'url', url: '/c', available: () => true }, warn, THURSDAY_10)).toBe(false);
    expect(await checkAway({ type: 'url', url: '/c', available: async () => false }, warn, THURSDAY_10)).toBe(true);
    expect(await checkAway({ type: 'url', url: '/c', available: () => Promise.reject(new Error('status API down')) }, warn, THURSDAY_10)).toBe(true);
    expect(warn).toHaveBeenCalledWith('handoff-available', 'handoff.available() failed: status API down');
  });
  it('no answer from available() within 3 s means away', async () => {
    vi.useFakeTimers();
    const p = checkAway({ type: 'url', url: '/c', available: () => new Promise<boolean>(() => {}) }, warn, THURSDAY_10);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await p).toBe(true);
    vi.useRealTimers();
  });
});
