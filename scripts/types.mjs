// Emits type declarations for the public entry points into dist/ (after rollup).
// Relative imports in the declarations get explicit `.js` extensions, because a TypeScript app
// with `moduleResolution: node16`/`nodenext` resolves ESM declarations only that way (TS2834);
// `bundler` resolution accepts both.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

execFileSync('npx', ['tsc', '-p', '.', '--noEmit', 'false', '--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types'], { stdio: 'inherit' });
for (const [name, entry] of [['index', 'npm'], ['search', 'search'], ['widget', 'widget']])
  writeFileSync(`dist/${name}.d.ts`, `export * from './types/entrypoints/${entry}.js';\n`);

const withExtension = (file) => (match, quote, spec) => {
  const base = join(dirname(file), spec);
  if (existsSync(base + '.d.ts')) return quote + spec + '.js' + quote;
  if (existsSync(join(base, 'index.d.ts'))) return quote + spec + '/index.js' + quote;
  return match;
};
for (const entry of readdirSync('dist/types', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(/(['"])(\.\.?\/[^'"]*?)(?<!\.js)\1/g, (m, q, spec) => withExtension(file)(m, q, spec));
  if (fixed != text) writeFileSync(file, fixed);
}
