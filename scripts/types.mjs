// Emits type declarations for the public entry points into dist/ (after rollup).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

execFileSync('npx', ['tsc', '-p', '.', '--noEmit', 'false', '--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types'], { stdio: 'inherit' });
for (const [name, entry] of [['index', 'npm'], ['search', 'search'], ['widget', 'widget']])
  writeFileSync(`dist/${name}.d.ts`, `export * from './types/entrypoints/${entry}';\n`);
