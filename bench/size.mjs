#!/usr/bin/env node
// `npm run bench:size`: kikubari's built files next to what a site would ship instead, gzip -9.
//
// kikubari's rows are the files in dist/ as built (rollup + terser; built first when missing or
// stale). Every other row is bundled here the same way: rollup's JS API with node-resolve (browser
// conditions), commonjs, process.env.NODE_ENV = "production", tree-shaken from an entry that
// uses the package as its README does, minified by @rollup/plugin-terser (3 compress passes),
// one file (dynamic imports inlined). The chat UIs are bundled with react and react-dom and
// mount one widget, so tree-shaking keeps what a real page ships; their README's stylesheet is
// shown on a row of its own and added on a "with its CSS" row, since kikubari's widget.mjs
// carries its CSS inside. Multiples are of kikubari's equivalent file, named in the last column.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { bundle } from './bundle.mjs';
import { ensureDist, root } from './ensure-dist.mjs';

ensureDist();
const require = createRequire(join(root, 'package.json'));
const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const dist = (f) => readFileSync(join(root, 'dist', f));

const REACT = `import React from 'react';\nimport { render } from 'react-dom';\nconst h = React.createElement;\n`;
const COMPETITORS = [
  {
    group: 'chat widget UI',
    pkg: 'react-chat-widget',
    with: ['react', 'react-dom'],
    css: 'react-chat-widget/lib/styles.css',
    entry: `${REACT}import { Widget, addResponseMessage } from 'react-chat-widget';
import 'react-chat-widget/lib/styles.css';
render(h(Widget, { title: 'Help', subtitle: 'Ask us anything', handleNewUserMessage: (m) => addResponseMessage('You said: ' + m) }), document.getElementById('chat'));`,
  },
  {
    group: 'chat widget UI',
    pkg: '@chatscope/chat-ui-kit-react',
    with: ['react', 'react-dom'],
    css: '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css',
    entry: `${REACT}import { MainContainer, ChatContainer, MessageList, Message, MessageInput } from '@chatscope/chat-ui-kit-react';
import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
render(
  h('div', { style: { position: 'relative', height: '500px' } },
    h(MainContainer, null,
      h(ChatContainer, null,
        h(MessageList, null, h(Message, { model: { message: 'Hello my friend', sentTime: 'just now', sender: 'Joe', direction: 'incoming', position: 'single' } })),
        h(MessageInput, { placeholder: 'Type message here' })))),
  document.getElementById('chat'));`,
  },
  ...['minisearch', 'fuse.js', 'flexsearch'].map((pkg) => ({ group: 'article search', pkg })),
  ...['idle-js', 'ifvisible.js'].map((pkg) => ({ group: 'idle detection', pkg })),
];
const EQUIVALENT = {
  'chat widget UI': { label: 'widget.mjs', files: ['widget.mjs'] },
  'article search': { label: 'search.mjs', files: ['search.mjs'] },
  'idle detection': { label: 'kikubari.js + pipeline.mjs', files: ['kikubari.js', 'pipeline.mjs'] },
};

/** One package bundled and minified (bench/bundle.mjs); `.css` imports are left out of the JS (measured apart). */
const bundleOf = ({ pkg, entry }) => bundle({ entry: entry || `import * as x from '${pkg}';\nexport default x;` });

const rows = [];
const kiku = (label, files, what) => {
  const bufs = files.map(dist);
  rows.push({ name: label, raw: bufs.reduce((s, b) => s + b.length, 0), gzip: bufs.reduce((s, b) => s + gz(b), 0), what });
};
kiku('kikubari.js', ['kikubari.js'], 'always loaded: loader, config, launcher, events, gate');
kiku('pipeline.mjs', ['pipeline.mjs'], 'lazy: signals, store, engine (where kikubari can act)');
kiku('kikubari.js + pipeline.mjs', ['kikubari.js', 'pipeline.mjs'], 'what a page runs when the engine is on');
kiku('widget.mjs', ['widget.mjs'], 'lazy: Preact + widget + its CSS + search');
kiku('search.mjs', ['search.mjs'], 'kikubari/search on its own');
const kikuOf = (group) => {
  const files = EQUIVALENT[group].files.map(dist);
  return { raw: files.reduce((s, b) => s + b.length, 0), gzip: files.reduce((s, b) => s + gz(b), 0), label: EQUIVALENT[group].label };
};

for (const c of COMPETITORS) {
  const js = await bundleOf(c);
  const name = `${c.pkg} ${version(c.pkg)}` + (c.with ? ` + ${c.with.map((p) => `${p} ${version(p)}`).join(' + ')}` : '');
  const vs = kikuOf(c.group);
  rows.push({ group: c.group, name, raw: js.length, gzip: gz(js), vs });
  if (c.css) {
    const css = readFileSync(require.resolve(c.css));
    rows.push({ group: c.group, name: `  its stylesheet (${c.css.split('/').pop()})`, raw: css.length, gzip: gz(css) });
    rows.push({ group: c.group, name: `  = with its CSS`, raw: js.length + css.length, gzip: gz(js) + gz(css), vs });
  }
}

const x = (a, b) => (b ? (a / b).toFixed(1) + '×' : '');
const table = rows.map((r) => [
  r.group || 'kikubari',
  r.name,
  String(r.raw),
  String(r.gzip),
  r.vs ? x(r.raw, r.vs.raw) : '',
  r.vs ? x(r.gzip, r.vs.gzip) : '',
  r.vs ? r.vs.label : r.what || '',
]);
const head = ['what', 'bundle', 'raw B', 'gzip -9 B', '× raw', '× gzip', 'multiple of kikubari\'s / note'];
const w = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const right = [false, false, true, true, true, true, false];
const line = (cells) => '| ' + cells.map((c, i) => (right[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ') + ' |';
console.log('Bundled with rollup (node-resolve, commonjs, NODE_ENV=production) and @rollup/plugin-terser; gzip -9 of the minified file.\n');
console.log(line(head));
console.log('|' + w.map((n, i) => (right[i] ? '-'.repeat(n + 1) + ':' : '-'.repeat(n + 2))).join('|') + '|');
let last;
for (let i = 0; i < table.length; i++) {
  if (last && table[i][0] != last) console.log(line(head.map(() => '')));
  last = table[i][0];
  console.log(line(table[i]));
}
console.log(`\nreact and react-dom are 17 for both chat UIs: react-chat-widget ${version('react-chat-widget')} requires react ^17 (chatscope accepts 16–19).`);
