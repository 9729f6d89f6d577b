import { days, hours, timeZone } from '../lib/businessHours';
import { fail, fn, obj, oneOf, str, type Check } from '../lib/check';
import { asConfigError } from '../lib/KikubariError';
import type { HandoffConfig, KikubariConfig } from '../types';

const handoff: Check<HandoffConfig> = (v, p) => {
  const h = obj<HandoffConfig>(
    {
      type: oneOf(['zendesk', 'intercom', 'crisp', 'url', 'callback'] as const),
      url: str(2000),
      onHandoff: fn as Check<any>,
      fieldId: str(50),
      replyTime: str(200),
      businessHours: obj({ days, hours, timeZone }),
      available: fn as Check<any>,
    },
    ['type'],
  )(v, p);
  if (h.type == 'url' && !h.url) fail(p + '.url', 'given when type is "url"');
  if (h.type == 'callback' && !h.onHandoff) fail(p + '.onHandoff', 'given when type is "callback"');
  return h;
};

/**
 * The hand-off's shape, where it is used: the widget chunk (it refuses to mount, naming the
 * field) and `createKikubari`. The always-loaded check only sees an object (it has no bytes to
 * spare), and the event sinks never use the hand-off.
 *
 * @throws KikubariConfigError e.g. `kikubari: config.handoff.businessHours.timeZone must be an IANA time zone like "Asia/Tokyo" (got "Tokyo")`
 */
export function checkHandoff(cfg: KikubariConfig): void {
  if (cfg.handoff) asConfigError(() => (cfg.handoff = handoff(cfg.handoff, 'config.handoff')));
}
