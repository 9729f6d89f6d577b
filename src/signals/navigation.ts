import { listen } from '../lib/listen';

/**
 * Call `onNavigate` when a new page view starts without a document load: an SPA route change
 * (`pushState`, `replaceState`, `popstate`) that changes the path or query, or a restore from
 * the back/forward cache. No polling of `location`, no MutationObserver.
 *
 * The history wrappers call through to whatever was there before (another SDK's wrapper, say)
 * and return its return value. On stop they are removed only if nobody wrapped them since;
 * otherwise they stay in the chain, inert.
 */
export function watchNavigation(win: Window, onNavigate: () => void): () => void {
  const history = win.history;
  const where = () => win.location.pathname + win.location.search;
  let last = where();
  let active = true;
  const check = () => {
    const now = where();
    if (active && now != last) {
      last = now;
      onNavigate();
    }
  };
  const restore: (() => void)[] = [];
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    const wrapper = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      try {
        check();
      } catch {
        /* never break the host's router */
      }
      return result;
    };
    history[name] = wrapper;
    restore.push(() => history[name] === wrapper && (history[name] = original));
  }
  const stops = [
    listen(win, 'popstate', check),
    // A router may later put its own pushState over ours, around the native one it kept: the
    // Navigation API (where there is one) still sees every history entry change.
    listen((win as Window & { navigation?: EventTarget }).navigation || win, 'currententrychange', check),
    listen(win, 'pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted && active) {
        last = where();
        onNavigate();
      }
    }),
  ];
  return () => {
    active = false;
    restore.forEach((r) => r());
    stops.forEach((s) => s());
  };
}
