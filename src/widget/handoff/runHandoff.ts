import type { ContextCard, HandoffConfig } from '../../types';
import { crisp } from './crisp';
import { intercom } from './intercom';
import { url } from './url';
import { zendesk } from './zendesk';

const ADAPTERS = { zendesk, intercom, crisp, url };

/**
 * Hand the visitor to a person with the customer info card, through the configured adapter.
 * Rejects when the vendor's widget is missing from the page or the callback throws.
 */
export async function runHandoff(config: HandoffConfig, card: ContextCard, win: Window): Promise<void> {
  if (config.type == 'callback') return void (await config.onHandoff!(card));
  ADAPTERS[config.type](card, config, win);
}
