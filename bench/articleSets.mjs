// The article indexes the first-answer benchmark loads: 1,000 and 10,000 articles, English and
// Japanese, as `kikubari index` writes them (one article a line), built in memory each run.
//
//   en   generated, seeded (the same every run): a help center's vocabulary, ~1 KB an article,
//        plus the one article the question is about
//   ja   the real Japanese paragraphs of ../shared/data (JSQuAD valid + JaQuAD dev: 2,576
//        paragraphs, read from there, never copied into the repo); the 10,000 set repeats them
//        (each copy its own id and URL), which costs the search the same as new text would
//        and makes no difference to what is measured here: time, not ranking
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-dist.mjs';

export const DATA_DIR = join(root, '..', 'shared', 'data');
const JA_SETS = ['jsquad-valid', 'jaquad-dev'];

const lines = (set, file) => readFileSync(join(DATA_DIR, set, file), 'utf8').split('\n').filter(Boolean);
const asIndex = (articles) => Buffer.from('[\n' + articles.map((a) => JSON.stringify(a)).join(',\n') + '\n]');

function english(n) {
  const WORDS = ('kettle lid hinge descale limescale filter water boil warranty return refund order cable power light button ' +
    'clean tank handle base switch grinder burr brew carafe scale timer display battery charge app account password ' +
    'delivery shipping invoice address exchange repair parts manual safety').split(' ');
  let seed = 7;
  const pick = () => WORDS[(seed = (seed * 16807) % 2147483647) % WORDS.length];
  const words = (k) => Array.from({ length: k }, pick).join(' ');
  const articles = Array.from({ length: n - 1 }, (_, i) => ({
    id: 'e' + i, title: 'How to ' + words(4) + ' ' + i, url: '/hc/en/articles/' + i, locale: 'en', products: ['SKU-' + (i % 50)], body: words(150) + '.',
  }));
  articles.push({ id: 'target', title: 'Aero Kettle lid will not close', url: '/hc/en/articles/target', locale: 'en', products: ['AK-1'], body: 'Press the lid until it clicks; clean the hinge. ' + words(120) + '.' });
  return { body: asIndex(articles), query: 'lid will not close', expect: 'Aero Kettle lid will not close', lang: 'en' };
}

function japanese(n) {
  const docs = JA_SETS.flatMap((set) => lines(set, 'corpus.jsonl').map((l) => JSON.parse(l)));
  // The question: JSQuAD's first whose paragraph is in every set (it is among the first docs).
  const inSet = new Set(docs.slice(0, Math.min(n, docs.length)).map((d) => d._id));
  const qrels = new Map(lines(JA_SETS[0], 'qrels.tsv').slice(1).map((l) => l.split('\t')));
  const question = lines(JA_SETS[0], 'queries.jsonl').map((l) => JSON.parse(l)).find((q) => inSet.has(qrels.get(q._id)));
  const answer = docs.find((d) => d._id == qrels.get(question._id));
  const articles = Array.from({ length: n }, (_, i) => {
    const d = docs[i % docs.length];
    return { id: 'j' + i, title: d.title, url: '/hc/ja/articles/' + i, locale: 'ja', body: d.text };
  });
  return { body: asIndex(articles), query: question.text, expect: answer.title, lang: 'ja' };
}

/** name → { body (the index file), query (the visitor's question), expect (the title of the article it is about), lang }. */
export const articleSets = () => ({
  'en 1k': english(1000),
  'en 10k': english(10000),
  'ja 1k': japanese(1000),
  'ja 10k': japanese(10000),
});
