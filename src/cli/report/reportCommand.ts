import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAggregator } from './aggregate';
import { formatHtml } from './formatHtml';
import { formatText } from './formatText';
import { readEvents } from './readEvents';

export const REPORT_USAGE = `Usage: kikubari report <events.ndjson | -> [--json] [--html report.html]

Reads outcome events (schema/outcome.v1.json, one per line: what the beacon sink posts and
examples/collector stores; "-" reads standard input) and reports, per offer and variant, the
funnel and the contacts avoided per 1,000 decisions, offered against held out, with a 95% interval.

Options:
      --json         print the report as JSON
      --html FILE    also write the report as a self-contained HTML page with charts
  -h, --help         show this text
`;

/** Where the report command reads and writes; tests pass their own. */
export interface ReportIo {
  cwd: string;
  stdin?: unknown;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** `kikubari report …`, returning the exit status: 0 done, 1 unreadable input, 2 bad command line. */
export async function reportCommand(argv: string[], io: ReportIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, html: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    io.stderr('kikubari: ' + (e as Error).message + '\n\n' + REPORT_USAGE);
    return 2;
  }
  if (values.help) return io.stdout(REPORT_USAGE), 0;
  if (positionals.length != 1) return io.stderr(REPORT_USAGE), 2;
  const [file] = positionals as [string];
  const agg = createAggregator();
  try {
    const input = file == '-' ? io.stdin : createReadStream(resolve(io.cwd, file));
    await readEvents(input, agg.add);
  } catch (e) {
    io.stderr('kikubari: cannot read ' + file + ': ' + (e as Error).message + '\n');
    return 1;
  }
  const report = agg.result();
  io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : formatText(report));
  if (typeof values.html == 'string') {
    const path = resolve(io.cwd, values.html);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, formatHtml(report));
    io.stderr('Wrote ' + values.html + '.\n');
  }
  return 0;
}
