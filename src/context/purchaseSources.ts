/**
 * Where purchases show up on a page, noticed cheaply (the always-loaded part only looks; the lazy
 * `ingest` turns what it finds into validated orders): GA4 `purchase` events in `dataLayer` —
 * GTM's `{ event: 'purchase', ecommerce }` and gtag's `['event', 'purchase', params]` — and
 * `<script type="application/json" data-kikubari-purchase>` blocks.
 */
export const isDataLayerPurchase = (e: any): boolean => !!e && (e.event == 'purchase' || (e[0] == 'event' && e[1] == 'purchase'));

/**
 * Report GA4 purchases already in `dataLayer` and every one pushed later. The wrapper calls
 * through to the current `push` (GTM's own, if it got there first) and returns its result.
 */
export function watchDataLayer(win: Window, onPurchase: (entry: unknown) => void): () => void {
  const w = win as unknown as { dataLayer?: unknown[] };
  // Assigned only when there is none: a consent manager may define `dataLayer` read-only.
  const layer = Array.isArray(w.dataLayer) ? w.dataLayer : (w.dataLayer = []);
  const see = (e: unknown) => isDataLayerPurchase(e) && onPurchase(e);
  layer.forEach(see);
  const original = layer.push;
  const push = function (this: unknown[], ...entries: unknown[]) {
    const result = original.apply(this, entries);
    entries.forEach(see);
    return result;
  };
  layer.push = push;
  return () => {
    if (layer.push === push) layer.push = original;
  };
}

/** The text of every purchase block on the page. */
export const purchaseBlocks = (doc: Document): string[] =>
  Array.from(doc.querySelectorAll('script[data-kikubari-purchase]'), (s) => s.textContent || '');
