import type { ContextCard, PageType } from '../types';
import type { CardRecords } from '../seams';

/**
 * The customer info card handed to a person: purchases, recent pages, offers and articles
 * tried — and the same as plain text for a form field or a first chat message.
 */
export function buildCard(
  records: CardRecords,
  page: { url: string; title: string; type: PageType },
  locale: string,
  purchasesAllowed: boolean,
): ContextCard {
  const purchases = purchasesAllowed ? records.purchases.slice(0, 10) : [];
  const recentPages = records.pages.slice(0, 10).map(({ url, title, type, at }) => ({ url, title, type, at }));
  const offers = records.interactions.filter((i) => i.kind == 'offer').slice(0, 10).map(({ id, outcome, at }) => ({ id, outcome: outcome || '', at }));
  const votes: Record<string, boolean> = {};
  records.interactions.forEach((i) => i.kind == 'vote' && votes[i.id] === undefined && (votes[i.id] = !!i.helpful));
  const articles = records.interactions
    .filter((i) => i.kind == 'article')
    .slice(0, 10)
    .map(({ id, title, at }) => ({ id, title, at, helpful: votes[id] }));
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const lines = [
    'Page: ' + page.title + ' <' + page.url + '>',
    ...purchases.map((o) => 'Bought ' + day(o.purchasedAt) + ' (order ' + o.orderId + '): ' + o.items.map((i) => i.name + ' [' + i.sku + ']').join(', ')),
    ...articles.map((a) => 'Read: ' + (a.title || a.id) + (a.helpful === undefined ? '' : a.helpful ? ' (helpful)' : ' (not helpful)')),
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
    text: lines.join('\n'),
  };
}
