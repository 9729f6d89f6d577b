import { isObj } from '../lib/check';

/** The value at a dotted path in JSON: `at({ hits: { hits: [] } }, 'hits.hits')` is the array. */
const at = (json: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), json);

/**
 * A search service's answer as articles, by a mapping written as the URL template's fragment
 * (the part after `#`, which is never sent): `results` is the dotted path to the list of hits in
 * the answer, and every other key is an article field with the dotted path to its value in each
 * hit (a field not named keeps its own name). No fragment: the answer is used as it is (an
 * array, `{ articles }`, or Zendesk's `{ results }`).
 *
 * @example
 * // Elasticsearch / OpenSearch `_search?q=`: { hits: { hits: [{ _id, _source: { title, url, body } }] } }
 * mapAnswer(answer, 'results=hits.hits&id=_id&title=_source.title&url=_source.url&body=_source.body')
 * // Algolia `/1/indexes/{index}?query=`: { hits: [{ objectID, title, url, body }] }
 * mapAnswer(answer, 'results=hits&id=objectID')
 */
export function mapAnswer(json: unknown, mapping: string): unknown {
  const fields = new URLSearchParams(mapping);
  const results = fields.get('results');
  fields.delete('results');
  const list = results ? at(json, results) : json;
  return Array.isArray(list)
    ? list.map((hit) => {
        const a: Record<string, unknown> = { ...hit };
        fields.forEach((path, field) => (a[field] = at(hit, path)));
        return a;
      })
    : list;
}
