import type { ContextCard, PageType } from '../types';
import type { CardRecords, CardStory } from '../seams';

/** Articles on the card: enough for a person to see what was tried, few enough to read. */
const MAX_ARTICLES = 20;

/**
 * The customer info card handed to a person: what the visitor typed and was answered, the offer
 * they accepted and why, every article shown, opened and voted on, purchases, recent pages — and
 * the same as plain text for a form field or a first chat message. The text puts the visitor's
 * own words first: a hand-off URL that must be shortened loses the recent pages, not the question.
 * `story` is what the open panel saw on this page (the widget keeps it; nothing of it is stored).
 */
export function buildCard(
  records: CardRecords,
  page: { url: string; title: string; type: PageType },
  locale: string,
  purchasesAllowed: boolean,
  story: CardStory = { typed: [], shown: [], answers: [] },
): ContextCard {
  const purchases = purchasesAllowed ? records.purchases.slice(0, 10) : [];
  const recentPages = records.pages.slice(0, 10).map(({ url, title, type, at }) => ({ url, title, type, at }));
  const offers = records.interactions.filter((i) => i.kind == 'offer').slice(0, 10).map(({ id, outcome, at }) => ({ id, outcome: outcome || '', at }));
  const articles: ContextCard['articles'] = [];
  const article = (id: string, title: string | undefined, at: number) => {
    let a = articles.find((x) => x.id == id);
    if (!a) articles.push((a = { id, title, at }));
    return a;
  };
  story.shown.forEach(({ id, title, url, at }) => Object.assign(article(id, title, at), { url, shown: true }));
  const { interactions } = records;
  interactions.forEach((i) => i.kind == 'article' && (article(i.id, i.title, i.at).opened = true));
  // Newest first: the latest vote on an article is the one that counts.
  interactions.forEach((i) => {
    const a = i.kind == 'vote' && articles.find((x) => x.id == i.id);
    if (a && a.helpful === undefined) a.helpful = !!i.helpful;
  });
  articles.splice(MAX_ARTICLES);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const title = (id?: string) => (articles.find((a) => a.id == id) || { title: id }).title;
  const o = story.offer;
  const lines = [
    ...story.typed.map((q) => 'Asked: ' + q),
    ...story.answers.map((a) => 'Answered: ' + a.text + (a.articleId ? ' (from ' + title(a.articleId) + ')' : '')),
    ...(o ? ['Accepted the offer: ' + o.message + (o.reasons.length ? ' (because: ' + o.reasons.join('; ') + ')' : '')] : []),
    ...articles.map(
      (a) => (a.opened ? 'Read: ' : 'Shown: ') + (a.title || a.id) + (a.helpful === undefined ? '' : a.helpful ? ' (helpful)' : ' (not helpful)'),
    ),
    'Page: ' + page.title + ' <' + page.url + '>',
    ...purchases.map((o) => 'Bought ' + day(o.purchasedAt) + ' (order ' + o.orderId + '): ' + o.items.map((i) => i.name + ' [' + i.sku + ']').join(', ')),
    ...recentPages.slice(0, 5).map((p) => 'Viewed: ' + p.title + ' <' + p.url + '>'),
  ];
  return {
    visitorId: records.visitor && records.visitor.id,
    customerId: records.visitor && records.visitor.customerId,
    locale,
    page,
    purchases,
    recentPages,
    offers,
    articles,
    typed: story.typed.slice(),
    accepted: o,
    answers: story.answers.slice(),
    text: lines.join('\n'),
  };
}
