/** A front-matter value: a string, or a list of strings. */
export type FrontMatterValue = string | string[];

/** A Markdown file split into its front matter and its body. */
export interface FrontMatter {
  data: Record<string, FrontMatterValue>;
  body: string;
}

/**
 * Split a Markdown file into front matter and body. The front matter is the YAML subset help
 * centres write: `key: value` with quoted or bare strings, `[a, b]` flow lists, `- item` block
 * lists and `#` comments. Anything else (nested maps, `|` blocks) throws an `Error` naming the
 * line, so a file is never indexed with a silently wrong field. No front matter: `data` is `{}`.
 *
 * @example
 * parseFrontMatter('---\nid: "1001"\ntags: [descaling, cleaning]\n---\nBody')
 * // { data: { id: '1001', tags: ['descaling', 'cleaning'] }, body: 'Body' }
 */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]!.trim() != '---') return { data: {}, body: lines.join('\n') };
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) throw new Error('front matter starts with --- on line 1 but has no closing --- line');
  // No prototype: a key named `__proto__` or `constructor` is just a key.
  const data: Record<string, FrontMatterValue> = Object.create(null);
  let open: string | undefined; // a `key:` with nothing after it, which `- item` lines may follow
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    const at = 'front matter line ' + (i + 1) + ': ';
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const item = /^\s*-(?:\s+(.*))?$/.exec(line);
    if (item) {
      if (!open) throw new Error(at + 'a "- item" line must follow a "key:" line');
      const list = Array.isArray(data[open]) ? (data[open] as string[]) : (data[open] = []);
      const v = scalar(item[1] || '', at);
      if (v) list.push(v);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(line);
    if (!pair) throw new Error(at + 'expected "key: value", got ' + JSON.stringify(line.trim()));
    const key = pair[1]!;
    const value = (pair[2] || '').trim();
    if (key in data) throw new Error(at + '"' + key + '" is given twice');
    open = !value || value.startsWith('#') ? key : undefined;
    if (/^[|>]/.test(value)) throw new Error(at + 'block text (| or >) is not supported; write "' + key + '" on one line');
    data[key] = value.startsWith('[') ? flowList(value, at) : scalar(value, at);
  }
  return { data, body: lines.slice(end + 1).join('\n') };
}

/** A quoted or bare string; a bare one ends before ` #`. */
function scalar(raw: string, at: string): string {
  const v = raw.trim();
  if (v.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*")\s*(#.*)?$/.exec(v);
    if (!m) throw new Error(at + 'unterminated "quoted string" (or text after it): ' + v);
    try {
      return JSON.parse(m[1]!) as string;
    } catch {
      throw new Error(at + 'bad escape in ' + m[1]);
    }
  }
  if (v.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*(#.*)?$/.exec(v);
    if (!m) throw new Error(at + "unterminated 'quoted string' (or text after it): " + v);
    return m[1]!.replace(/''/g, "'");
  }
  return v.replace(/\s+#.*$/, '');
}

/** `[a, "b, c", 'd']` → `['a', 'b, c', 'd']`. */
function flowList(raw: string, at: string): string[] {
  const m = /^\[(.*)\]\s*(#.*)?$/.exec(raw);
  if (!m) throw new Error(at + 'a list must end with "]": ' + raw);
  const inner = m[1]!;
  const out: string[] = [];
  // One item (quoted, or bare up to the next comma) and its comma, from where the last ended.
  const next = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,"']*?)\s*(,|$)/y;
  while (next.lastIndex < inner.length) {
    const x = next.exec(inner);
    if (!x) throw new Error(at + 'cannot read the list ' + raw + ' (a stray quote?)');
    const v = scalar(x[1]!, at);
    if (v) out.push(v);
    if (!x[2]) break;
  }
  return out;
}
