// Just enough Markdown for the help articles: front matter, `##`/`###` headings, paragraphs,
// `-` and `1.` lists, `>` notes, `---`, and inline `**bold**`, `*em*`, `` `code` `` and
// [links](/path). Raw HTML is not supported: every character of text is escaped.
import { escapeHtml } from './html.mjs';

/**
 * Split `---\nkey: value\n---\nbody`. Values: `"quoted"` (JSON string), `[a, b]` lists, or plain text.
 * @returns {{ data: Record<string, string | string[]>, body: string }}
 */
export function parseFrontMatter(source, file = 'article') {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!m) throw new Error(`${file}: missing front matter (--- … ---)`);
  const data = {};
  for (const line of m[1].split(/\r?\n/)) {
    if (!line.trim()) continue;
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) throw new Error(`${file}: cannot read front matter line "${line}"`);
    data[kv[1]] = scalarOrList(kv[2].trim());
  }
  return { data, body: m[2] };
}

const unquote = (s) => (/^".*"$/.test(s) ? JSON.parse(s) : /^'.*'$/.test(s) ? s.slice(1, -1).replace(/''/g, "'") : s);

function scalarOrList(v) {
  if (v.startsWith('[') && v.endsWith(']')) {
    const inner = v.slice(1, -1).trim();
    return inner ? inner.split(',').map((x) => unquote(x.trim())) : [];
  }
  return unquote(v);
}

/** Parse into blocks: { type: 'h2'|'h3'|'p'|'ul'|'ol'|'note'|'hr', text | items }. */
function blocks(md) {
  const out = [];
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let para = null;
  let list = null;
  const end = () => {
    para = null;
    list = null;
  };
  for (const line of lines) {
    let m;
    if (!line.trim()) end();
    else if ((m = /^(#{2,4})\s+(.*)$/.exec(line))) {
      end();
      out.push({ type: m[1].length == 2 ? 'h2' : 'h3', text: m[2].trim() });
    } else if (/^-{3,}\s*$/.test(line)) {
      end();
      out.push({ type: 'hr' });
    } else if ((m = /^\s*[-*]\s+(.*)$/.exec(line)) || (m = /^\s*(\d+)[.)]\s+(.*)$/.exec(line))) {
      const type = /^\s*\d/.test(line) ? 'ol' : 'ul';
      const text = m[m.length - 1];
      if (!list || list.type != type) {
        para = null;
        out.push((list = { type, items: [] }));
      }
      list.items.push(text);
    } else if ((m = /^>\s?(.*)$/.exec(line))) {
      list = null;
      const last = out[out.length - 1];
      if (para && last && last.type == 'note') last.text += ' ' + m[1];
      else out.push((para = { type: 'note', text: m[1] }));
    } else if (list && /^\s{2,}\S/.test(line)) {
      list.items[list.items.length - 1] += ' ' + line.trim();
    } else if (para && para.type == 'p') {
      para.text += ' ' + line.trim();
    } else {
      list = null;
      out.push((para = { type: 'p', text: line.trim() }));
    }
  }
  return out;
}

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|\*([^*\s][^*]*)\*/g;

/** Only site-relative links, anchors and http(s)/mailto: anything else renders as text. */
const safeHref = (href) => /^(\/(?!\/)|#|https?:\/\/|mailto:)/i.test(href);

function inline(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] != null) out += `<code>${escapeHtml(m[1])}</code>`;
    else if (m[2] != null) out += `<strong>${inline(m[2])}</strong>`;
    else if (m[3] != null) out += safeHref(m[4]) ? `<a href="${escapeHtml(m[4])}">${inline(m[3])}</a>` : inline(m[3]);
    else out += `<em>${inline(m[5])}</em>`;
  }
  return out + escapeHtml(text.slice(last));
}

function plainInline(text) {
  return text.replace(INLINE, (_, code, bold, linkText, _href, em) => plainInline(code ?? bold ?? linkText ?? em));
}

/** Markdown → HTML string. Headings get ids `h-1`, `h-2`, … for in-page links. */
export function markdownToHtml(md) {
  let n = 0;
  return blocks(md)
    .map((b) => {
      if (b.type == 'h2' || b.type == 'h3') return `<${b.type} id="h-${++n}">${inline(b.text)}</${b.type}>`;
      if (b.type == 'p') return `<p>${inline(b.text)}</p>`;
      if (b.type == 'note') return `<aside class="note"><p>${inline(b.text)}</p></aside>`;
      if (b.type == 'hr') return '<hr>';
      return `<${b.type}>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${b.type}>`;
    })
    .join('\n');
}

/** Markdown → plain text (for the search index), one block per line. */
export function markdownToText(md) {
  return blocks(md)
    .map((b) => (b.items ? b.items.map(plainInline).join('\n') : b.text != null ? plainInline(b.text) : ''))
    .filter(Boolean)
    .join('\n');
}

/** The `##` headings, for an article's "In this article" list. */
export function headings(md) {
  let n = 0;
  return blocks(md)
    .filter((b) => b.type == 'h2' || b.type == 'h3')
    .map((b) => ({ level: b.type, id: `h-${++n}`, text: plainInline(b.text) }))
    .filter((h) => h.level == 'h2');
}
