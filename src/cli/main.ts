import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildIndex, type FileReport } from './buildIndex';
import { checkIndex } from './checkIndex';
import { formatIndex } from './formatIndex';
import { formatPrebuiltIndex } from './formatPrebuiltIndex';
import { formatSplitIndex } from './formatSplitIndex';
import { reportCommand } from './report/reportCommand';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  cwd: string;
  /** Standard output (the index, with `--out -`). */
  stdout(text: string): void;
  /** Standard error: the report. */
  stderr(text: string): void;
  /** Standard input, for `report -`. */
  stdin?: unknown;
}

export const USAGE = `Usage: kikubari index <files or folders…> [--out kb-index.json] [--base-url URL] [--locale LOCALE] [--prebuilt | --split]
       kikubari index --check <index.json…>
       kikubari report <events.ndjson | -> [--json] [--html report.html]   (kikubari report --help)

Builds the article index the kikubari widget loads (config: articles: "/kb-index.json") from
Markdown with front matter (.md), HTML help pages (.html) and Zendesk Help Center article
exports (.json, as GET /api/v2/help_center/articles.json returns them). Folders are read
recursively.

Options:
  -o, --out FILE        where to write the index (default kb-index.json; "-" for standard output)
      --base-url URL    URL prefix for articles that name no URL (base + the file's path)
      --locale LOCALE   locale for articles that name none, e.g. en or ja-JP
      --prebuilt        write the articles in word pieces, so browsers load them without
                        segmenting Japanese (the slow part of indexing it); smaller under gzip
                        for a large help center (0.8× for Japanese, 0.9× for English). For a
                        few dozen articles, where it would be larger, the plain list is written
      --split           write a split index into the folder --out names (default kb): the
                        widget loads its index.json (titles, no bodies) and fetches only the
                        parts each question needs — for thousands of articles, where loading
                        the whole index would keep the first answer waiting
      --check           validate existing index files the way the widget loads them
  -h, --help            show this text

Exit status: 0 done, 1 unusable input (nothing written), 2 bad command line.
`;

const plural = (n: number, word: string) => n + ' ' + word + (n == 1 ? '' : 's');
const kb = (bytes: number) => (bytes / 1024).toFixed(1) + ' KB';

/**
 * `kikubari <command> …`, returning the exit status. Reports to stderr, file by file.
 *
 * @example
 * process.exitCode = await main(['index', 'docs', '--out', 'public/kb-index.json'], io);
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // `report` has options of its own (src/cli/report/).
  if (argv[0] == 'report') return reportCommand(argv.slice(1), io);
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, 'base-url': { type: 'string' }, locale: { type: 'string' }, check: { type: 'boolean' }, prebuilt: { type: 'boolean' }, split: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    io.stderr('kikubari: ' + (e as Error).message + '\n\n' + USAGE);
    return 2;
  }
  const [command, ...inputs] = positionals;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (command != 'index' || !inputs.length) {
    io.stderr((command && command != 'index' ? 'kikubari: unknown command "' + command + '"\n\n' : '') + USAGE);
    return 2;
  }

  if (values.check) {
    let failed = 0;
    for (const file of inputs) {
      const r = await checkIndex(resolve(io.cwd, file));
      io.stderr((r.ok ? '  ✓ ' : '  ✗ ') + file + ': ' + r.summary + '\n');
      if (!r.ok) failed++;
    }
    return failed ? 1 : 0;
  }

  if (values.split && (values.prebuilt || values.out == '-')) {
    io.stderr('kikubari: --split writes a folder: not with ' + (values.prebuilt ? '--prebuilt' : '--out -') + '\n\n' + USAGE);
    return 2;
  }
  const out = typeof values.out == 'string' ? values.out : values.split ? 'kb' : 'kb-index.json';
  const baseUrl = values['base-url'];
  const locale = values.locale;
  const build = await buildIndex(inputs, {
    cwd: io.cwd,
    skip: out == '-' ? undefined : out,
    baseUrl: typeof baseUrl == 'string' ? baseUrl : undefined,
    locale: typeof locale == 'string' ? locale : undefined,
  });

  for (const f of build.files) io.stderr(line(f));
  for (const e of build.errors) io.stderr('  ✗ ' + e + '\n');
  const counts: Record<string, number> = {};
  for (const f of build.files) if (f.kind != 'skipped') counts[f.kind] = (counts[f.kind] || 0) + 1;
  const problems = build.files.reduce((n, f) => n + f.errors.length, build.errors.length);
  const warnings = build.files.reduce((n, f) => n + f.warnings.length, 0);
  io.stderr(
    plural(build.articles.length, 'article') +
      ' from ' +
      plural(build.files.length, 'file') +
      (Object.keys(counts).length ? ' (' + Object.entries(counts).map(([k, n]) => (k == 'Zendesk export' ? plural(n, k) : n + ' ' + k)).join(', ') + ')' : '') +
      (warnings ? '; ' + plural(warnings, 'warning') : '') +
      (problems ? '; ' + plural(problems, 'error') : '') +
      '.\n',
  );
  if (!build.ok) {
    io.stderr('Nothing written: fix the errors above and run again.\n');
    return 1;
  }
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  if (values.split) {
    const files = formatSplitIndex(build.articles);
    let bytes = 0;
    for (const [file, text] of files) {
      const path = resolve(io.cwd, out, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
      bytes += text.length;
    }
    const index = files.get('index.json')!;
    const folder = [...files.keys()].find((f) => f != 'index.json')!.split('/')[0];
    io.stderr(
      'Wrote ' + out + '/index.json: ' + kb(index.length) + ' (' + kb(gzip(index)) + ' gzip), loaded as the panel opens; ' +
        out + '/' + folder + '/: ' + plural(files.size - 1, 'file') + ', ' + kb(bytes - index.length) + ', fetched a few at a time by each question.\n' +
        'Set articles: "/…/' + out.replace(/^.*[\\/]/, '') + '/index.json". Folders of earlier builds can go once no visitor holds their index.json.\n',
    );
    return 0;
  }
  let text = formatIndex(build.articles);
  let note = '';
  if (values.prebuilt) {
    // Never more on the wire than the plain list: a few dozen articles cannot pay for a
    // dictionary (and are quick to index on the device anyway).
    const pre = formatPrebuiltIndex(build.articles);
    const ratio = gzip(pre) / gzip(text);
    if (ratio <= 1) text = pre;
    else note = '; the plain list: a prebuilt index would be ' + ratio.toFixed(2) + '× its size for so few articles';
  }
  if (out == '-') io.stdout(text);
  else {
    const path = resolve(io.cwd, out);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    io.stderr('Wrote ' + out + ': ' + kb(text.length) + ' (' + kb(gzip(text)) + ' gzip' + note + ').\n');
  }
  return 0;
}

function line(f: FileReport): string {
  const mark = f.errors.length ? '✗' : f.kind == 'skipped' ? '-' : f.warnings.length ? '!' : '✓';
  const head = '  ' + mark + ' ' + f.path + (f.kind == 'skipped' ? '' : ': ' + plural(f.articles, 'article')) + '\n';
  return head + f.errors.map((e) => '      error: ' + e + '\n').join('') + f.warnings.map((w) => '      ' + w + '\n').join('');
}
