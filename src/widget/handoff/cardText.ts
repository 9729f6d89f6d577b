import { buildCard } from '../../context/buildCard';
import type { BuildCard } from '../../seams';
import type { ContextCard } from '../../types';
import { cardLabels, fill, type Labels } from './cardLabels';

/**
 * The card as plain text, for a form field or a first chat message, labelled in the widget's
 * language. The visitor's own words come first: a hand-off URL that must be shortened loses the
 * recent pages, not the question.
 */
export function cardText(
  card: Omit<ContextCard, 'text'>,
  [, asked, answered, from, accepted, because, and, read, shown, helpful, unhelpful, page, bought, viewed]: Labels,
): string {
  const { articles, accepted: o } = card;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const title = (id: string) => (articles.find((a) => a.id == id) || { title: id }).title!;
  return [
    ...card.typed.map((q) => fill(asked, q)),
    ...card.answers.map((a) => fill(answered, a.text) + (a.articleId ? fill(from, title(a.articleId)) : '')),
    ...(o ? [fill(accepted, o.message) + (o.reasons.length ? fill(because, o.reasons.join(and)) : '')] : []),
    ...articles.map((a) => fill(a.opened ? read : shown, a.title || a.id) + (a.helpful === undefined ? '' : a.helpful ? helpful : unhelpful)),
    fill(page, card.page.title, card.page.url),
    ...card.purchases.map((p) => fill(bought, day(p.purchasedAt), p.orderId, p.items.map((i) => i.name + ' [' + i.sku + ']').join(', '))),
    ...card.recentPages.slice(0, 5).map((p) => fill(viewed, p.title, p.url)),
  ].join('\n');
}

/**
 * The customer info card with its text: what `context()` returns, and what a responder and a
 * hand-off get. Built here, in the hand-off chunk, with the labels in every language the widget
 * has: the widget chunk, which every visitor with a launcher loads, carries neither.
 */
export const cardWithText = (...args: Parameters<BuildCard>): ContextCard => {
  const card = buildCard(...args);
  return { ...card, text: cardText(card, cardLabels(card.locale)) };
};
