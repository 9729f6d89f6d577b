// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pairKey, pairVocabulary, vocabulary } from '../../../src/search/vocabulary';

describe('the vocabulary of an index build', () => {
  it.each([
    ['a plain article list', vocabulary],
    ['a prebuilt index', pairVocabulary],
  ])('of %s numbers each term once, in the order first seen, and finds only those it has numbered', (_, make) => {
    const v = make();
    expect(['kettle', 'lid', 'kettle', 'ふた', 'た', 'lid'].map(v.id)).toEqual([0, 1, 0, 2, 3, 1]);
    expect(v.names).toEqual(['kettle', 'lid', 'ふた', 'た']);
    expect(['kettle', 'ふた', 'た', 'hinge', 'ふ', 'たふ', ''].map(v.find)).toEqual([0, 2, 3, -1, -1, -1, -1]);
  });

  it('gives a one- or two-character term the same number by its character codes as by its text', () => {
    const v = pairVocabulary();
    const text = '梅雨入りｶ\uffef' + 'の';
    expect(v.pair(pairKey(text, 0, 2))).toBe(v.id('梅雨'));
    expect(v.id('雨入')).toBe(v.pair(pairKey(text, 1, 2)));
    expect(v.pair(pairKey(text, 6, 1))).toBe(v.id('の'));
    // A first code from U+8000 up (ｶ is U+FF76) makes a key past int32's largest.
    expect(v.pair(pairKey(text, 4, 2))).toBe(v.id('ｶ\uffef'));
    expect(v.names).toEqual(['梅雨', '雨入', 'の', 'ｶ\uffef']);
  });

  it('keeps every term as its table grows past thousands of two-character terms', () => {
    const v = pairVocabulary();
    const terms: string[] = [];
    for (let a = 0x4e00; a < 0x4e00 + 150; a++) for (let b = 0x3041; b < 0x3041 + 80; b++) terms.push(String.fromCharCode(a, b));
    terms.forEach((t, i) => expect(v.id(t)).toBe(i));
    expect(terms.every((t, i) => v.find(t) == i)).toBe(true);
    expect(v.names).toEqual(terms);
    expect(v.find('丁')).toBe(-1);
  });
});
