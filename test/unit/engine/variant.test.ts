import { nanoid } from 'nanoid';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ETIQUETTE, evaluate } from '../../../src/engine/evaluate';
import { inHoldout } from '../../../src/engine/holdout';
import { chooseVariant } from '../../../src/engine/variant';
import type { OfferConfig } from '../../../src/types';
import { makeInput } from './makeInput';

const offer: OfferConfig = {
  id: 'stuck',
  when: {},
  message: 'Need a hand?',
  variants: [
    { id: 'short', message: 'Stuck?', weight: 2 },
    { id: 'long', message: 'Stuck on "{page}"? These articles may help.' },
    { id: 'ask', message: 'Can we help?', weight: 1 },
  ],
};
const ids = Array.from({ length: 10_000 }, () => nanoid());
const shares = (list: string[]) => {
  const n: Record<string, number> = {};
  for (const id of list) {
    const v = chooseVariant(offer, id)!.id;
    n[v] = (n[v] || 0) + 1;
  }
  return Object.fromEntries(Object.entries(n).map(([k, c]) => [k, c / list.length]));
};

describe('message variants', () => {
  it('splits 10,000 visitors within ±3% of the weights (2:1:1)', () => {
    const s = shares(ids);
    expect(Math.abs(s.short! - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(s.long! - 0.25)).toBeLessThan(0.03);
    expect(Math.abs(s.ask! - 0.25)).toBeLessThan(0.03);
  });

  it('gives each visitor the same variant every time', () => {
    for (const id of ids.slice(0, 200)) expect(chooseVariant(offer, id)!.id).toBe(chooseVariant(offer, id)!.id);
  });

  it('keeps its split inside the held-out group: independent of the holdout hash', () => {
    // 50% held out: both halves get 2:1:1 — a variant never leans on the control group.
    const held = ids.filter((id) => inHoldout(id, 0.5));
    const offered = ids.filter((id) => !inHoldout(id, 0.5));
    for (const group of [held, offered]) expect(Math.abs(shares(group).short! - 0.5)).toBeLessThan(0.03);
  });

  it('assigns two offers independently of each other', () => {
    const other = { ...offer, id: 'other' };
    const both = ids.filter((id) => chooseVariant(offer, id)!.id == 'short' && chooseVariant(other, id)!.id == 'short').length;
    expect(Math.abs(both / ids.length - 0.25)).toBeLessThan(0.03);
  });

  it('never picks a variant of weight 0', () => {
    const o = { ...offer, variants: [{ id: 'off', message: 'x', weight: 0 }, { id: 'on', message: 'y' }] };
    expect(ids.slice(0, 1000).every((id) => chooseVariant(o, id)!.id == 'on')).toBe(true);
  });

  it('puts the chosen variant and its message into the decision; offers without variants decide variant null', () => {
    const visitor = ids.find((id) => chooseVariant(offer, id)!.id == 'long')!;
    const d = evaluate([offer], makeInput({ visitorId: visitor }), DEFAULT_ETIQUETTE).decision!;
    expect(d).toMatchObject({ offerId: 'stuck', variant: 'long', message: 'Stuck on "How to descale"? These articles may help.' });
    const plain = evaluate([{ id: 'p', when: {}, message: 'Hi' }], makeInput({ visitorId: visitor }), DEFAULT_ETIQUETTE).decision!;
    expect(plain).toMatchObject({ variant: null, message: 'Hi' });
  });
});
