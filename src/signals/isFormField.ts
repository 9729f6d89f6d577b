/**
 * Is this element where the visitor types? Text fields, selects, editable content — and an
 * iframe, which usually embeds a form (a payment or a support form) whose keys we cannot see.
 */
export const isFormField = (el: Element | null | undefined): boolean =>
  !!el && (/^(INPUT|TEXTAREA|SELECT|IFRAME)$/.test(el.tagName) || !!(el as HTMLElement).isContentEditable);

/** The element that has focus, looking inside shadow roots (a web-component form counts too). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
