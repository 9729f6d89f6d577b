import type { Consent, Inspection } from '../types';

/**
 * What `inspect()` returns where the engine does not run: on a page where kikubari has nothing to
 * do (the pipeline is not loaded), and on a server (SSR).
 */
export const offInspection = (url: string, title: string, consent: Consent, locale: string): Inspection => ({
  page: { type: 'other', url, title, engagedMs: 0, visibleMs: 0, idleMs: 0, rageClicks: 0, copies: 0 },
  session: { pageViews: 0, helpPagesViewed: 0, backAndForth: 0, kbSearches: 0, events: {} },
  consent,
  storage: 'memory',
  purchases: [],
  offers: [],
  score: 0,
  locale,
  holdout: false,
  engine: 'off',
});
