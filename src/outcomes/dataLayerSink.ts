import type { OutcomeEvent } from './outcomeEvent';

/**
 * Push each outcome event to GA4 / GTM's `dataLayer` as `kikubari_<type>` (`offer:shown` →
 * `kikubari_offer_shown`), with the event (`schema/outcome.v1.json`) under `kikubari`. A GTM GA4
 * event tag maps its fields to event parameters; `sql/ga4-report.sql` reads them from the
 * BigQuery export (README "Did it work?").
 */
export const dataLayerSink =
  (win: Window) =>
  (event: OutcomeEvent): void => {
    const w = win as unknown as { dataLayer?: unknown[] };
    (w.dataLayer ||= []).push({ event: 'kikubari_' + event.type.replace(/[:-]/g, '_'), kikubari: event });
  };
