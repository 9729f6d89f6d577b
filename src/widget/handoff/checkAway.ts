import { isOpen } from '../../lib/businessHours';
import { errorText } from '../../lib/errorText';
import type { HandoffConfig } from '../../types';

/** `handoff.available()` gets this long; no answer counts as "nobody is there" (a message still reaches them). */
const AVAILABLE_TIMEOUT_MS = 3000;

/**
 * Whether nobody can answer now: outside `handoff.businessHours`, or `handoff.available()` said no,
 * failed (told once through `warn`) or did not answer within 3 s. Wrongly saying "away" costs the
 * visitor a live chat; wrongly saying "here" would leave them waiting for nobody — so doubt means
 * away, unless `known` (the last answer) said someone was there.
 *
 * `report` hears every answer as it comes: the doubt after 3 s, then `available()`'s own answer
 * however late, so the way to a person the panel shows never goes stale.
 */
export function checkAway(
  h: HandoffConfig,
  warn: (code: string, message: string) => void,
  report: (away: boolean) => void,
  known?: boolean,
  now = new Date(),
): Promise<boolean> {
  return new Promise((done) => {
    const tell = (away: boolean) => (report(away), done(away));
    if (h.businessHours && !isOpen(h.businessHours, now)) return tell(true);
    if (!h.available) return tell(false);
    const doubt = setTimeout(tell, AVAILABLE_TIMEOUT_MS, known !== false);
    Promise.resolve()
      .then(h.available)
      .then(
        (yes) => !yes,
        (e) => (warn('handoff-available', 'handoff.available() failed: ' + errorText(e)), true),
      )
      .then((away) => (clearTimeout(doubt), tell(away)));
  });
}
