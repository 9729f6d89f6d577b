/**
 * Give a shadow root a stylesheet: a constructable stylesheet where supported (allowed under a
 * strict `style-src 'self'` CSP, and never touching the host page's styles), else a `<style>`
 * element inside the root.
 */
export function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}
