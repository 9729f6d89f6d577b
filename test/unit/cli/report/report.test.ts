// @vitest-environment node
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { simulateEvents } from '../../../../bench/simulateEvents.mjs';
import { createAggregator } from '../../../../src/cli/report/aggregate';
import { differenceInterval } from '../../../../src/cli/report/interval';
import { main } from '../../../../src/cli/main';

const report = (events: Iterable<unknown>) => {
  const a = createAggregator();
  for (const e of events) a.add(e);
  return a.result();
};

describe('kikubari report', () => {
  it('20,000 decisions, 10% held out, contact 12% held out vs 9% offered: the interval contains the true lift of 30 per 1,000', () => {
    const r = report(simulateEvents({ decisions: 20_000, holdout: 0.1, heldRate: 0.12, offeredRate: 0.09, seed: 7 }));
    const o = r.offers[0]!;
    expect(o).toMatchObject({ offerId: 'stuck', variant: null, decisions: 20_000 });
    expect(Math.abs(o.heldOut - 2000)).toBeLessThan(150);
    expect(o.shown).toBe(o.decisions - o.heldOut);
    expect(Math.abs(o.contactRate.heldOut! - 0.12)).toBeLessThan(0.02);
    expect(Math.abs(o.contactRate.offered! - 0.09)).toBeLessThan(0.01);
    expect(o.avoidedPer1000!.low).toBeLessThan(30);
    expect(o.avoidedPer1000!.high).toBeGreaterThan(30);
    expect(o.excludesZero).toBe(true);
  }, 30_000);

  it('over 200 seeds of an A/A split the interval excludes zero in about 5% of them', () => {
    let excluded = 0;
    for (let seed = 1; seed <= 200; seed++) excluded += +report(simulateEvents({ decisions: 2000, holdout: 0.5, heldRate: 0.1, offeredRate: 0.1, seed })).offers[0]!.excludesZero;
    console.log('A/A: the interval excluded zero in ' + excluded + ' of 200 seeds (' + (excluded / 2).toFixed(1) + '%)');
    // Binomial(200, 0.05): mean 10, 99.9% of runs between 2 and 21.
    expect(excluded).toBeGreaterThanOrEqual(2);
    expect(excluded).toBeLessThanOrEqual(21);
  }, 120_000);

  it('reports each variant against its own held-out visitors, and compares the variants', () => {
    const r = report(simulateEvents({ decisions: 30_000, holdout: 0.2, heldRate: 0.12, offeredRate: { long: 0.06, short: 0.11 }, seed: 3 }));
    expect(r.offers.map((o) => o.variant)).toEqual([null, 'long', 'short']);
    const [all, long, short] = r.offers;
    expect(long!.decisions + short!.decisions).toBe(all!.decisions);
    expect(long!.heldOut + short!.heldOut).toBe(all!.heldOut);
    expect(long!.excludesZero && long!.avoidedPer1000!.estimate > 0).toBe(true);
    expect(r.comparisons).toHaveLength(1);
    const c = r.comparisons[0]!;
    expect(c).toMatchObject({ offerId: 'stuck', a: 'long', b: 'short', excludesZero: true });
    expect(c.avoidedPer1000!.low).toBeLessThan(50);
    expect(c.avoidedPer1000!.high).toBeGreaterThan(50);
  }, 30_000);

  it('counts a contact only within 7 days after the decision, and each decision once', () => {
    const e = (type: string, at: number, o: object = {}) => ({ v: 1, type, at, visitor: 'v', decisionId: 'd', offerId: 'o', variant: null, group: 'offered', ...o });
    const day = 864e5;
    const r = report([
      e('track', 8 * day, { name: 'contact', decisionId: null }), // arrives first; 8 days after: outside
      e('offer:shown', 0),
      e('offer:accepted', 1),
      e('offer:accepted', 2),
      e('offer:shown', 0, { visitor: 'w', decisionId: 'e' }),
      e('track', 3 * day, { name: 'contact', visitor: 'w', decisionId: null }),
      e('track', -day, { name: 'contact', visitor: 'x', decisionId: null }), // before the decision
      e('offer:held-out', 0, { visitor: 'x', decisionId: 'f', group: 'held-out' }),
      'not an event',
      { v: 2, type: 'offer:shown' },
    ]);
    expect(r.offers[0]).toMatchObject({ decisions: 3, heldOut: 1, shown: 2, accepted: 1, contactRate: { offered: 0.5, heldOut: 0 } });
    expect(r.skipped).toBe(2);
  });

  it("Newcombe's interval matches the published example (Newcombe 1998, table II: 56/70 − 48/80)", () => {
    const i = differenceInterval(56, 70, 48, 80)!;
    expect(i.estimate).toBeCloseTo(0.2, 4);
    expect(i.low).toBeCloseTo(0.0524, 3);
    expect(i.high).toBeCloseTo(0.3339, 3);
  });

  it('reads NDJSON from standard input and prints JSON, text and HTML', async () => {
    const lines = [...simulateEvents({ decisions: 500, holdout: 0.2, heldRate: 0.12, offeredRate: { a: 0.09, b: 0.1 }, seed: 2 })].map((e) => JSON.stringify(e)).join('\n');
    let out = '';
    const io = (text: string) => ({ cwd: process.cwd(), stdin: Readable.from([text]), stdout: (t: string) => void (out += t), stderr: () => {} });
    expect(await main(['report', '-', '--json'], io(lines))).toBe(0);
    const json = JSON.parse(out);
    expect(json.offers[0]).toMatchObject({ offerId: 'stuck', variant: null, decisions: 500 });
    expect(Object.keys(json.offers[0])).toEqual(expect.arrayContaining(['heldOut', 'shown', 'accepted', 'resolved', 'handoffs', 'contactRate', 'avoidedPer1000']));
    out = '';
    expect(await main(['report', '-'], io(lines))).toBe(0);
    expect(out).toMatch(/stuck:\n {4}decisions 500 \(held out \d+\)/);
    expect(out).toMatch(/variants compared/);
    expect(await main(['report'], io(''))).toBe(2);
  });
});

describe('the HTML report', () => {
  it('is one offline page: inline SVG charts, no script, no external resource, ids escaped', async () => {
    const { formatHtml } = await import('../../../../src/cli/report/formatHtml');
    const events = [...simulateEvents({ decisions: 2000, holdout: 0.2, heldRate: 0.12, offeredRate: 0.08, seed: 4, offerId: '<img src=x onerror=alert(1)>' })];
    const html = formatHtml(report(events));
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|<[^>]*\s(src|href)=|url\(|@import/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html.match(/<svg /g)).toHaveLength(2); // the funnel and the lift
    expect(html).toMatch(/aria-label="Contacts avoided per 1,000: [\d.]+, 95% interval/);
  });
});
