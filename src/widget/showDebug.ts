import type { PipelineToWidget } from '../seams';
import type { UiStore } from './uiStore';

/**
 * The debug overlay follows the widget's `debug` state: its chunk (`debug.mjs`, with its own
 * Preact) is fetched the first time it is turned on — visitors without debug never download it —
 * and renders into a container of its own beside the widget's, styled by the same sheet.
 * Returns a function that takes the overlay away for good.
 */
export function showDebug(host: PipelineToWidget, store: UiStore, beside: Element): () => void {
  let unmount: (() => void) | undefined;
  let box: Element | undefined;
  let gone = false;
  const follow = async (on: boolean) => {
    if (on && !box) {
      box = beside.ownerDocument.createElement('div');
      box.className = 'k';
      beside.after(box);
      const container = box;
      try {
        const { mountDebug } = await host.chunk('debug');
        if (box == container && !gone)
          unmount = mountDebug(container, { inspect: host.inspect, fire: host.fireOffer, t: store.t, onClose: () => store.actions.debug(false) });
      } catch {
        /* not loaded: logged once by the loader ('lazy-load'); the overlay stays off */
      }
    } else if (!on && box) {
      unmount && unmount();
      box.remove();
      box = unmount = undefined;
    }
  };
  const stop = store.subscribe((s) => void follow(s.debug));
  void follow(store.state.debug);
  return () => {
    gone = true;
    stop();
    void follow(false);
  };
}
