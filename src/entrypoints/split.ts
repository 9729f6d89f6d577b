/**
 * The split index reader's chunk (`dist/split.mjs`): loaded by the widget chunk only when the
 * article index is the `index.json` of one `kikubari index --split` wrote, so other sites never fetch it.
 */
export { splitSearch } from '../search/split';
