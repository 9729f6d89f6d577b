import { checkLinks } from '../config/checkLinks';
import type { Sinks } from '../seams';
import type { KikubariConfig } from '../types';
import { beaconSink } from './beaconSink';
import { dataLayerSink } from './dataLayerSink';
import { createOutcomes } from './outcomeEvent';

/**
 * The event sinks the site configured: GA4/GTM `dataLayer` pushes and a batched beacon. Both get
 * outcome events (`createOutcomes` decides which events are outcomes and what they may carry: a
 * hand-off's customer card is for the person the visitor is handed to, not for analytics).
 */
export function createSinks(
  win: Window,
  cfg: KikubariConfig,
  visitor: () => string,
  heldOut: () => boolean,
): Sinks {
  checkLinks(cfg); // beaconUrl: http(s) or relative, named in the error otherwise
  const toOutcome = createOutcomes(visitor, heldOut);
  const push = cfg.pushDataLayer ? dataLayerSink(win) : undefined;
  const beacon = cfg.beaconUrl ? beaconSink(win, cfg.beaconUrl) : undefined;
  return {
    sink(event, payload) {
      const o = toOutcome(event, payload);
      if (!o) return;
      push && push(o);
      beacon && beacon.sink(o);
    },
    stop: () => beacon && beacon.stop(),
  };
}
