import { createInterface } from 'node:readline';

/**
 * Feed every line of an NDJSON stream to `add`, parsed (or `undefined` if a line is not JSON).
 * Line by line with `readline`: nothing but the current line is held, so a file of any length
 * reads in flat memory.
 */
export async function readEvents(input: unknown, add: (event: unknown) => void): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let e: unknown;
    try {
      e = JSON.parse(line);
    } catch {
      e = undefined;
    }
    add(e);
  }
}
