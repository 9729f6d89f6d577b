/**
 * One number in localStorage: when the newest purchase kikubari stored on this device was made.
 * The always-loaded script reads it to decide whether the pipeline (signals, store, engine) is
 * worth loading on this page — the built-in offer needs a recent purchase. Written only with
 * consent, erased by `forget()` and when consent is withdrawn.
 */
const KEY = 'kikubari:bought';

export function readHint(win: Window): number {
  try {
    return +(win.localStorage.getItem(KEY) || 0);
  } catch {
    return 0;
  }
}

export function writeHint(win: Window, at: number | undefined): void {
  try {
    at ? win.localStorage.setItem(KEY, String(at)) : win.localStorage.removeItem(KEY);
  } catch {
    /* no storage: the pipeline then loads when a purchase arrives */
  }
}

export const HINT_KEY = KEY;
