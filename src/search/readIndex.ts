import { task } from '../lib/task';
import { slicer } from './pause';

/**
 * Read and parse a JSON article index from a response without a long task. An index written
 * by `kikubari index` (one article per line: `[\n{…},\n{…}\n]`) is parsed line by line as it
 * streams in, in slices, so the full text is never held or scanned in one step — decoding a
 * 4 MB body, joining it into one string or splitting it are each long steps on their own
 * (measured in Chromium: 80–200 ms). Anything else is parsed whole when it has arrived.
 * `early` gets each item of such a file as soon as it is read, with its index; once it answers
 * true, the rest is read behind every other task (a split index: its first question goes first)
 * and it is not called again. Rejects with a `SyntaxError`
 * when the text is not JSON, with the read error when the connection fails.
 *
 * @example
 * const json = await readIndex(await fetch('/kb-index.json'));
 */
export async function readIndex(res: Response, early?: (item: unknown, i: number) => unknown): Promise<unknown> {
  // Every browser has a body stream; a host without one gets the whole text parsed at once.
  if (!res.body) return JSON.parse(await res.text());
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const out: unknown[] = [];
  // The text so far, kept until a whole article line has parsed (then the format is certain and
  // nothing is held twice): a pretty-printed file can start with "[\n{" too.
  let all: string[] | undefined = [];
  let lines: boolean | undefined;
  let tail = '';
  let breathe = slicer();
  const take = async (text: string, last: boolean) => {
    if (all) all.push(text);
    if (lines === false) return;
    tail += text;
    if (lines === undefined) {
      if (tail.length < 3 && !last) return;
      lines = tail.startsWith('[\n{');
      if (!lines) return;
    }
    let start = 0;
    for (let end = tail.indexOf('\n'); end >= 0 || (last && start < tail.length); end = tail.indexOf('\n', start)) {
      if (end < 0) end = tail.length;
      const line = tail.slice(start, tail.charCodeAt(end - 1) == 44 /* , */ ? end - 1 : end);
      start = end + 1;
      if (line.length > 1) {
        try {
          // (Each item as soon as it is read: a split index's reader is fetched while the rest arrives.)
          const n = out.push(JSON.parse(line));
          if (early && early(out[n - 1], n - 1)) (early = undefined), (breathe = slicer(task));
          all = undefined;
        } catch (e) {
          if (!all) throw e; // one article per line, and this line is broken
          lines = false; // a pretty-printed file that happened to start the same way
          return;
        }
      }
      await breathe();
    }
    tail = tail.slice(start);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // However much arrived at once, decode it 64 KB at a time.
    for (let i = 0; i < value.length; i += 65536) {
      await take(decoder.decode(value.subarray(i, i + 65536), { stream: true }), false);
      await breathe();
    }
  }
  await take(decoder.decode(), true);
  return lines ? out : JSON.parse(all!.join(''));
}
