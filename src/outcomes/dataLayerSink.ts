import type { EventName } from '../types';

/**
 * Push each event to GA4 / GTM's `dataLayer` as `kikubari_<event>` (`offer:shown` →
 * `kikubari_offer_shown`), with the payload under `kikubari`.
 */
export const dataLayerSink =
  (win: Window) =>
  (event: EventName, payload: unknown): void => {
    const w = win as unknown as { dataLayer?: unknown[] };
    (w.dataLayer ||= []).push({ event: 'kikubari_' + event.replace(/[:-]/g, '_'), kikubari: payload });
  };
