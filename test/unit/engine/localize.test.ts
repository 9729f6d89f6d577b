import { describe, expect, it } from 'vitest';
import { fill, pick } from '../../../src/engine/localize';

describe('message templates', () => {
  it('pick the visitor’s locale, then its language, then English', () => {
    const t = { en: 'Hi', ja: 'こんにちは', 'pt-BR': 'Oi' };
    expect([pick(t, 'ja-JP'), pick(t, 'pt-BR'), pick(t, 'fr'), pick('Only', 'ja')]).toEqual(['こんにちは', 'Oi', 'Hi', 'Only']);
  });

  it('fill placeholders with text and keep optional parts only when their values exist', () => {
    expect(fill('Questions about your recent purchase[ of {product}]?', { product: 'Aero Kettle' })).toBe('Questions about your recent purchase of Aero Kettle?');
    expect(fill('Questions about your recent purchase[ of {product}]?', {})).toBe('Questions about your recent purchase?');
    expect(fill('[{product}の|お]問い合わせ', {})).toBe('お問い合わせ');
    expect(fill('About {page}', { page: '<b>x</b>' })).toBe('About <b>x</b>');
  });
});
