import { fail, isObj } from '../lib/check';
import { fold } from './fold';
import { UNSPACED_CHARS } from './tokenize';

/**
 * What a prebuilt index says about one article: per field (title, body, tags), where its
 * dictionary words are (`[start, end, …]` in the folded text) and the folded length that is for.
 */
export type Stored = [spans: number[], length: number][];

/** One article as the index build reads it (not yet checked), with what a prebuilt index stored for it. */
export type Entry = [article: unknown, stored?: Stored];

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
// words of a field are worked out from; `kikubari index` checks every article against the
// segmenter itself and marks any it disagrees on.
const WORD = /* @__PURE__ */ new RegExp('^(?=[\\p{L}\\p{N}])[' + UNSPACED_CHARS + ']', 'u');

/**
 * The articles of a parsed prebuilt index (`[{"kikubari":"index","v":2}, dictionary lines…,
 * articles…]`), one at a time as the build asks for them, each with where the dictionary words
 * of its fields are — read from the pieces it is written in, never segmented. An article's
 * `title`, `body`, `tags` and `products` are strings of piece numbers; the dictionary lines are
 * the pieces (a word, a space, a punctuation mark), {@link LINE_PIECES} a line, separated by
 * `\n`, with an empty piece for a line break. An article marked `"split":1` is one whose words
 * the pieces do not give (the segmenter and the pieces disagreed): it is segmented as a plain
 * article is. Throws a `kikubari:` error for a version it cannot read, or a piece it does not have.
 *
 * @example
 * for (const [article, stored] of readPrebuilt(await parseIndex(text))) …
 */
export function* readPrebuilt(list: unknown[]): Generator<Entry, void> {
  const head = list[0] as Record<string, unknown>;
  if (head.v !== PREBUILT_VERSION) fail('index version', String(PREBUILT_VERSION), head.v);
  let n = 1;
  while (typeof list[n] == 'string') n++;
  // Each dictionary line is split when a piece of it is first used; each piece is folded once:
  // its folded length × 2, + 1 for a dictionary word, + 2 so that 0 means "not yet".
  const lines: string[][] = [];
  const known = new Int32Array((n - 1) * LINE_PIECES);
  let at = 0;
  let spans: number[] = [];
  const read = (codes: unknown): unknown => {
    if (typeof codes != 'string') return codes; // left for the article check to name
    let text = '';
    for (let i = 0, lead = 0; i < codes.length; i++) {
      const c = codes.charCodeAt(i);
      if (c >= LEAD_0) {
        lead = lead * LEADS + c - LEAD_0 + 1;
        continue;
      }
      const id = lead * LASTS + c - LAST_0;
      const line = (id / LINE_PIECES) | 0;
      lead = 0;
      let piece = line < n - 1 ? (lines[line] ||= (list[line + 1] as string).split('\n'))[id % LINE_PIECES] : undefined;
      if (piece === undefined) fail('index piece', 'a piece of the index', id);
      piece ||= '\n';
      let k = known[id]!;
      if (!k) {
        const folded = fold(piece);
        known[id] = k = folded.length * 2 + +WORD.test(folded) + 2;
      }
      const end = at + (k >> 1) - 1;
      if (k & 1) spans.push(at, end);
      at = end;
      text += piece;
    }
    return text;
  };
  // One field's text, and where its words are: the folded length they are for, checked by the tokenizer.
  const field = <T>(stored: Stored, value: () => T): T => {
    at = 0;
    spans = [];
    const v = value();
    stored.push([spans, at]);
    return v;
  };
  for (let i = n; i < list.length; i++) {
    const o = list[i];
    if (!isObj(o)) {
      yield [o];
      continue;
    }
    const stored: Stored = [];
    // Tags and products are one field, joined with spaces.
    let item = 0;
    const items = (v: unknown) => (Array.isArray(v) ? v.map((x) => ((at += +!!item++), read(x))) : v);
    const a = {
      ...o,
      title: field(stored, () => read(o.title)),
      body: field(stored, () => read(o.body)),
      ...field(stored, () => ({ tags: items(o.tags), products: items(o.products) })),
    };
    yield o.split ? [a] : [a, stored];
  }
}
