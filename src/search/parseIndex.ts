import { slicer } from './pause';

/**
 * Parse a JSON answer without one long task. A 5,000-article index is several MB, and one
 * `JSON.parse` of it can hold the main thread for 50–100 ms. Index files written by
 * `kikubari index` hold one article per line (`[\n{…},\n{…}\n]`; JSON escapes every newline
 * inside a string, so a line is always one whole article), which parses line by line in
 * slices. Anything else — another tool's index, a pretty-printed file, a remote answer — is
 * parsed in one go. Rejects with the `SyntaxError` of `JSON.parse` when the text is not JSON.
 *
 * @example
 * const json = await parseIndex(await response.text());
 */
export async function parseIndex(text: string): Promise<unknown> {
  if (text.startsWith('[\n{')) {
    try {
      const out: unknown[] = [];
      const breathe = slicer();
      // Line by line with indexOf, not split('\n'): splitting 4 MB at once is itself a long step.
      for (let start = 0, end = 0; start < text.length; start = end + 1) {
        end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        const line = text.slice(start, text.charCodeAt(end - 1) == 44 /* , */ ? end - 1 : end);
        if (line.length > 1) out.push(JSON.parse(line));
        await breathe();
      }
      return out;
    } catch {
      /* not one article per line after all: parse it whole */
    }
  }
  return JSON.parse(text);
}
