import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';
import { KikubariError } from '../lib/KikubariError';
import { checkArticle } from '../search/checkArticle';
import { createArticleSearch } from '../search/createArticleSearch';
import type { Article } from '../types';
import { readHtml } from './readHtml';
import { readMarkdown } from './readMarkdown';
import { readZendesk } from './readZendesk';
import type { FileRead, ReadOptions, SourceFile } from './types';

/** What became of one input file. */
export interface FileReport {
  /** As shown to the user: relative to the working folder. */
  path: string;
  kind: 'Markdown' | 'HTML' | 'Zendesk export' | 'skipped';
  /** Articles taken from it. */
  articles: number;
  /** Problems that make the index unusable; any one stops the build. */
  errors: string[];
  /** Things worth knowing that did not stop it. */
  warnings: string[];
}

/** The result of {@link buildIndex}: the articles, and a report per file. */
export interface IndexBuild {
  /** Validated articles, in file order; write them only when `ok`. */
  articles: Article[];
  files: FileReport[];
  /** Problems not tied to one file (a missing input, no articles at all). */
  errors: string[];
  /** No errors anywhere: the articles make an index the widget accepts. */
  ok: boolean;
}

export interface BuildOptions extends ReadOptions {
  /** Locale for articles that name none (`--locale`). */
  locale?: string;
  /** Folder that relative inputs and report paths are relative to. Default: the process's. */
  cwd?: string;
  /** A file never to read, however a folder walk finds it: the output of a previous run. */
  skip?: string;
}

const KINDS: Record<string, FileReport['kind']> = { '.md': 'Markdown', '.markdown': 'Markdown', '.html': 'HTML', '.htm': 'HTML', '.json': 'Zendesk export' };
// The widget's article check caps a body at 20,000 characters (see search/checkArticle.ts).
const BODY_MAX = 20000;

/**
 * Read Markdown, HTML and Zendesk-export files (or folders of them, recursively; dot-folders and
 * `node_modules` are skipped) into index articles. Every article passes the same check the
 * search applies (`checkArticle`), ids must be unique across all files, and the whole set is
 * built once with `createArticleSearch`, so an `ok` result is an index the widget accepts.
 *
 * @example
 * const { ok, articles, files } = await buildIndex(['docs/help'], { baseUrl: 'https://help.example.com' });
 */
export async function buildIndex(inputs: string[], options: BuildOptions = {}): Promise<IndexBuild> {
  const cwd = options.cwd || '.';
  const skip = options.skip && resolve(cwd, options.skip);
  const errors: string[] = [];
  const found: { file: string; root: string; walked: boolean }[] = [];
  const walk = async (dir: string, root: string) => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = resolve(dir, e.name);
      if (e.name.startsWith('.') || e.name == 'node_modules' || file == skip) continue;
      if (e.isDirectory()) await walk(file, root);
      else if (e.isFile() && KINDS[extname(e.name).toLowerCase()]) found.push({ file, root, walked: true });
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    try {
      if ((await stat(path)).isDirectory()) await walk(path, path);
      else found.push({ file: path, root: resolve(path, '..'), walked: false });
    } catch {
      errors.push(input + ': no such file or folder');
    }
  }

  const articles: Article[] = [];
  const files: FileReport[] = [];
  const owner = new Map<string, string>(); // id → the file that gave it first
  for (const { file, root, walked } of found) {
    const ext = extname(file).toLowerCase();
    const below = relative(root, file).split('\\').join('/');
    const fromCwd = relative(cwd, file).split('\\').join('/');
    // The help promises "base + the file's path": the path as typed, relative to the current
    // folder, so `help/*.html` and `help` both give `…/help/flicker.html`. A file outside the
    // current folder (`../x`) has no such path; it falls back to its path below the input.
    const rel = !fromCwd || fromCwd.startsWith('../') || isAbsolute(fromCwd) ? below : fromCwd;
    const report: FileReport = { path: relative(cwd, file).split('\\').join('/') || basename(file), kind: KINDS[ext] || 'skipped', articles: 0, errors: [], warnings: [] };
    files.push(report);
    if (!KINDS[ext]) {
      report.errors.push('not a Markdown (.md), HTML (.html) or Zendesk export (.json) file');
      continue;
    }
    let read: FileRead | undefined;
    try {
      const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      const source: SourceFile = { text, path: report.path, rel, stem: below.slice(0, -ext.length) };
      read = report.kind == 'Markdown' ? readMarkdown(source, options) : report.kind == 'HTML' ? readHtml(source, options) : readZendesk(text, walked);
    } catch (e) {
      report.errors.push((e as Error).message);
      continue;
    }
    if (!read) {
      report.kind = 'skipped';
      report.warnings.push('JSON that is not a Zendesk articles export; skipped');
      continue;
    }
    report.warnings.push(...read.warnings);
    read.articles.forEach((raw, i) => {
      const where = report.kind == 'Zendesk export' ? 'articles[' + i + ']' : 'article';
      try {
        const a = checkArticle(raw, where);
        if (!a.locale && options.locale) a.locale = options.locale;
        const body = (raw as { body?: unknown }).body;
        if (typeof body == 'string' && body.trim().length > BODY_MAX)
          report.warnings.push(where + ' "' + a.title + '": body is ' + body.trim().length + ' characters; the index keeps the first ' + BODY_MAX);
        const other = owner.get(a.id);
        if (other) {
          report.errors.push(where + ' id "' + a.id + '" is also the id of an article in ' + other + '; ids must be unique');
          return;
        }
        owner.set(a.id, report.path);
        articles.push(a);
        report.articles++;
      } catch (e) {
        if (!(e instanceof KikubariError)) throw e;
        report.errors.push(e.message.replace(/^kikubari: /, ''));
      }
    });
  }
  if (!found.length && !errors.length) errors.push('no Markdown, HTML or JSON files in ' + inputs.join(', '));
  else if (!articles.length && !errors.length && files.every((f) => !f.errors.length)) errors.push('no articles found');

  const ok = !errors.length && files.every((f) => !f.errors.length);
  if (ok) {
    try {
      createArticleSearch(articles); // the same build the widget runs; a last guard
    } catch (e) {
      errors.push((e as Error).message.replace(/^kikubari: /, ''));
    }
  }
  return { articles, files, errors, ok: ok && !errors.length };
}
