/** The longest snippet, ellipses included: two lines of the widget's article card. */
export const SNIPPET_MAX = 160;

/**
 * A plain-text excerpt of `body` of at most {@link SNIPPET_MAX} characters around the first
 * of `terms` (folded index terms, most distinctive first) found in it, else the opening.
 * Whitespace is collapsed; cuts fall on sentence ends or spaces where the text has them, and
 * `…` marks them.
 * The result is text for the widget to show as text, never HTML.
 *
 * @example
 * snippet(longBody, ['descal']) // '…limescale builds up. To descale the Aero Kettle, fill it…'
 */
export function snippet(body: string, terms: string[]): string | undefined {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= SNIPPET_MAX) return text || undefined;
  // Terms are folded (lower case, half-width); fold the body the same way without changing
  // its length, so a position in one is a position in the other.
  let low = text.toLowerCase().replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (low.length != text.length) low = text;
  let at = -1;
  for (const t of terms) if ((at = low.indexOf(t)) >= 0) break;
  // Open at the start of the match's sentence when it is near, so the excerpt reads as
  // prose; else 40 characters before the match, on a space in scripts that have them.
  let start = 0;
  if (at > 0) {
    const from = Math.max(0, at - 100);
    const sentence = /^[\s\S]*(?:[。．！？]|[.!?] )/.exec(text.slice(from, at));
    if (sentence) start = from + sentence[0].length;
    else if (from) {
      start = at - 40;
      const space = text.indexOf(' ', start);
      if (space >= 0 && space < at) start = space + 1;
    }
  }
  let end = start + SNIPPET_MAX - (start ? 2 : 1);
  const back = text.lastIndexOf(' ', end);
  if (end < text.length && back > start + SNIPPET_MAX / 2) end = back;
  return (start ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}
