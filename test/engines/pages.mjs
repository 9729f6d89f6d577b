// Host pages for the engine journeys and the durability bench: the same shape as test/e2e's
// `hostPage`, with the fake clock (clock.js) as the first script, since WebDriver has no
// `page.clock`. Pages are served from a Map by scripts/serve.mjs.

/** The snippet from the README: the queue stub, before the script loads. */
export const SNIPPET = 'typeof kikubari=="function"||(window.kikubari=function(){(kikubari.q=kikubari.q||[]).push(arguments)});';

export const ORDER = { orderId: 'A-1001', items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'kettles', price: 79, quantity: 1 }] };
export const ARTICLES = '/test/e2e/fixtures/articles.json';
export const KB = '/hc/en/articles/1001-descale-aero-kettle';

/**
 * A host page: the fake clock (unless `clock: false`), error and warning capture, the snippet,
 * calls queued before load (`before`), and the async script tag.
 */
export function hostPage(o = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${o.title || 'Help Center'}</title>
${o.clock === false ? '' : '<script src="/test/engines/clock.js"></script>'}
<script src="/test/engines/page-errors.js"></script>
<script>${o.fault || ''}</script>
<script>${SNIPPET}${o.before || ''}</script>
<script async src="/dist/kikubari.js"></script>
${o.head || ''}</head><body><main><h1>${o.h1 || o.title || 'Help Center'}</h1>${o.body || '<p>' + 'Some helpful text. '.repeat(40) + '</p>'}</main></body></html>`;
}
