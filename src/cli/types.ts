/** One input file, as the readers see it. */
export interface SourceFile {
  /** The file's text (UTF-8, without a byte-order mark). */
  text: string;
  /** Its path as shown in the report, e.g. `docs/kettle/descale.md`. */
  path: string;
  /** Its path below the folder given on the command line, without extension: the default id. */
  stem: string;
  /**
   * Its path as written on the command line, relative to the current folder, with extension
   * (`help/flicker.html` for `kikubari index help/*.html` or `kikubari index help`): joined to
   * `--base-url` when a page names no URL. Markdown drops the extension.
   */
  rel: string;
}

/** What a reader got from one file: unchecked articles (validated later, by the search's own check) and notes. */
export interface FileRead {
  articles: unknown[];
  /** Things the owner should know that did not stop the file (a skipped draft, a guessed URL). */
  warnings: string[];
}

/** Options every reader may use. */
export interface ReadOptions {
  /** Prefix for articles that name no URL (`--base-url`). */
  baseUrl?: string;
}

