#!/usr/bin/env node
// `npm start`: build the SDK, the demo store and the npm example, then serve them all.
//   1. npx rollup -c --silent                              → dist/ (the SDK)
//   2. node examples/store/build.mjs                       → build/store/ (the demo shop)
//   3. npx rollup -c examples/npm/rollup.config.mjs        → examples/npm/build/
//   4. scripts/serve.mjs on $PORT (default 8080)
// Any step that fails stops here with its exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WINDOWS = process.platform == 'win32';

function run(label, command, args) {
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: WINDOWS });
  if (r.error || r.status !== 0) {
    console.error(`start: ${label} failed${r.error ? ': ' + r.error.message : ` (exit code ${r.status ?? r.signal})`}`);
    process.exit(r.status || 1);
  }
  console.log(`start: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

run('SDK build (rollup -c)', 'npx', ['rollup', '-c', '--silent']);
run('demo store build', process.execPath, ['examples/store/build.mjs']);
run('npm example build', 'npx', ['rollup', '-c', 'examples/npm/rollup.config.mjs', '--silent']);

const server = await serve({ quiet: true });
const { port } = server.address();
const url = (path) => `http://localhost:${port}${path}`;
console.log(`
  kikubari demo store   ${url('/')}
  how the demo works    ${url('/demo')}
  npm example           ${url('/npm/')}
  theme playground      ${url('/playground/')}

  Press Ctrl+C to stop.`);
