import { tokenize, type Words } from '../search/tokenize';
import type { ArticleHit } from './articleFinder';

/** A passage quoted from an article, with the article as its source. */
export interface GroundedAnswer {
  passage: string;
  article: ArticleHit;
}

// Words that carry no subject: a question that shares only these with an article is not answered by it.
const STOP = new Set('a an and are can do doe does for from get have how i if in is it my of on or the to what when where why will with you your me we not'.split(' '));
// Share of the question's meaningful terms the article must contain before it is quoted as the answer.
const CONFIDENCE = 0.5;
// The longest passage: three sentences, and never more than a short paragraph.
const MAX_SENTENCES = 3;
const MAX_CHARS = 320;

/**
 * Terms that say what the question is about: no function words, no kana-only grammar (した, たい).
 * Japanese is cut into the index's own dictionary words when it has them (`words`), as the search cut the question.
 */
const meaningful = (text: string, words?: Words) =>
  new Set(tokenize(text, words).filter((t) => !STOP.has(t) && !/^_?[\u3040-\u309f]{1,2}$/.test(t)));

/**
 * Sentences of `text`: English ends at `.`, `!` or `?` before a space; Japanese at `。`, `！`,
 * `？` with no space after; paragraphs always end one.
 *
 * @example
 * sentences('湯あかがたまります。クエン酸で落とせます。') // ['湯あかがたまります。', 'クエン酸で落とせます。']
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.replace(/\s+/g, ' ').match(/(?:[^。！？.!?]|[.!?](?![\s.!?]|$))+(?:[。！？]+|[.!?]+(?=\s|$)|$)/g) || [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The best passage (one to three sentences) of the best article for `query`, or nothing when the
 * article does not contain at least half of what the question is about — then there is no answer
 * to quote, only an honest "no good match".
 *
 * @example
 * groundedAnswer('how do I return it', hits) // { passage: 'You can return any product within 30 days…', article: hits[0] }
 */
export function groundedAnswer(query: string, hits: ArticleHit[], words?: Words): GroundedAnswer | undefined {
  const want = meaningful(query, words);
  const article = hits[0];
  if (!want.size || !article) return undefined;
  const has = meaningful(article.title + ' ' + (article.body || article.snippet || ''), words);
  let found = 0;
  want.forEach((t) => has.has(t) && found++);
  const passage = found / want.size < CONFIDENCE ? '' : bestPassage(query, article, words);
  return passage ? { passage, article } : undefined;
}

/**
 * The one to three sentences of `article` that best match `query` (the first ones when none
 * does), whatever the confidence: what a site's responder gets to answer from. Empty without text.
 *
 * @example
 * bestPassage('lid will not close', hit) // 'Press the lid button until it clicks. …'
 */
export function bestPassage(query: string, article: { body?: string; snippet?: string }, words?: Words): string {
  const want = meaningful(query, words);
  const list = sentences(article.body || article.snippet || '');
  const score = list.map((s) => {
    const terms = meaningful(s, words);
    let n = 0;
    want.forEach((t) => terms.has(t) && n++);
    return n;
  });
  let best = 0;
  score.forEach((n, i) => n > score[best]! && (best = i));
  // The best sentence, and what follows it while it still fits: an instruction rarely ends at its first full stop.
  let passage = list[best] || '';
  for (let i = best + 1; i < list.length && i < best + MAX_SENTENCES && passage.length + list[i]!.length < MAX_CHARS; i++)
    passage += (/[。！？]$/.test(passage) ? '' : ' ') + list[i];
  return passage;
}
