import type { KikubariConfig } from '../types';

/** The debug overlay is on: `debug: true` in config, or `?kikubari-debug` in the page's URL. */
export const debugRequested = (win: Window, cfg: KikubariConfig): boolean => !!cfg.debug || /[?&]kikubari-debug\b/.test(win.location.search);
