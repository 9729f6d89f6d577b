/**
 * The widget chunk: one entry point, loaded when an offer is made, the launcher is used, `open()`
 * is called or the debug overlay is on — Preact, the conversation, the article search and the
 * hand-off adapters.
 */
export { mountWidget } from '../widget/mountWidget';
/** The built-in strings (English, Japanese), for tools such as the theme playground that edit them. */
export { STRINGS } from '../widget/strings';
export { wordReasons } from '../widget/reasonText';
export { cardWithText as buildCard } from '../widget/cardWithText';
export { pageProducts } from '../widget/pageProducts';
