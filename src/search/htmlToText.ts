// The named entities help-centre editors actually produce; the rest arrive as numeric
// references or as UTF-8 characters, and an unknown name is left as written.
const ENTITIES = new Map(
  Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', times: '×', euro: '€', pound: '£', yen: '¥',
  }),
);

/**
 * Plain text from an HTML fragment: scripts, styles and comments dropped, block elements
 * become line breaks, text formatting (`<b>`, `<a>`, `<span>` …) goes without a trace, other elements
 * leave a space, entities decoded, whitespace collapsed. Regular expressions, not a parser:
 * good enough for article bodies (Zendesk's `body`, a help page's `<main>`), and it runs the
 * same in Node and the browser. The result is text, to be shown as text.
 *
 * @example
 * htmlToText('<p>Fill &amp; boil.</p><p>Rinse<br>twice</p>') // 'Fill & boil.\nRinse\ntwice'
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->|<(script|style|template|noscript|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(
        /<(br|hr)\b[^>]*>|<\/?(p|div|h[1-6]|li|dt|dd|tr|table|ul|ol|dl|section|article|aside|main|header|footer|nav|blockquote|pre|figure|figcaption|details|summary)\b[^>]*>/gi,
        '\n',
      )
      // Text formatting sits inside words and sentences ("<b>twice</b>, then"): no space for it.
      .replace(/<\/?(a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*>/gi, '')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/**
 * Decode HTML character references (`&amp;`, `&#39;`, `&#x2F;`, common names).
 *
 * @example
 * decodeEntities('R&amp;D &#x2014; 5&nbsp;min') // 'R&D — 5 min'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(x[\da-f]+|\d+)|([a-z]+));/gi, (ref, code: string | undefined, name: string | undefined) => {
    if (name) return ENTITIES.get(name) ?? ENTITIES.get(name.toLowerCase()) ?? ref;
    const n = code![0] == 'x' || code![0] == 'X' ? parseInt(code!.slice(1), 16) : +code!;
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '\ufffd';
  });
}
