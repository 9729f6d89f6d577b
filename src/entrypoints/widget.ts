/**
 * The lazy chunk: one entry point, loaded when an offer fires, the launcher is used, the debug
 * overlay is on, or `context()` is called. Everything only needed then lives here: the widget
 * (Preact, the conversation, the article search, the hand-off adapters), the visitor-language
 * reasons for an offer, and the customer info card.
 */
export { mountWidget } from '../widget/mountWidget';
export { reasonsFor } from '../engine/reasons';
export { buildCard } from '../context/buildCard';
