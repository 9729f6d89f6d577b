/**
 * The prebuilt index reader's chunk (`dist/prebuilt.mjs`): loaded by the widget chunk only when
 * the article index is one `kikubari index --prebuilt` wrote, so a site with a plain article
 * list never fetches it.
 */
export { prebuiltSource } from '../search/prebuilt';
