/**
 * The debug chunk (`dist/debug.mjs`): the overlay of `debug: true` / `?kikubari-debug`, loaded by
 * the widget only when debug is on, so visitors never download it. It brings its own copy of
 * Preact and renders into a container of its own in the widget's shadow root (never into the
 * widget's tree, which another copy of Preact owns).
 */
import { render } from 'preact';
import type { DebugProps } from '../seams';
import { DebugOverlay } from '../widget/DebugOverlay';

/** Render the overlay into `container`; the returned function takes it away. */
export function mountDebug(container: Element, props: DebugProps): () => void {
  render(<DebugOverlay {...props} />, container);
  return () => render(null, container);
}
