import type { EventName, KikubariConfig } from '../types';
import { beaconSink } from './beaconSink';
import { dataLayerSink } from './dataLayerSink';

/** The event sinks the site configured: GA4/GTM `dataLayer` pushes and a batched beacon. */
export function createSinks(win: Window, cfg: KikubariConfig): { sink: (event: EventName, payload: unknown) => void; stop: () => void } {
  const push = cfg.pushDataLayer ? dataLayerSink(win) : undefined;
  const beacon = cfg.beaconUrl ? beaconSink(win, cfg.beaconUrl) : undefined;
  return {
    sink(event, payload) {
      // The customer info card is for the person the visitor is handed to, not for analytics.
      if (event == 'handoff') payload = { adapter: (payload as { adapter: string }).adapter };
      push && push(event, payload);
      beacon && beacon.sink(event, payload);
    },
    stop: () => beacon && beacon.stop(),
  };
}
