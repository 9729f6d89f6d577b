/**
 * The Zendesk chunk (`dist/zendesk.mjs`): loaded by the widget chunk only when an answer holds
 * Zendesk Help Center articles (an articles export as the index, the Help Center search API as
 * the remote search), so a site with its own index never fetches it.
 */
export { fromZendeskList } from '../search/fromZendesk';
