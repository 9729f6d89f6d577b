import { isOpen } from '../../lib/businessHours';
import { errorText } from '../../lib/errorText';
import type { HandoffConfig } from '../../types';

/** `handoff.available()` gets this long; no answer counts as "nobody is there" (a message still reaches them). */
const AVAILABLE_TIMEOUT_MS = 3000;

/**
 * Whether nobody can answer now: outside `handoff.businessHours`, or `handoff.available()` said no,
 * failed (told once through `warn`) or did not answer within 3 s. Wrongly saying "away" costs the
 * visitor a live chat; wrongly saying "here" would leave them waiting for nobody — so doubt means away.
 */
export async function checkAway(h: HandoffConfig, warn: (code: string, message: string) => void, now = new Date()): Promise<boolean> {
  if (h.businessHours && !isOpen(h.businessHours, now)) return true;
  try {
    return !(await Promise.race([!h.available || h.available(), new Promise<boolean>((ok) => setTimeout(ok, AVAILABLE_TIMEOUT_MS, false))]));
  } catch (e) {
    warn('handoff-available', 'handoff.available() failed: ' + errorText(e));
    return true;
  }
}
