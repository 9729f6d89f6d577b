import { h } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { adoptCss } from '../lib/adoptCss';
import type { DebugProps } from './debugView';

type DebugChunk = typeof import('../entrypoints/debug');

/**
 * The debug overlay (`debug: true` or `?kikubari-debug`), drawn by the debug chunk once it has
 * loaded (`import()` beside the widget chunk; see ARCHITECTURE "What loads when"). The chunk
 * brings no Preact: it is given the widget's `h` and hooks.
 */
export function DebugOverlay(props: Omit<DebugProps, 'h' | 'useState' | 'useLayoutEffect'> & { root: ShadowRoot }) {
  const [chunk, setChunk] = useState<DebugChunk>();
  // A layout effect: a plain one waits for an animation frame, which a hidden tab may never give.
  useLayoutEffect(() => void import('../entrypoints/debug').then((m) => (adoptCss(props.root, m.DEBUG_CSS), setChunk(m)), () => {}), []);
  return chunk ? h(chunk.Debug, { ...props, h, useState, useLayoutEffect }) : null;
}
