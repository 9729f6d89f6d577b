import { fieldsOf } from '../search/ranking';
import { LAST_0, LASTS, LEAD_0, LEADS, LINE_PIECES, PREBUILT_VERSION, readAllPrebuilt } from '../search/prebuilt';
import { tokenize } from '../search/tokenize';
import { pairVocabulary } from '../search/vocabulary';
import type { Article } from '../types';

/** A piece's number as `search/prebuilt.ts` reads it: leading digits (bijective base 34), then the last (base 57). */
const code = (id: number): string => {
  let s = String.fromCharCode(LAST_0 + (id % LASTS));
  for (let v = Math.floor(id / LASTS); v > 0; v = Math.floor((v - 1) / LEADS)) s = String.fromCharCode(LEAD_0 + ((v - 1) % LEADS)) + s;
  return s;
};

/** A field's terms in one order, to compare. */
const sorted = (terms: string[]) => JSON.stringify([...terms].sort());

/**
 * A prebuilt index file's text: the articles written in the pieces `Intl.Segmenter` cuts their
 * text into (words, spaces, punctuation; a line break its own piece), each piece stored once in
 * a dictionary and the articles' text as strings of piece numbers, the commonest pieces the
 * shortest. The browser gets the text back by joining pieces, and the index terms from the
 * pieces too, each piece folded and stemmed once for the whole index: no `Intl.Segmenter` (the
 * slow part of indexing Japanese, 95% of it), no word stemmed twice. Word-level coding also
 * packs better under gzip than the text itself: 0.81× the plain index for 2,576 Japanese
 * paragraphs (JSQuAD, JaQuAD), 0.90× for 1,946 sections of English READMEs — but more than the
 * plain index for a few dozen articles, where a dictionary cannot pay for itself (the CLI then
 * writes the plain list; see `main.ts`).
 *
 * Within each code length the pieces are in string order, which gzip packs better. Every article
 * is read back here as a browser will read it; one whose terms the pieces do not give exactly
 * (the segmenter cut the folded text differently) is marked `"split":1` and tokenised by the
 * browser. Still one JSON array with one item per line, so it streams and parses in slices like a
 * plain index.
 *
 * ```
 * [
 * {"kikubari":"index","v":2},
 * "の\n、\nは\n…",          the dictionary: 2,048 pieces a line, commonest first
 * …
 * {"id":"1001","title":"R#]K…","url":"/hc/ja/articles/1001","locale":"ja","body":"…"},
 * …
 * ]
 * ```
 *
 * @example
 * formatPrebuiltIndex([{ id: '1', title: 'ふたが閉まらない', url: '/1' }]) // '[\n{"kikubari":"index","v":2},\n"ふた\\nが\\n…",\n{"id":"1","title":"$#&…","url":"/1"}\n]\n'
 */
export function formatPrebuiltIndex(articles: Article[]): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const pieces = (text: string) => [...segmenter.segment(text)].flatMap(({ segment }) => segment.split(/(\n)/).filter(Boolean));
  const texts = articles.map((a) => [a.title, a.body || '', ...(a.tags || []), ...(a.products || [])].map(pieces));
  // Commonest first, ties in order of first use; then within each code length in string order.
  const uses = new Map<string, number>();
  for (const fields of texts) for (const field of fields) for (const p of field) uses.set(p, (uses.get(p) || 0) + 1);
  const byUse = [...uses.keys()].sort((p, q) => uses.get(q)! - uses.get(p)!);
  const dictionary: string[] = [];
  for (let from = 0, size = LASTS; from < byUse.length; from += size, size *= LEADS) dictionary.push(...byUse.slice(from, from + size).sort());
  const id = new Map(dictionary.map((p, i) => [p, code(i)]));
  const lines: string[] = [];
  for (let i = 0; i < dictionary.length; i += LINE_PIECES) lines.push(dictionary.slice(i, i + LINE_PIECES).map((p) => (p == '\n' ? '' : p)).join('\n'));
  const written: Record<string, unknown>[] = articles.map((a, i) => {
    const [title, body, ...items] = texts[i]!.map((field) => field.map((p) => id.get(p)).join(''));
    const tags = a.tags && items.splice(0, a.tags.length);
    return { id: a.id, title, url: a.url, locale: a.locale, tags, products: a.products && items, body: a.body === undefined ? undefined : body };
  });
  // Read back as the browser will: the text must come back whole, and the words where the segmenter finds them.
  let i = 0;
  const v = pairVocabulary();
  for (const [read, stored] of readAllPrebuilt([{ kikubari: 'index', v: PREBUILT_VERSION }, ...lines, ...written], v)) {
    const a = articles[i]!;
    const r = read as Article;
    const fields = (x: Article) => JSON.stringify([x.title, x.body, x.tags, x.products]);
    if (fields(r) != fields(a)) throw new Error('kikubari: the prebuilt index does not read back article ' + a.id);
    if (fieldsOf(a).some((text, f) => sorted(stored![f]!.map((t) => v.names[t]!)) != sorted(tokenize(text))))
      written[i]!.split = 1;
    i++;
  }
  return '[\n' + [{ kikubari: 'index', v: PREBUILT_VERSION }, ...lines, ...written].map((x) => JSON.stringify(x)).join(',\n') + '\n]\n';
}
