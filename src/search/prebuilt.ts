import { fail, isObj } from '../lib/check';
import { fold } from './fold';
import { stem } from './stem';
import { hiragana, terms, UNSPACED_CHARS } from './tokenize';
import { pairKey, pairVocabulary, type PairVocabulary, type Vocabulary } from './vocabulary';

/**
 * What a prebuilt index gives for one article: per field (title, body, tags), the numbers in the
 * build's {@link Vocabulary} of its index terms — those `tokenize` gives for the field's text,
 * in another order — worked out from its pieces. Views of one buffer the reader writes every
 * article into: read before asking for the next entry.
 */
export type Stored = Int32Array[];

/**
 * One article as the index build reads it (not yet checked), with what a prebuilt index stored
 * for it; or, empty, a place where the reading may pause.
 */
export type Entry = [article: unknown, stored?: Stored] | [];

/** What an index build reads: the vocabulary its terms are numbered in, and its articles. */
export type Source = [v: Vocabulary, entries: Iterable<Entry>];

/** A parsed `kikubari index --prebuilt` file rather than a list of articles: its first item names the format. */
export const isPrebuilt = (list: unknown[]): boolean => isObj(list[0]) && list[0].kikubari == 'index';

/**
 * The prebuilt index format's version: the first line of a file `kikubari index --prebuilt`
 * writes is `{"kikubari":"index","v":2}`. A reader refuses a version it does not know.
 */
export const PREBUILT_VERSION = 2;

/** Pieces of text per line of the index's dictionary (the last line may hold fewer). */
export const LINE_PIECES = 2048;

/**
 * A piece's number in the dictionary is written in a mixed radix whose digits need no escaping
 * in JSON: leading digits are `]`…`~` (34 of them, each worth one more than its place, so that
 * every string is a different number), the last digit `#`…`[` (57). The 57 commonest pieces
 * take one character, the next 1,938 two. Chosen by measurement on the Japanese and English
 * benchmark text: the smallest gzip of six splits of the 64 characters tried.
 */
export const LAST_0 = 35;
export const LASTS = 57;
export const LEAD_0 = 93;
export const LEADS = 34;

// A piece of unspaced script (Japanese, Chinese, Thai, …) that `Intl.Segmenter` calls word-like:
// one that starts with a letter or a digit (`・` and `ー` alone are not). What the dictionary
// words of a field are worked out from; `kikubari index` checks every field's terms against the
// tokenizer's and marks any article they differ for.
const WORD = /* @__PURE__ */ new RegExp('^(?=[\\p{L}\\p{N}])[' + UNSPACED_CHARS + ']', 'u');
// A piece with a letter, digit or mark continues a word (tokenize's words are runs of these);
// one made only of them and of no unspaced script is one spaced-script word, one term.
const LETTER = /[\p{L}\p{N}\p{M}]/u;
// A piece all of unspaced letters: its bigrams are its terms (with those across its joins).
const PURE = /* @__PURE__ */ new RegExp('^(?:(?=[\\p{L}\\p{N}\\p{M}])[' + UNSPACED_CHARS + '])+$', 'u');
const ONE_WORD = /* @__PURE__ */ new RegExp('^(?![^]*[' + UNSPACED_CHARS + '])[\\p{L}\\p{N}\\p{M}]+$', 'u');

/**
 * The articles of a parsed prebuilt index (`[{"kikubari":"index","v":2}, dictionary lines…,
 * articles…]`), one at a time as the build asks for them, each with the index terms of its
 * fields numbered in `v`, after empty entries (places to pause) while the dictionary is read —
 * the terms worked out from the pieces each article is written in, each piece once for the whole index:
 * never segmented, and a word written a thousand times folded and stemmed once. An article's
 * `title`, `body`, `tags` and `products` are strings of piece numbers; the dictionary lines are
 * the pieces (a word, a space, a punctuation mark), {@link LINE_PIECES} a line, separated by
 * `\n`, with an empty piece for a line break. An article marked `"split":1` is one whose terms
 * the pieces do not give (the segmenter and the pieces disagreed): it is tokenised as a plain
 * article is. Throws a `kikubari:` error for a version it cannot read, or a piece it does not have.
 *
 * @example
 * for (const [article, stored] of readPrebuilt(await parseIndex(text), pairVocabulary())) …
 */
export function* readPrebuilt(list: unknown[], v: PairVocabulary): Generator<Entry, void> {
  const head = list[0] as Record<string, unknown>;
  if (head.v !== PREBUILT_VERSION) fail('index version', String(PREBUILT_VERSION), head.v);
  let n = 1;
  while (typeof list[n] == 'string') n++;
  // Each piece is looked at once, before the first article: folded; a piece with no letter or
  // digit ends a run of word pieces; a piece that is one spaced-script word has its term
  // (stemmed) numbered here; a dictionary word its `_` term. Per piece, in arrays as long as the
  // dictionary; -1 for no term.
  const size = (n - 1) * LINE_PIECES;
  const pieces: string[] = new Array(size);
  const folded: (string | undefined)[] = new Array(size);
  const term = new Int32Array(size).fill(-1);
  const word = new Int32Array(size).fill(-1);
  const inner: (number[] | undefined)[] = new Array(size);
  const apart = new Uint8Array(size);
  // The article's terms, field after field.
  let out = new Int32Array(4096);
  let len = 0;
  const put = (t: number) => {
    if (len == out.length) {
      const was = out;
      (out = new Int32Array(len * 2)).set(was);
    }
    out[len++] = t;
  };
  let words: number[] = [];
  const pair = (text: string, at: number, n: number) => v.pair(pairKey(text, at, n));
  // A run of pieces with no separator between them is one word to the tokenizer, cut where
  // unspaced script starts or stops. So its pieces of unspaced letters (most of a Japanese text)
  // give bigrams from character codes — those inside a piece numbered once for the index
  // (`inner`), one across each join — and its pieces of other letters and digits ("5", "usb")
  // its other terms, one per stretch of them; no string is made but for two such pieces side by
  // side. A run with a piece of neither kind ("3.5", "5月") is tokenised as its folded text,
  // from its start.
  const ids: number[] = [];
  let run = '';
  let mixed = false;
  let pure = 0; // the length of the stretch of unspaced letters the run ends in
  let last = 0; // …and its last character's code
  let spaced = ''; // the stretch of other letters it ends in
  let only = -1; // …its term, when that stretch is one piece
  let from = 0; // the terms' length when the run began
  const stretch = () => {
    if (pure == 1) put(v.pair(last));
    if (spaced) put(only >= 0 ? only : v.id(stem(spaced)));
    pure = 0;
    spaced = '';
  };
  const end = () => {
    if (mixed) {
      const t: number[] = [];
      terms(run, t, v.id, pair);
      t.forEach(put);
    } else stretch();
    mixed = false;
    // (Setting the length is a call into the engine; this runs at every space and punctuation mark.)
    if (ids.length) ids.length = 0;
  };
  const read = (codes: unknown): unknown => {
    if (typeof codes != 'string') return codes; // left for the article check to name
    const text: string[] = [];
    for (let i = 0, lead = 0; i < codes.length; i++) {
      const c = codes.charCodeAt(i);
      if (c >= LEAD_0) {
        lead = lead * LEADS + c - LEAD_0 + 1;
        continue;
      }
      const id = lead * LASTS + c - LAST_0;
      lead = 0;
      const piece = pieces[id];
      if (piece === undefined) fail('index piece', 'a piece of the index', id);
      text.push(piece!);
      const f = folded[id]!;
      if (apart[id]) end();
      else {
        const bigrams = inner[id];
        if (!ids.length) from = len;
        ids.push(id);
        if (mixed) run += f;
        else if (bigrams) {
          if (spaced) stretch();
          if (pure) put(v.pair(last * 65536 + f.charCodeAt(0))); // pairKey of the two characters
          for (let j = 0; j < bigrams.length; j++) put(bigrams[j]!);
          pure += f.length;
          last = f.charCodeAt(f.length - 1);
        } else if (term[id]! >= 0) {
          if (pure) stretch();
          only = spaced ? -1 : term[id]!;
          spaced += f;
        } else {
          len = from;
          run = ids.map((j) => folded[j]).join('');
          mixed = true;
          pure = 0;
          spaced = '';
        }
      }
      if (word[id]! >= 0) words.push(word[id]!);
    }
    return text.join('');
  };
  // One field's text, and its terms.
  const field = <T>(stored: Stored, value: () => T): T => {
    const start = len;
    words = [];
    const v = value();
    end();
    words.forEach(put);
    stored.push(out.subarray(start, len));
    return v;
  };
  // The dictionary first, a few hundred pieces at a time with a possible pause between: looked at
  // as the articles first used them, each of the first articles of a large index was one long
  // step (10–13 ms in Node at 1×, about 50 ms at 4× CPU).
  for (let l = 0; l < n - 1; l++) {
    const line = (list[l + 1] as string).split('\n');
    for (let j = 0; j < line.length; j++) {
      const id = l * LINE_PIECES + j;
      const f = (folded[id] = fold((pieces[id] = line[j] || '\n')));
      apart[id] = +!LETTER.test(f);
      if (ONE_WORD.test(f)) term[id] = v.id(stem(f));
      if (WORD.test(f)) word[id] = v.id('_' + hiragana(f));
      if (PURE.test(f)) {
        const t: number[] = (inner[id] = []);
        terms(f, t, v.id, pair);
        if (f.length < 2) t.pop();
      }
      if (!(j % 256)) yield [];
    }
  }
  for (let i = n; i < list.length; i++) {
    const o = list[i];
    if (!isObj(o)) {
      yield [o];
      continue;
    }
    const stored: Stored = [];
    len = 0;
    // Tags and products are one field, joined with spaces.
    let item = 0;
    const items = (v: unknown) => (Array.isArray(v) ? v.map((x) => (item++ && end(), read(x))) : v);
    const a = {
      ...o,
      title: field(stored, () => read(o.title)),
      body: field(stored, () => read(o.body)),
      ...field(stored, () => ({ tags: items(o.tags), products: items(o.products) })),
    };
    yield o.split ? [a] : [a, stored];
  }
}

/**
 * Every entry of {@link readPrebuilt} but its pauses, at once, each with its own copy of its terms:
 * what the CLI reads a file it writes or checks with.
 *
 * @example
 * for (const [article, stored] of readAllPrebuilt(list, v)) …
 */
export const readAllPrebuilt = (list: unknown[], v: PairVocabulary): [unknown, number[][]?][] => {
  const all: [unknown, number[][]?][] = [];
  for (const e of readPrebuilt(list, v)) if (e.length) all.push([e[0], e[1] && e[1].map((s) => [...s])]);
  return all;
};

/**
 * A parsed prebuilt index as what the build reads, in a {@link PairVocabulary} of its own.
 *
 * @example
 * const s = await buildSliced(prebuiltSource(list));
 */
export const prebuiltSource = (list: unknown[]): Source => {
  const v = pairVocabulary();
  return [v, readPrebuilt(list, v)];
};
