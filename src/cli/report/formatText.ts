import type { Report } from './aggregate';

const pct = (r: number | null) => (r === null ? '—' : (r * 100).toFixed(1) + '%');
const num = (n: number) => (Math.abs(n) < 0.05 ? 0 : n).toFixed(1);
export const verdict = (excludes: boolean, lift: { estimate: number } | null) =>
  !lift ? 'no control group to compare with' : !excludes ? 'too few to say (the interval includes 0)' : lift.estimate > 0 ? 'fewer contacts' : 'more contacts';

/** The report as plain text for a terminal. */
export function formatText(r: Report): string {
  const out: string[] = ['kikubari report: contacts avoided per 1,000 decisions (95% interval; contact = hand-off or track("contact") within 7 days)', ''];
  for (const o of r.offers) {
    const l = o.avoidedPer1000;
    out.push((o.variant === null ? o.offerId : '  variant ' + o.variant) + ':');
    out.push('    decisions ' + o.decisions + ' (held out ' + o.heldOut + ')  shown ' + o.shown + '  accepted ' + o.accepted + '  resolved ' + o.resolved + '  hand-offs ' + o.handoffs);
    out.push('    contact rate: offered ' + pct(o.contactRate.offered) + ', held out ' + pct(o.contactRate.heldOut));
    out.push('    avoided per 1,000: ' + (l ? num(l.estimate) + ' [' + num(l.low) + ', ' + num(l.high) + ']' : '—') + '  → ' + verdict(o.excludesZero, l));
  }
  if (r.comparisons.length) {
    out.push('', 'variants compared (contacts the first avoids per 1,000 offered decisions, against the second):');
    for (const c of r.comparisons) {
      const l = c.avoidedPer1000;
      out.push('  ' + c.offerId + ': ' + c.a + ' vs ' + c.b + ': ' + (l ? num(l.estimate) + ' [' + num(l.low) + ', ' + num(l.high) + ']' : '—') + '  → ' + (l && c.excludesZero ? (l.estimate > 0 ? c.a : c.b) + ' does better' : 'too few to say'));
    }
  }
  if (!r.offers.length) out.push('No decisions in ' + r.events + ' events.');
  out.push('', r.events + ' events read' + (r.skipped ? ', ' + r.skipped + ' skipped (not outcome events of schema v1)' : '') + '.');
  return out.join('\n') + '\n';
}
