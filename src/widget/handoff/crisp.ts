import { cut } from '../../lib/cut';
import type { ContextCard } from '../../types';

/**
 * Crisp chatbox (`$crisp.push`, docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp):
 * session data for the operator, the message box prefilled with the card, then open.
 * `$crisp` is a queue array until Crisp loads, so pushing works before and after.
 */
export function crisp(card: ContextCard, _config: unknown, win: Window): void {
  const $crisp = (win as unknown as { $crisp?: { push(cmd: unknown[]): unknown } }).$crisp;
  if (!$crisp || typeof $crisp.push != 'function') throw new Error('Crisp ($crisp) is not on this page');
  const order = card.purchases[0];
  $crisp.push([
    'set',
    'session:data',
    [
      [
        ['kikubari_page', cut(card.page.url, 255)],
        ['kikubari_order', order ? order.orderId : ''],
        ['kikubari_products', order ? cut(order.items.map((i) => i.name).join(', '), 255) : ''],
        ['kikubari_articles_read', String(card.articles.length)],
      ],
    ],
  ]);
  $crisp.push(['set', 'message:text', [cut(card.text, 2000)]]);
  $crisp.push(['do', 'chat:open']);
}
