import { buildCard } from '../context/buildCard';
import type { BuildCard } from '../seams';
import type { ContextCard } from '../types';
import { fill, type Labels } from './handoff/cardLabels';
import { handoffChunk } from './conversation';

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
 * hand-off get. The labels, in every language the widget has, are the hand-off chunk's (they
 * would cost the widget chunk its budget), so the card loads it.
 */
export const cardWithText: BuildCard = (...args) =>
  handoffChunk().then((m) => {
    const card = buildCard(...args);
    return { ...card, text: cardText(card, m.cardLabels(card.locale)) };
  });
