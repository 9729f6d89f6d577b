import { cut } from '../../lib/cut';
import type { ContextCard, HandoffConfig } from '../../types';

type ZE = (...args: unknown[]) => unknown;

/**
 * Zendesk messaging Web Widget (`zE('messenger', …)`, developer.zendesk.com/api-reference/widget-messaging).
 * Tags the conversation `kikubari`, puts the card's text in the custom ticket field `fieldId`
 * when one is configured (it must allow end-user input), then opens the messenger.
 */
export function zendesk(card: ContextCard, config: HandoffConfig, win: Window): void {
  const zE = (win as unknown as { zE?: ZE }).zE;
  if (typeof zE != 'function') throw new Error('Zendesk Web Widget (zE) is not on this page');
  zE('messenger:set', 'conversationTags', ['kikubari']);
  if (config.fieldId) zE('messenger:set', 'conversationFields', [{ id: config.fieldId, value: cut(card.text, 5000) }]);
  zE('messenger', 'open');
}
