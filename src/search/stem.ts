/**
 * A light English stemmer: folds plurals and `-ed`/`-ing`, and drops a final `e`, so that
 * "descale", "descales", "descaled" and "descaling" all become `descal`. Deliberately much
 * lighter than Porter (over-stemming hurts precision on short help-centre queries); the stems
 * need not be words, only agree between the query and the index. Words with digits (SKUs,
 * model numbers) and anything that is not plain a–z pass through untouched.
 *
 * @example
 * stem('batteries') === stem('battery') // 'batteri'
 */
export function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  // Plurals: -ies/-ied and a consonant + y meet at -i (copies, copied, copy → copi);
  // a final s goes unless it is -ss or -us (glass, status).
  let w = word.replace(/ie[sd]$/, 'i').replace(/([^aeiou])y$/, '$1i').replace(/([^su])s$/, '$1');
  // -ed/-ing only when a syllable is left (so "bed", "thing" and "need" stay whole), then
  // undouble (stopped → stop) except l/s/z, which English doubles in the stem itself (fill).
  const m = /^(.*?[aeiouy].*?)(ing|ed)$/.exec(w);
  if (m && m[1]!.length > 2) w = m[1]!.replace(/([^aeiouylsz])\1$/, '$1');
  // "descale" and "descal(ing)" meet without the e.
  return w.length > 3 ? w.replace(/e$/, '') : w;
}
