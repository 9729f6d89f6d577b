/**
 * The script-tag build (`dist/kikubari.js`, an IIFE).
 *
 * The snippet defines `window.kikubari` as a stub that queues its arguments in `kikubari.q`.
 * When this file runs it replaces the stub with the real function, applies the `init` calls in
 * the queue before anything else (merged in order, so a tag manager can add to the snippet's;
 * and `on(...)` queued before `init` still works), then replays the other calls in order. A `data-config="/kikubari.json"` attribute supplies
 * config from a file; `init` values win over the file's. A second copy of this script on
 * the page finds the real function already there and does nothing.
 */
import { errorText } from '../lib/errorText';
import { createKikubariWith } from '../kikubari';
import type { Kikubari } from '../types';

type Snippet = ((...args: unknown[]) => unknown) & { q?: ArrayLike<unknown>[]; [MARK]?: true };
// A plain property, not `Symbol.for`: a page may have replaced `Symbol.for` (a throw here would
// reach the page and kill the snippet), and copies of any version must still find each other.
const MARK = '$kikubari';


(function () {
  const w = window as unknown as { kikubari?: Snippet };
  const prior = w.kikubari;
  if (prior && prior[MARK]) return;
  // Tag managers that inject scripts can leave currentScript null: find our tag by its URL.
  const script = (document.currentScript || document.querySelector('script[src*=kikubari]')) as HTMLScriptElement | null;
  // The widget chunk lives beside this file, wherever the site serves it from.
  const base = new URL('.', (script && script.src) || location.href).href;
  const queue: unknown[][] = ((prior && prior.q) || []).map((args) => Array.from(args));
  let instance: Kikubari | undefined;
  let inert = false;

  const call = (method: unknown, args: unknown[]): unknown => {
    if (inert) return undefined;
    if (!instance) return void queue.push([method, ...args]);
    if (method == 'init') return void console.warn('kikubari: "init" must come before the script starts');
    // The instance's own methods only (purchase, identify, track, on, off, open, close, context,
    // setConsent, forget, inspect, destroy): not "toString" or "constructor".
    if (!{}.hasOwnProperty.call(instance, method as string)) return void console.error('kikubari: unknown method "' + String(method) + '"');
    try {
      const result = (instance as unknown as Record<string, (...a: unknown[]) => unknown>)[method as string]!(...args);
      // Callers of the snippet rarely await: report a rejection instead of leaving it unhandled.
      if (result && typeof (result as Promise<unknown>).then == 'function') (result as Promise<unknown>).catch((e) => console.error(errorText(e)));
      return result;
    } catch (e) {
      console.error(errorText(e));
      return undefined;
    }
  };

  const api: Snippet = (method?: unknown, ...args: unknown[]) => call(method, args);
  api[MARK] = true;
  w.kikubari = api;

  const boot = (fileConfig: object) => {
    // Every `init` queued before load, wherever it is in the queue, is applied first, merged in order.
    let config = fileConfig;
    for (let i; (i = queue.findIndex((args) => args[0] == 'init')) >= 0; ) config = { ...config, ...(queue.splice(i, 1)[0]![1] as object) };
    try {
      // A failed module fetch stays failed for its URL: a retry asks again with a new query.
      const tries: Record<string, number> = {};
      instance = createKikubariWith((name) => {
        const n = (tries[name] = (tries[name] || 0) + 1);
        return import(/* @vite-ignore */ base + name + '.mjs' + (n > 1 ? '?retry=' + n : ''));
      }, config);
    } catch (e) {
      inert = true;
      return console.error(errorText(e));
    }
    queue.splice(0).forEach(([method, ...args]) => call(method, args));
  };

  const configUrl = script && script.getAttribute('data-config');
  if (!configUrl) return boot({});
  fetch(new URL(configUrl, location.href).href)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
    .then(boot, (e) => {
      inert = true;
      console.error('kikubari: could not load config from ' + configUrl + ': ' + errorText(e));
    });
})();
