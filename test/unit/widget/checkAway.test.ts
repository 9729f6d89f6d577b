import { describe, expect, it, vi } from 'vitest';
import { checkAway } from '../../../src/widget/handoff/checkAway';

const THURSDAY_10 = new Date('2026-11-19T10:00:00');
const SATURDAY_10 = new Date('2026-11-21T10:00:00');
const THURSDAY_20 = new Date('2026-11-19T20:00:00');

describe('checkAway: is anyone there to talk to?', () => {
  const warn = vi.fn();
  it('is away outside business hours (Monday to Friday, 9 to 17 unless set) and there within them', async () => {
    const h = { type: 'url' as const, url: '/c', businessHours: {} };
    expect(await checkAway(h, warn, () => {}, undefined, THURSDAY_10)).toBe(false);
    expect(await checkAway(h, warn, () => {}, undefined, SATURDAY_10)).toBe(true);
    expect(await checkAway(h, warn, () => {}, undefined, THURSDAY_20)).toBe(true);
    expect(await checkAway({ ...h, businessHours: { hours: [18, 23] } }, warn, () => {}, undefined, THURSDAY_20)).toBe(false);
  });
  it('asks available(), sync or async; false, or an error (told once through warn), means away', async () => {
    expect(await checkAway({ type: 'url', url: '/c', available: () => true }, warn, () => {}, undefined, THURSDAY_10)).toBe(false);
    expect(await checkAway({ type: 'url', url: '/c', available: async () => false }, warn, () => {}, undefined, THURSDAY_10)).toBe(true);
    expect(await checkAway({ type: 'url', url: '/c', available: () => Promise.reject(new Error('status API down')) }, warn, () => {}, undefined, THURSDAY_10)).toBe(true);
    expect(warn).toHaveBeenCalledWith('handoff-available', 'handoff.available() failed: status API down');
  });
  it('no answer from available() within 3 s means away', async () => {
    vi.useFakeTimers();
    const p = checkAway({ type: 'url', url: '/c', available: () => new Promise<boolean>(() => {}) }, warn, () => {}, undefined, THURSDAY_10);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await p).toBe(true);
    vi.useRealTimers();
  });
  it('tells every answer as it comes: doubt (away) at 3 s, then available()’s own late answer', async () => {
    vi.useFakeTimers();
    const told: boolean[] = [];
    const late = checkAway({ type: 'url', url: '/c', available: () => new Promise<boolean>((ok) => setTimeout(ok, 5000, true)) }, warn, (away) => told.push(away), undefined, THURSDAY_10);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await late).toBe(true);
    expect(told).toEqual([true]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(told).toEqual([true, false]);
    vi.useRealTimers();
  });
  it('after a yes, 3 s of silence leaves the yes standing; with no answer before, silence means away', async () => {
    vi.useFakeTimers();
    const silent = { type: 'url' as const, url: '/c', available: () => new Promise<boolean>(() => {}) };
    const after = checkAway(silent, warn, () => {}, false, THURSDAY_10);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await after).toBe(false);
    const away = checkAway(silent, warn, () => {}, true, THURSDAY_10);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await away).toBe(true);
    vi.useRealTimers();
  });
  it('a throwing available() counts as away and is told once through warn', async () => {
    const w = vi.fn();
    expect(await checkAway({ type: 'url', url: '/c', available: () => { throw new Error('boom'); } }, w, () => {}, undefined, THURSDAY_10)).toBe(true);
    expect(w).toHaveBeenCalledWith('handoff-available', 'handoff.available() failed: boom');
  });
});
