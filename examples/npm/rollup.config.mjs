// Bundles the npm example the way a host app's bundler would: `import { createKikubari } from
// 'kikubari'` resolves to the package's npm build, and kikubari's lazy widget (a dynamic
// `import('./widget.mjs')` inside it) becomes a separate chunk, loaded only when needed.
//   npx rollup -c examples/npm/rollup.config.mjs      (run by `npm start`)
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/**
 * In a real app `kikubari` comes from node_modules; here it is this repository's own build, so
 * map the bare specifier to dist/index.mjs. Its `import('./widget.mjs')` then resolves beside it.
 */
const kikubariFromThisRepo = {
  name: 'kikubari-from-this-repo',
  resolveId(id) {
    return id === 'kikubari' ? here('../../dist/index.mjs') : null;
  },
};

export default {
  input: here('src/main.js'),
  output: {
    dir: here('build'),
    format: 'es',
    entryFileNames: 'main.js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  // idb-keyval and nanoid are kikubari's runtime dependencies, found in node_modules.
  plugins: [kikubariFromThisRepo, nodeResolve({ browser: true })],
};
