import { nanoid } from 'nanoid';
import { describe, expect, it } from 'vitest';
import { inHoldout } from '../../../src/engine/holdout';

describe('holdout', () => {
  it('holds out the configured share of 10,000 visitors, within ±3%', () => {
    for (const rate of [0.1, 0.25, 0.5]) {
      const ids = Array.from({ length: 10_000 }, () => nanoid());
      const share = ids.filter((id) => inHoldout(id, rate)).length / ids.length;
      expect(Math.abs(share - rate)).toBeLessThan(0.03);
    }
  });

  it('is stable per visitor and nobody is held out at 0', () => {
    const id = nanoid();
    expect(new Set(Array.from({ length: 20 }, () => inHoldout(id, 0.5))).size).toBe(1);
    expect(inHoldout(id, 0)).toBe(false);
    expect(inHoldout(id, 1)).toBe(true);
  });
});
