import type { ContextCard, PageType } from '../types';
import type { CardRecords, CardStory } from '../seams';

/** Articles on the card: enough for a person to see what was tried, few enough to read. */
const MAX_ARTICLES = 20;

/**
 * The customer info card handed to a person: what the visitor typed and was answered, the offer
 * they accepted and why, every article shown, opened and voted on, purchases, recent pages.
 * `story` is what the open panel saw on this page (the widget keeps it; nothing of it is stored).
 * The same as plain text, in the widget's language, is worded by the hand-off chunk
 * (`widget/handoff/cardText.ts`), which holds every label in every language the widget has.
 */
export function buildCard(
  records: CardRecords,
  page: { url: string; title: string; type: PageType },
  locale: string,
  purchasesAllowed: boolean,
  story: CardStory = { typed: [], shown: [], answers: [] },
): Omit<ContextCard, 'text'> {
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
    accepted: story.offer,
    answers: story.answers.slice(),
  };
}
