import { cut } from '../../lib/cut';
import type { ContextCard } from '../../types';

type IntercomFn = (...args: unknown[]) => unknown;

/**
 * Intercom Messenger (developers.intercom.com/installing-intercom/web/methods): records a
 * `kikubari-handoff` event with compact metadata the agent sees on the conversation, then
 * opens the composer prefilled with the card as text (`showNewMessage`), for the visitor to
 * read, edit and send.
 */
export function intercom(card: ContextCard, _config: unknown, win: Window): void {
  const Intercom = (win as unknown as { Intercom?: IntercomFn }).Intercom;
  if (typeof Intercom != 'function') throw new Error('Intercom is not on this page');
  const order = card.purchases[0];
  Intercom('trackEvent', 'kikubari-handoff', {
    page: cut(card.page.url, 255),
    product: order ? cut(order.items.map((i) => i.name).join(', '), 255) : '',
    order_id: order ? order.orderId : '',
    articles_read: card.articles.length,
  });
  Intercom('showNewMessage', cut(card.text, 2000));
}
