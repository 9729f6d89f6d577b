// A tagged template that escapes every interpolated value unless it is already HTML
// (the result of `html` or `raw`). Arrays are joined; null, undefined and false render nothing.

class Html {
  constructor(s) {
    this.s = s;
  }
  toString() {
    return this.s;
  }
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Trusted markup, inserted as is. */
export const raw = (s) => new Html(String(s));

const render = (v) =>
  v == null || v === false ? '' : v instanceof Html ? v.s : Array.isArray(v) ? v.map(render).join('') : escapeHtml(v);

export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => (out += render(v) + strings[i + 1]));
  return new Html(out);
}

/** JSON for a `<script type="application/…json">` block: `<` is escaped so no `</script>` can end it early. */
export const jsonScript = (value, attrs = 'type="application/json"') =>
  raw(`<script ${attrs}>${JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/\u2028|\u2029/g, (c) => (c == '\u2028' ? '\\u2028' : '\\u2029'))}</script>`);

export const money = (n) => '$' + (Number.isInteger(n) ? String(n) : n.toFixed(2));
