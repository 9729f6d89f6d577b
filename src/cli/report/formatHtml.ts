import type { OfferReport, Report } from './aggregate';
import { verdict } from './formatText';

/** Text into HTML: offer and variant ids come from the events file, so they are escaped everywhere. */
const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const f1 = (n: number) => (Math.abs(n) < 0.05 ? 0 : n).toFixed(1);
const pct = (r: number | null) => (r === null ? '—' : (r * 100).toFixed(1) + '%');

/** The funnel as horizontal bars: decisions, shown, accepted, resolved, hand-offs. */
function funnel(o: OfferReport): string {
  const steps: [string, number][] = [
    ['decisions', o.decisions],
    ['held out', o.heldOut],
    ['shown', o.shown],
    ['accepted', o.accepted],
    ['resolved', o.resolved],
    ['hand-offs', o.handoffs],
  ];
  const max = Math.max(1, o.decisions);
  const rows = steps
    .map(([label, n], i) => {
      const w = Math.round((n / max) * 260);
      const y = i * 22;
      return `<text x="0" y="${y + 14}" class="l">${label}</text><rect x="80" y="${y + 3}" width="${Math.max(w, 1)}" height="15" class="${label == 'held out' ? 'held' : 'bar'}"/><text x="${86 + w}" y="${y + 15}" class="n">${n}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="Funnel" viewBox="0 0 400 ${steps.length * 22}" width="400" height="${steps.length * 22}">${rows}</svg>`;
}

/** The lift as a point with its interval on an axis through zero (contacts avoided per 1,000). */
function lift(l: { estimate: number; low: number; high: number } | null, span: number): string {
  if (!l) return '<p class="muted">No held-out decisions: nothing to compare with.</p>';
  const x = (v: number) => 200 + (v / span) * 180;
  return `<svg role="img" aria-label="Contacts avoided per 1,000: ${f1(l.estimate)}, 95% interval ${f1(l.low)} to ${f1(l.high)}" viewBox="0 0 400 56" width="400" height="56">
<line x1="20" y1="24" x2="380" y2="24" class="axis"/><line x1="200" y1="10" x2="200" y2="38" class="zero"/>
<text x="200" y="52" class="t" text-anchor="middle">0</text><text x="20" y="52" class="t">−${f1(span)}</text><text x="380" y="52" class="t" text-anchor="end">+${f1(span)}</text>
<line x1="${x(l.low)}" y1="24" x2="${x(l.high)}" y2="24" class="ci"/><line x1="${x(l.low)}" y1="16" x2="${x(l.low)}" y2="32" class="ci"/><line x1="${x(l.high)}" y1="16" x2="${x(l.high)}" y2="32" class="ci"/>
<circle cx="${x(l.estimate)}" cy="24" r="5" class="pt"/></svg>`;
}

/**
 * The report as one self-contained HTML page: inline CSS and SVG charts, no script and no
 * external resource, so it opens offline and under any CSP.
 */
export function formatHtml(r: Report): string {
  // One scale for every lift chart, so intervals can be compared by eye.
  const span = Math.max(10, ...r.offers.flatMap((o) => (o.avoidedPer1000 ? [Math.abs(o.avoidedPer1000.low), Math.abs(o.avoidedPer1000.high)] : []))) * 1.1;
  const sections = r.offers
    .map((o) => {
      const l = o.avoidedPer1000;
      const title = o.variant === null ? `<h2>${esc(o.offerId)}</h2>` : `<h3>${esc(o.offerId)} · variant <code>${esc(o.variant)}</code></h3>`;
      return `<section>${title}
<div class="grid"><div><h4>Funnel</h4>${funnel(o)}</div>
<div><h4>Contacts avoided per 1,000 decisions</h4>${lift(l, span)}
<p class="big">${l ? f1(l.estimate) + ' <span class="muted">[' + f1(l.low) + ', ' + f1(l.high) + ']</span>' : '—'}</p>
<p class="${o.excludesZero ? (l!.estimate > 0 ? 'good' : 'bad') : 'muted'}">${esc(verdict(o.excludesZero, l))}</p>
<p>Contact rate within 7 days: offered <b>${pct(o.contactRate.offered)}</b>, held out <b>${pct(o.contactRate.heldOut)}</b></p></div></div></section>`;
    })
    .join('\n');
  const comparisons = r.comparisons.length
    ? `<section><h2>Variants compared</h2><table><tr><th>offer</th><th>variant</th><th>against</th><th>avoided per 1,000</th><th>95% interval</th><th></th></tr>${r.comparisons
        .map(
          (c) =>
            `<tr><td>${esc(c.offerId)}</td><td>${esc(c.a)}</td><td>${esc(c.b)}</td><td>${c.avoidedPer1000 ? f1(c.avoidedPer1000.estimate) : '—'}</td><td>${c.avoidedPer1000 ? f1(c.avoidedPer1000.low) + ' to ' + f1(c.avoidedPer1000.high) : '—'}</td><td>${c.avoidedPer1000 && c.excludesZero ? esc(c.avoidedPer1000.estimate > 0 ? c.a : c.b) + ' does better' : 'too few to say'}</td></tr>`,
        )
        .join('')}</table></section>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>kikubari report: did it work?</title><style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:900px;padding:0 1rem;color:#1d2433}
h1{font-size:1.5rem}h2{margin:.2rem 0}h3{margin:.2rem 0;font-weight:600}h4{margin:.4rem 0;font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;color:#5b6478}
section{border:1px solid #dde1ea;border-radius:10px;padding:1rem 1.2rem;margin:1rem 0}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:1rem}
.bar{fill:#3b6fd8}.held{fill:#a9b3c6}.l,.n,.t{font-size:12px;fill:#1d2433}.axis{stroke:#a9b3c6}.zero{stroke:#1d2433;stroke-dasharray:3 2}
.ci{stroke:#0b7a53;stroke-width:3}.pt{fill:#0b7a53}.big{font-size:1.6rem;margin:.2rem 0}.muted{color:#5b6478}.good{color:#0b7a53;font-weight:600}.bad{color:#b3261e;font-weight:600}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #dde1ea}
</style></head><body><h1>Did it work? Contacts avoided</h1>
<p class="muted">Per offer and variant: offered decisions against held-out ones (the control group). A contact is a hand-off or <code>track('contact')</code> within 7 days of the decision. Intervals are 95% (Newcombe's hybrid score interval for a difference of proportions).</p>
${sections || '<p>No decisions in these events.</p>'}
${comparisons}
<p class="muted">${r.events} events read${r.skipped ? ', ' + r.skipped + ' skipped (not outcome events of schema v1)' : ''}.</p>
</body></html>
`;
}
