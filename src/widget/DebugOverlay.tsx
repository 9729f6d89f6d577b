import { h } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { adoptCss } from '../lib/adoptCss';
import type { Inspection } from '../types';
import type { Translate } from './strings';

/** Refresh rate of the overlay's live figures. Debug only; the overlay is never on by default. */
const REFRESH_MS = 1000;

type DebugChunk = typeof import('../entrypoints/debug');

/**
 * The debug overlay (`debug: true` or `?kikubari-debug`), drawn by the debug chunk once it has
 * loaded (`import()` beside the widget chunk; see ARCHITECTURE "What loads when").
 */
export function DebugOverlay({ root, inspect, fire, t, onClose }: { root: ShadowRoot; inspect(): Inspection; fire(id: string): void; t: Translate; onClose(): void }) {
  const [now, setNow] = useState(inspect);
  const [chunk, setChunk] = useState<DebugChunk>();
  // A layout effect: a plain one waits for an animation frame, which a hidden tab may never give.
  useLayoutEffect(() => {
    import('../entrypoints/debug').then((m) => (adoptCss(root, m.DEBUG_CSS), setChunk(m)), () => {});
    const id = setInterval(() => setNow(inspect()), REFRESH_MS);
    return () => clearInterval(id);
  }, []);
  return chunk ? chunk.debugView(h, now, { title: t('debugTitle'), close: t('close'), fire: t('fire') }, fire, onClose) : null;
}
