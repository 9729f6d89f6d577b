// The CLI runs in Node, but src/ is type-checked without @types/node: its globals (timers,
// `process`) would change the types of the browser code. These are the few Node APIs the CLI
// uses, declared as modules so nothing leaks into the browser files' global scope.

declare module 'node:fs/promises' {
  interface Entry {
    name: string;
    isDirectory(): boolean;
    isFile(): boolean;
  }
  export function readFile(path: string, encoding: 'utf8'): Promise<string>;
  export function writeFile(path: string, data: string): Promise<void>;
  export function readdir(path: string, options: { withFileTypes: true }): Promise<Entry[]>;
  export function stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  export function mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}

declare module 'node:path' {
  export function resolve(...paths: string[]): string;
  export function relative(from: string, to: string): string;
  export function isAbsolute(path: string): boolean;
  export function dirname(path: string): string;
  export function basename(path: string, ext?: string): string;
  export function extname(path: string): string;
  export function join(...paths: string[]): string;
  export const sep: string;
}

declare module 'node:util' {
  export function parseArgs(config: {
    args: string[];
    options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
    allowPositionals?: boolean;
    strict?: boolean;
  }): { values: Record<string, string | boolean | undefined>; positionals: string[] };
}

declare module 'node:zlib' {
  export function gzipSync(data: string, options?: { level?: number }): { length: number };
}

declare module 'node:process' {
  const process: {
    argv: string[];
    exitCode?: number;
    cwd(): string;
    stdout: { write(text: string): boolean };
    stderr: { write(text: string): boolean };
    stdin: unknown;
  };
  export default process;
}

declare module 'node:fs' {
  /** A readable byte stream (only what `readline` needs is declared). */
  export interface ReadStream {
    readonly __readStream: true;
  }
  export function createReadStream(path: string): ReadStream;
}

declare module 'node:readline' {
  export function createInterface(options: { input: unknown; crlfDelay?: number }): AsyncIterable<string> & { close(): void };
}
