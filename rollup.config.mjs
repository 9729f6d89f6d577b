// One source tree, four outputs (see ARCHITECTURE.md "Builds"):
//   dist/kikubari.js  script tag (IIFE): the always-loaded part — config, launcher, events, the gate
//   dist/index.mjs    npm (ESM), the same always-loaded part; never reads window.kikubari
//   dist/pipeline.mjs lazy: signals → store → engine, loaded where kikubari can act; shared by both builds
//   dist/widget.mjs   lazy: the widget (Preact + search), self-contained, shared by both builds
//   dist/handoff.mjs  lazy: hand-off adapters and availability, loaded by the widget on the way to a person
//   dist/debug.mjs    lazy: the debug overlay, loaded by the widget only when debug is on
//   dist/prebuilt.mjs lazy: the prebuilt index reader, loaded by the widget only for a `--prebuilt` index
//   dist/split.mjs    lazy: the split index reader, loaded by the widget only for a `--split` index
//   dist/zendesk.mjs  lazy: Zendesk Help Center articles as kikubari's, loaded only for an answer that holds them
//   dist/mapping.mjs  lazy: a search service's answer mapped by the URL template's fragment, loaded only for such a template
//   dist/search.mjs   `kikubari/search` for Node and the browser; dist/cli.mjs the index builder
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ts = () => typescript({ tsconfig: './tsconfig.json', noEmit: false, declaration: false, outDir: undefined, sourceMap: false });

const min = (module, compress = {}) =>
  terser({
    module,
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, ...compress },
    format: { comments: false },
  });

/**
 * `import('./widget')` and `import('./pipeline')` from the npm entry, and the widget's
 * `import('../entrypoints/debug')`, stay dynamic imports of the built chunks beside them.
 */
const lazyExternal = {
  name: 'lazy-external',
  resolveId(id, importer) {
    if ((id === './widget' || id === './pipeline' || id === './sinks') && importer && importer.endsWith('entrypoints/npm.ts')) return { id: id + '.mjs', external: true };
    if (id === '../entrypoints/debug' && importer && /[\\/]widget[\\/][^\\/]+$/.test(importer)) return { id: './debug.mjs', external: true };
    if (id === '../entrypoints/handoff' && importer && importer.endsWith('widget/conversation.ts')) return { id: './handoff.mjs', external: true };
    if ((id === '../entrypoints/prebuilt' || id === '../entrypoints/split' || id === '../entrypoints/zendesk' || id === '../entrypoints/mapping') && importer && /[\\/]search[\\/]articleSource\.ts$/.test(importer)) return { id: './' + id.slice(15) + '.mjs', external: true };
    return null;
  },
};

/**
 * Preact marks its vnodes with `Symbol.for('pv')`, looked up in each of its modules as they
 * load. A host page that replaced `Symbol.for` (one that throws, or returns a new symbol per
 * call) made the widget fail to load or render nothing: `open()` did nothing (issue 14). Our
 * copy of Preact is private to the widget chunk and never renders parsed JSON as children, so
 * one plain marker shared by its modules does the same job without the page's global.
 */
const ownVnodeMark = {
  name: 'own-vnode-mark',
  transform(code, id) {
    if (!/[\\/]preact[\\/]/.test(id) || !code.includes('Symbol.for(')) return null;
    return { code: code.replace(/Symbol\.for\((["'])pv\1\)/g, '"kikubari.preact-vnode"'), map: null };
  },
};

/**
 * Preact walks props and style objects with `for…in`, which also visits the enumerable keys a
 * host page put on `Object.prototype`: with a getter there that throws, every render threw and
 * `open()` rejected (issue 14). Our copy walks own keys only: `for (k in o)` becomes
 * `for (k of Object.keys(Object(o)))`, the same keys in the same order less the inherited ones
 * (`Object()` because `h(type, null)` walks null props, as `for…in` allows). Only the loop head
 * changes, and a loop of any other shape fails the build. `Object.keys`, spread and `Object.assign` read own keys
 * only; src/ has no `for…in` on the page's side (the CLI's does not run there).
 */
const ownPropWalks = {
  name: 'own-prop-walks',
  transform(code, id) {
    if (!/[\\/]preact[\\/]/.test(id) || !/\bin\b/.test(code)) return null;
    const loops = [];
    const walk = (n) => {
      if (n.type === 'ForInStatement') loops.push(n);
      for (const v of Object.values(n)) for (const c of [v].flat()) if (c && typeof c.type === 'string') walk(c);
    };
    walk(this.parse(code));
    for (const { left, body } of loops.sort((a, b) => b.start - a.start)) {
      const keyword = /^\s*in\b/.exec(code.slice(left.end));
      const close = code.lastIndexOf(')', body.start - 1);
      if (!keyword || code.slice(close + 1, body.start).trim()) this.error(`own-prop-walks: cannot rewrite the for…in at offset ${left.start} of ${id}`);
      const object = code.slice(left.end + keyword[0].length, close);
      code = code.slice(0, left.end) + ' of Object.keys(Object((' + object + ')))' + code.slice(close);
    }
    return { code, map: null };
  },
};

/**
 * The widget's stylesheet is written one rule per line for reading (src/widget/styles.ts); the
 * shipped copy drops the line breaks, the indentation and each rule's last semicolon, which
 * terser leaves inside a string. Measured: 56 B gzip of the widget chunk.
 */
const compactCss = {
  name: 'compact-css',
  transform(code, id) {
    if (!/[\\/]widget[\\/]styles\.ts$/.test(id)) return null;
    return { code: code.replace(/(WIDGET_CSS = `)([^`]*)/, (_, start, css) => start + css.replace(/\n\s*/g, '').replace(/;\}/g, '}')), map: null };
  },
};

const browser = { browser: true, exportConditions: ['browser', 'import', 'default'] };

export default [
  {
    input: 'src/entrypoints/script.ts',
    output: { file: 'dist/kikubari.js', format: 'iife', plugins: [min(false)] },
    plugins: [nodeResolve(browser), ts()],
  },
  {
    input: 'src/entrypoints/npm.ts',
    output: { file: 'dist/index.mjs', format: 'es', plugins: [min(true)] },
    external: [],
    plugins: [lazyExternal, nodeResolve(browser), ts()],
  },
  {
    input: 'src/entrypoints/widget.ts',
    // Function declarations hoisted to the top of their scope (as JavaScript runs them anyway):
    // the widget's many small helpers then share one preamble, 100 B gzip less; the
    // other chunks were not tried.
    output: { file: 'dist/widget.mjs', format: 'es', plugins: [min(true, { hoist_funs: true })] },
    plugins: [lazyExternal, compactCss, ownVnodeMark, ownPropWalks, nodeResolve(browser), ts()],
  },
  {
    input: 'src/entrypoints/handoff.ts',
    output: { file: 'dist/handoff.mjs', format: 'es', plugins: [min(true)] },
    plugins: [ts()],
  },
  {
    input: 'src/entrypoints/debug.ts',
    output: { file: 'dist/debug.mjs', format: 'es', plugins: [min(true)] },
    plugins: [ts()],
  },
  {
    input: 'src/entrypoints/prebuilt.ts',
    output: { file: 'dist/prebuilt.mjs', format: 'es', plugins: [min(true)] },
    plugins: [ts()],
  },
  {
    input: 'src/entrypoints/split.ts',
    output: { file: 'dist/split.mjs', format: 'es', plugins: [min(true)] },
    plugins: [ts()],
  },
  {
    input: 'src/entrypoints/zendesk.ts',
    output: { file: 'dist/zendesk.mjs', format: 'es', plugins: [min(true)] },
    plugins: [ts()],
  },
  {
    input: 'src/entrypoints/mapping.ts',
    output: { file: 'dist/mapping.mjs', format: 'es', plugins: [min(true)] },
    plugins: [ts()],
  },
  {
    input: 'src/entrypoints/pipeline.ts',
    output: { file: 'dist/pipeline.mjs', format: 'es', plugins: [min(true)] },
    plugins: [nodeResolve(browser), ts()],
  },
  {
    input: 'src/entrypoints/sinks.ts',
    output: { file: 'dist/sinks.mjs', format: 'es', plugins: [min(true)] },
    plugins: [nodeResolve(browser), ts()],
  },
  {
    input: 'src/entrypoints/search.ts',
    output: { file: 'dist/search.mjs', format: 'es', inlineDynamicImports: true, plugins: [min(true)] },
    plugins: [nodeResolve(), ts()],
  },
  {
    input: 'src/entrypoints/cli.ts',
    output: { file: 'dist/cli.mjs', format: 'es', inlineDynamicImports: true, banner: '#!/usr/bin/env node' },
    external: (id) => id.startsWith('node:'),
    plugins: [nodeResolve(), ts()],
  },
];
