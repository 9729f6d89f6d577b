// One way to bundle what a site would ship instead of kikubari, shared by the benchmarks that
// compare against it: rollup's JS API with node-resolve (browser conditions), commonjs,
// process.env.NODE_ENV = "production", tree-shaken from an entry that uses the package as its
// README does, minified by @rollup/plugin-terser (3 compress passes), one file (dynamic imports
// inlined). `.css` imports are left out of the JS: the benchmarks measure (or serve) them apart.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { root } from './ensure-dist.mjs';

/**
 * `entry`: the module's source. `reactFrom`: a package whose own nested React (and React DOM)
 * every import of `react…` in the bundle must use — @botpress/webchat needs React 19 while the
 * project's React is 17 (react-chat-widget's peer), so npm nests 19 under it; without this its
 * Radix dependencies would resolve the project's 17 and the page would run two Reacts.
 */
export async function bundle({ entry, reactFrom, format = 'es' }) {
  const nested = reactFrom && dirname(createRequire(join(root, 'node_modules', reactFrom, 'package.json')).resolve('react/package.json'));
  const fromNested = reactFrom && createRequire(join(nested, 'package.json'));
  const bundle = await rollup({
    input: '\0entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id == '\0entry' ? id : null), load: (id) => (id == '\0entry' ? entry : null) },
      { name: 'css-apart', resolveId: (id) => (id.endsWith('.css') ? '\0css' : null), load: (id) => (id == '\0css' ? 'export default undefined;' : null) },
      reactFrom && {
        name: 'one-react',
        resolveId: (id) => (/^(react|react-dom|scheduler)(\/|$)/.test(id) ? fromNested.resolve(id) : null),
      },
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'], rootDir: root }),
      commonjs(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format,
    inlineDynamicImports: true,
    plugins: [terser({ module: format == 'es', ecma: 2020, compress: { passes: 3 }, format: { comments: false } })],
  });
  await bundle.close();
  return Buffer.from(output[0].code);
}
