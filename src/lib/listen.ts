/**
 * Add a listener and get its removal back. Passive and capturing by default: we observe the
 * page, never block its scrolling, and see events before the host can stop them.
 */
export function listen(
  target: EventTarget,
  types: string | string[],
  handler: (e: Event) => void,
  options: AddEventListenerOptions = { capture: true, passive: true },
): () => void {
  const list = typeof types == 'string' ? [types] : types;
  for (const t of list) target.addEventListener(t, handler, options);
  return () => {
    for (const t of list) target.removeEventListener(t, handler, options);
  };
}
