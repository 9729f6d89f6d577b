import { beforeEach, describe, expect, it } from 'vitest';
import { createOutbox } from '../../../src/context/outbox';

const KEY = 'kikubari:outbox';
const written = () => JSON.parse(localStorage.getItem(KEY) || '[]').map((e: unknown[]) => e[1]);

describe('outbox', () => {
  beforeEach(() => localStorage.clear());

  it('writes a payload the moment it is staged, with consent', () => {
    const box = createOutbox(window, () => true);
    box.stage('order', { orderId: 'A' });
    expect(written()).toEqual([{ orderId: 'A' }]);
  });

  it('holds a payload in memory without consent and writes it when consent is granted', () => {
    let granted = false;
    const box = createOutbox(window, () => granted);
    box.stage('order', { orderId: 'A' });
    box.keep();
    expect(localStorage.getItem(KEY)).toBeNull();
    granted = true;
    box.keep();
    expect(written()).toEqual([{ orderId: 'A' }]);
    expect(box.staged().map((e) => e[0])).toEqual(['order']);
  });

  it('never writes a held payload that was unstaged (invalid) or cleared (consent withdrawn)', () => {
    let granted = false;
    const box = createOutbox(window, () => granted);
    const bad = box.stage('order', { orderId: '' });
    box.stage('order', { orderId: 'B' });
    box.unstage(bad);
    box.clear();
    box.stage('order', { orderId: 'C' });
    granted = true;
    box.keep();
    expect(written()).toEqual([{ orderId: 'C' }]);
  });
});
