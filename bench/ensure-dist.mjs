// Builds dist/ (`npm run build`) when it is missing or older than anything in src/, so the
// benchmarks always measure the code in the tree, also from a clean checkout after `npm ci`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['kikubari.js', 'pipeline.mjs', 'widget.mjs', 'search.mjs'];

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
    0,
  );

export function ensureDist() {
  const src = Math.max(newest(join(root, 'src')), statSync(join(root, 'rollup.config.mjs')).mtimeMs);
  const stale = OUTPUTS.filter((f) => !existsSync(join(root, 'dist', f)) || statSync(join(root, 'dist', f)).mtimeMs < src);
  if (!stale.length) return;
  console.log(`dist/ is missing or older than src/ (${stale.join(', ')}): running \`npm run build\`…`);
  execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
