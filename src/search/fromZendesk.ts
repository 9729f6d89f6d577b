import { htmlToText } from './htmlToText';
import { isZendesk } from './toArticles';

const some = <T>(list: T[]) => (list.length ? list : undefined);

/**
 * A Zendesk Help Center article (`/api/v2/help_center/articles.json`, `…/articles/search.json`)
 * as a kikubari article: `html_url` is the page (Zendesk's `url` is the API's), the HTML body
 * becomes text, `label_names` become tags, and labels written `product:SKU` or `sku:SKU`
 * become `products`, so Zendesk articles can rank first for a purchased product. The result is
 * unchecked: it goes through the same validation as any other article.
 *
 * @example
 * fromZendesk({ id: 360001, title: 'Descale', html_url: 'https://help.example.com/hc/en-us/articles/360001', body: '<p>Fill…</p>', label_names: ['descaling', 'product:AK-1'], locale: 'en-us' })
 * // { id: '360001', title: 'Descale', url: 'https://…/360001', body: 'Fill…', tags: ['descaling'], products: ['AK-1'], locale: 'en-us' }
 * // (no labels: no `tags`, no `products`)
 */
export function fromZendesk(z: Record<string, unknown>): Record<string, unknown> {
  const labels = Array.isArray(z.label_names) ? z.label_names : [];
  const product = (l: unknown) => typeof l == 'string' && /^(product|sku):./i.test(l);
  return {
    id: typeof z.id == 'number' ? String(z.id) : z.id,
    title: z.title ?? z.name,
    url: z.html_url,
    body: typeof z.body == 'string' ? htmlToText(z.body) : undefined,
    tags: some(labels.filter((l) => !product(l))),
    products: some(labels.filter(product).map((l: string) => l.slice(l.indexOf(':') + 1).trim())),
    locale: z.locale,
  };
}


/**
 * A list of articles with Zendesk's among them ({@link isZendesk}) converted, the others as they are.
 *
 * @example
 * fromZendeskList(toArticles(await res.json())!) // a Zendesk export or search answer, as articles to check
 */
export const fromZendeskList = (list: unknown[]): unknown[] => list.map((a) => (isZendesk(a) ? fromZendesk(a) : a));
