/**
 * The mapping chunk (`dist/mapping.mjs`): loaded by the widget chunk only for a search service
 * whose URL template maps its answer (`…#results=hits&id=objectID`: Algolia,
 * Elasticsearch/OpenSearch), so no other site fetches it.
 */
export { mapAnswer } from '../search/mapAnswer';
