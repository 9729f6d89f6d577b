/**
 * Fold text for matching: compatibility forms become their plain equivalents (full-width
 * `ＡＢＣ１` → `abc1`, half-width `ｶﾞ` → `ガ`, `①` → `1`), Latin accents are dropped (`café` →
 * `cafe`) and everything is lower case. NFKD then NFC rather than NFKC alone, so the combining
 * accents sit apart long enough to strip; the Japanese voiced marks (U+3099/309A) are outside
 * the stripped range and recombine.
 *
 * @example
 * fold('ＡＥＲＯ Kettle') // 'aero kettle'
 */
export const fold = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
