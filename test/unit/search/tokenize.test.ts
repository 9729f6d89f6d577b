// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fold } from '../../../src/search/fold';
import { stem } from '../../../src/search/stem';
import { tokenize, typedPrefix } from '../../../src/search/tokenize';

describe('fold', () => {
  it('folds full-width to half-width, case, accents and half-width katakana', () => {
    expect(fold('ＡＥＲＯ Ｋｅｔｔｌｅ　１')).toBe('aero kettle 1');
    expect(fold('Café CRÈME')).toBe('cafe creme');
    expect(fold('ｶﾞｽ')).toBe('ガス');
  });

  it('keeps Japanese voiced marks attached (they are not accents)', () => {
    expect(fold('ガスコンロ')).toBe('ガスコンロ');
    expect(fold('パン')).toBe('パン');
  });
});

describe('stem', () => {
  it('brings inflections of a word to one stem', () => {
    for (const group of [
      ['descale', 'descales', 'descaled', 'descaling'],
      ['battery', 'batteries'],
      ['copy', 'copies', 'copied'],
      ['stop', 'stops', 'stopped', 'stopping'],
      ['kettle', 'kettles'],
      ['box', 'boxes'],
    ])
      expect(new Set(group.map(stem)).size, group.join()).toBe(1);
  });

  it('leaves short words, -ss and -us words, and words with digits alone', () => {
    expect(stem('bed')).toBe('bed');
    expect(stem('glass')).toBe('glass');
    expect(stem('status')).toBe('status');
    expect(stem('ak1s')).toBe('ak1s');
    expect(stem('thing')).toBe('thing');
  });
});

describe('tokenize', () => {
  it('splits English into folded, stemmed words', () => {
    expect(tokenize('Descaling the ＡＥＲＯ, AK-1!')).toEqual(['descal', 'the', 'aero', 'ak', '1']);
  });

  it('turns Japanese into character bigrams plus dictionary words', () => {
    const t = tokenize('ふたが閉まらない');
    expect(t).toEqual(expect.arrayContaining(['ふた', 'たが', 'が閉', '閉ま', 'まら', 'らな', 'ない']));
    expect(t.filter((x) => x.startsWith('_'))).toEqual(expect.arrayContaining(['_ふた', '_ない']));
  });

  it('folds katakana to hiragana in dictionary words only, not in bigrams', () => {
    const t = tokenize('ネジ');
    expect(t).toContain('ネジ');
    expect(t).toContain('_ねじ');
    expect(t).not.toContain('ねじ');
  });

  it('keeps a lone kanji as a term, so a one-character article can be found', () => {
    expect(tokenize('湯 と 水')).toEqual(expect.arrayContaining(['湯', '水']));
  });

  it('handles mixed scripts in one word', () => {
    expect(tokenize('iPhone用ケース')).toEqual(expect.arrayContaining(['iphon', '用ケ', 'ケー', 'ース']));
  });

  it('gives nothing for punctuation and emoji only', () => {
    expect(tokenize(' ?!… 🙂 ')).toEqual([]);
  });

  it('with an index’s words, cuts Japanese into the longest of them from the left, and never calls Intl.Segmenter', () => {
    const known = new Set(['_ふた', '_ふたが', '_閉ま', '_ねじ', '_ない', '_らない']);
    const words = { has: (t: string) => known.has(t), longest: 3 };
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const t = tokenize('ふたが閉まらないネジ', words);
      // ふたが (not ふた), 閉ま, らない (not ない: the longest from where the last word ended), ネジ as ねじ.
      expect(t.filter((x) => x.startsWith('_'))).toEqual(['_ふたが', '_閉ま', '_らない', '_ねじ']);
      expect(t).toEqual(expect.arrayContaining(['ふた', 'たが', 'が閉', 'ない', 'ネジ']));
      // No word longer than the longest the index has is looked for; English is untouched.
      expect(tokenize('ふたが', { has: (x) => known.has(x), longest: 2 }).filter((x) => x.startsWith('_'))).toEqual(['_ふた']);
      expect(tokenize('Descaling the lid', words)).toEqual(tokenize('Descaling the lid'));
      expect(segment).not.toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
  });
});

describe('typedPrefix', () => {
  it('is the last word while it is being typed', () => {
    expect(typedPrefix('how to desc')).toBe('desc');
    expect(typedPrefix('ＤＥＳＣ')).toBe('desc');
  });

  it('is nothing once the word is finished, or too short to mean anything', () => {
    expect(typedPrefix('how to desc ')).toBeUndefined();
    expect(typedPrefix('descale?')).toBeUndefined();
    expect(typedPrefix('how to d')).toBeUndefined();
  });

  it('is a lone kanji or kana, but not a longer Japanese run (its bigrams already match)', () => {
    expect(typedPrefix('返')).toBe('返');
    expect(typedPrefix('返品')).toBeUndefined();
  });
});
