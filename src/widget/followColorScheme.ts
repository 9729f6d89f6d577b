/**
 * The colour scheme the page itself declares, when it declares exactly one: CSS `color-scheme`
 * on the root element first, else `<meta name="color-scheme">` (the browser's own order: the
 * meta applies only while the root's value is `normal`). `light dark`, or nothing, gives
 * `undefined`: the page leaves the choice to the visitor's setting.
 */
export function pageColorScheme(doc: Document): 'light' | 'dark' | undefined {
  let declared = '';
  try {
    declared = getComputedStyle(doc.documentElement).colorScheme || '';
  } catch {}
  if (!declared || declared == 'normal') declared = doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') || '';
  const words = declared.toLowerCase().split(/[\s,]+/);
  const light = words.includes('light');
  return light != words.includes('dark') ? (light ? 'light' : 'dark') : undefined;
}

/**
 * Resolve the preset to the scheme the widget draws in, as `data-scheme="light|dark"` on the host
 * element (the stylesheet keys the dark tokens on it; designers may too). `auto`, the default,
 * follows the page's own declared scheme before the visitor's OS setting — a light-only site gets
 * a light widget on a dark OS — and follows the OS setting live when the page declares none.
 * Returns a function that stops listening.
 */
export function followColorScheme(host: Element): () => void {
  const preset = host.getAttribute('data-theme');
  const doc = host.ownerDocument;
  const os = preset == 'auto' && typeof matchMedia == 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  const set = () => host.setAttribute('data-scheme', preset == 'light' || preset == 'dark' ? preset : pageColorScheme(doc) || (os && os.matches ? 'dark' : 'light'));
  set();
  os && os.addEventListener && os.addEventListener('change', set);
  return () => os && os.removeEventListener && os.removeEventListener('change', set);
}
