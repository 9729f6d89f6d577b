import { cut } from '../../lib/cut';
import type { ContextCard, HandoffConfig } from '../../types';

type ZE = ((...args: unknown[]) => unknown) & { widget?: string };

/**
 * Zendesk Web Widget. Messaging (`zE('messenger', …)`, developer.zendesk.com/api-reference/widget-messaging):
 * tags the conversation `kikubari`, puts the card's text in the custom ticket field `fieldId`
 * when one is configured (it must allow end-user input), then opens the messenger. Classic
 * (`zE.widget == 'classic'`, how Zendesk's Copenhagen theme tells them apart; it has no messenger
 * commands): the card goes into the contact form's description and the widget opens.
 */
export function zendesk(card: ContextCard, config: HandoffConfig, win: Window): void {
  const zE = (win as unknown as { zE?: ZE }).zE;
  if (typeof zE != 'function') throw new Error('Zendesk (zE) is not on this page');
  const text = cut(card.text, 5000);
  if (zE.widget == 'classic') {
    zE('webWidget', 'updateSettings', { webWidget: { contactForm: { fields: [{ id: 'description', prefill: { '*': text } }] } } });
    return void zE('webWidget', 'open');
  }
  zE('messenger:set', 'conversationTags', ['kikubari']);
  if (config.fieldId) zE('messenger:set', 'conversationFields', [{ id: config.fieldId, value: text }]);
  zE('messenger', 'open');
}
