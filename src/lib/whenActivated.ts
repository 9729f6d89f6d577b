/**
 * Run `callback` once the page is activated: now, or when a prerendered page is shown.
 * A prerendered page must count nothing (no page view, no dwell) until the visitor sees it.
 * https://developer.chrome.com/docs/web-platform/prerender-pages#detect-prerender-in-javascript
 */
export function whenActivated(doc: Document, callback: () => void): () => void {
  if (!(doc as Document & { prerendering?: boolean }).prerendering) {
    callback();
    return () => {};
  }
  const onChange = () => callback();
  doc.addEventListener('prerenderingchange', onChange, { once: true });
  return () => doc.removeEventListener('prerenderingchange', onChange);
}
