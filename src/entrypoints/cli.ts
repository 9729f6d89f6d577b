/**
 * `npx kikubari index <files or folders> --out kb-index.json` (built to `dist/cli.mjs`, the
 * package's `bin`). See `src/cli/main.ts` for the commands and README "Article index" for the formats.
 */
import process from 'node:process';
import { main } from '../cli/main';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write('kikubari: ' + String((e as Error)?.stack || e) + '\n');
    process.exitCode = 1;
  },
);
